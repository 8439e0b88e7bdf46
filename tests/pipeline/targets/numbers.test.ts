import { describe, expect, it } from 'vitest';
import { findQuantities, parseChineseNumber } from '../../../pipeline/targets/numbers';

const one = (text: string) => {
  const qs = findQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0];
};

describe('findQuantities', () => {
  it('keeps the magnitude in the unit as written', () => {
    expect(one('地区生产总值达到3.5万亿元')).toMatchObject({ value: 3.5, valueMax: null, unit: '万亿元' });
    expect(one('建设改造高标准农田1200万亩以上')).toMatchObject({ value: 1200, unit: '万亩', raw: '1200万亩' });
    expect(one('新建5G基站2.5万个')).toMatchObject({ value: 2.5, unit: '万个' });
  });

  it('keeps both ends of a range', () => {
    expect(one('单位GDP能耗较下降10-11%')).toMatchObject({ value: 10, valueMax: 11, unit: '%' });
    expect(one('下降10%—11%')).toMatchObject({ value: 10, valueMax: 11, unit: '%', raw: '10%—11%' });
    expect(one('重组2-3家全国重点实验室')).toMatchObject({ value: 2, valueMax: 3, unit: '家' });
  });

  it('reads percentages and percentage points written in words', () => {
    expect(one('每年提高一个百分点')).toMatchObject({ value: 1, unit: '百分点' });
    expect(one('增长百分之六')).toMatchObject({ value: 6, unit: '%' });
    expect(one('提高十五个百分点')).toMatchObject({ value: 15, unit: '百分点' });
    expect(one('比重提高2个百分点')).toMatchObject({ value: 2, unit: '百分点', raw: '2个百分点' });
  });

  it('reads a count in words only after a floor word (至少有一个), outside the floor word', () => {
    const text = '实现每个地市至少有一个达到P2水平的实验室';
    const q = one(text);
    expect(q).toMatchObject({ value: 1, unit: '个', raw: '一个' });
    expect(text.slice(0, q.start)).toBe('实现每个地市至少有');
    expect(findQuantities('打造一个区域中心,每个县有一所高中')).toEqual([]);
  });

  it('reads compound units and ratios', () => {
    expect(one('铁路网密度达到550公里/万平方公里')).toMatchObject({ value: 550, unit: '公里/万平方公里' });
    expect(one('收入差距缩小到2:1左右')).toMatchObject({ value: 2, unit: ':1' });
    expect(one('培训50万人次')).toMatchObject({ value: 50, unit: '万人次' });
  });

  it('reads a bare magnitude after a verb as one of it', () => {
    expect(one('服务业增加值突破万亿元')).toMatchObject({ value: 1, unit: '万亿元' });
  });

  it('ignores figures without a known unit', () => {
    expect(findQuantities('省领导带队开展3轮督导服务,世界500强,提升12345热线功能')).toEqual([]);
  });

  it('returns offsets of the figure and unit', () => {
    const text = '常住人口城镇化率达到67%。';
    const q = one(text);
    expect(text.slice(q.start, q.end)).toBe('67%');
  });
});

describe('parseChineseNumber', () => {
  it('reads 一 to 九十九 and rejects the rest', () => {
    expect(parseChineseNumber('一')).toBe(1);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('百')).toBeNull();
    expect(parseChineseNumber('一二')).toBeNull();
  });
});
