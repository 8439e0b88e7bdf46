import { describe, expect, it } from 'vitest';
import { formatComparator, formatDate, formatNumber, formatTarget } from '../../../src/kernel/lib/format';

describe('formatNumber', () => {
  it('keeps small figures and units as written', () => {
    expect(formatNumber(7000, '公里')).toBe('7000公里');
    expect(formatNumber(67, '%')).toBe('67%');
    expect(formatNumber(5.5)).toBe('5.5');
  });
  it('scales large plain figures to 万 and 亿', () => {
    expect(formatNumber(25000)).toBe('2.5万');
    expect(formatNumber(120000, '人')).toBe('12万人');
    expect(formatNumber(350000000, '元')).toBe('3.5亿元');
    // Never rounds a stated figure (004: 城乡居民人均可支配收入增长10460元).
    expect(formatNumber(10460, '元')).toBe('1.046万元');
    expect(formatNumber(123456789)).toBe('1.23456789亿');
  });
  it('never rescales a unit that already carries a magnitude', () => {
    expect(formatNumber(10000, '万亿元')).toBe('10000万亿元');
    expect(formatNumber(12000, '亿元')).toBe('12000亿元');
    expect(formatNumber(2, '个百分点')).toBe('2个百分点');
  });
  it('trims trailing zeros', () => {
    expect(formatNumber(3.1)).toBe('3.1');
    expect(formatNumber(3.0)).toBe('3');
    expect(formatNumber(2.345)).toBe('2.35');
  });
});

describe('formatComparator / formatTarget', () => {
  it('puts comparators in words', () => {
    expect(formatComparator('>=')).toBe('不低于');
    expect(formatComparator('<=')).toBe('控制在');
    expect(formatComparator('>')).toBe('超过');
    expect(formatComparator('=')).toBe('达到');
    expect(formatComparator('~')).toBe('左右');
  });
  it('writes 左右 after the figure and the others before it', () => {
    expect(formatTarget({ comparator: '~', value: 6, valueMax: null, unit: '%' })).toBe('6%左右');
    // 004: 城镇调查失业率控制在5.5%左右 — an approximate ceiling keeps both words.
    expect(formatTarget({ comparator: '~', direction: 'down', value: 5.5, valueMax: null, unit: '%' })).toBe('控制在5.5%左右');
    // 004: 制造业增加值占规上工业比重每年提高一个百分点 — the verb is in the name; no 达到, and 个百分点.
    expect(formatTarget({ comparator: '=', kind: 'growth', value: 1, valueMax: null, unit: '百分点' })).toBe('1个百分点');
    expect(formatTarget({ comparator: '=', kind: 'share', value: 67, valueMax: null, unit: '%' })).toBe('达到67%');
    // An increase in a level unit: the name says 增长, the figure is the increment.
    expect(formatTarget({ comparator: '=', kind: 'level', name: '城镇居民人均可支配收入增长', value: 10460, valueMax: null, unit: '元' })).toBe('1.046万元');
    expect(formatTarget({ comparator: '>=', value: 95, valueMax: null, unit: '%' })).toBe('不低于95%');
  });
  it('keeps both ends of a range', () => {
    expect(formatTarget({ comparator: '=', value: 10, valueMax: 11, unit: '%' })).toBe('达到10—11%');
  });
});

describe('formatDate', () => {
  it('writes ISO dates the Chinese way and says 未注明 for null', () => {
    expect(formatDate('2017-05-15')).toBe('2017年5月15日');
    expect(formatDate(null)).toBe('未注明');
  });
});
