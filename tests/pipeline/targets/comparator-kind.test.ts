import { describe, expect, it } from 'vitest';
import { comparatorFor, directionFor } from '../../../pipeline/targets/comparator';
import { kindFor } from '../../../pipeline/targets/kind';

describe('comparatorFor', () => {
  it.each([
    ['年均增长', '以上。', '>=', 2],
    ['比重不低于', '。', '>=', 0],
    ['比例不少于', '', '>=', 0],
    ['失业率控制在', '', '<=', 0],
    ['控制在', '以内', '<=', 2],
    ['控制在', '左右', '~', 2],
    ['年均增长约', '', '~', 0],
    ['地区生产总值超过', '', '>', 0],
    ['力争市场主体突破', '', '>', 0],
    ['人均地区生产总值迈上', '新台阶', '>=', 0],
    ['常住人口城镇化率达到', '。', '=', 0],
    ['城镇新增就业', '', '=', 0],
  ])('%s · %s → %s', (before, after, comparator, suffixLength) => {
    expect(comparatorFor(before, after)).toEqual({ comparator, suffixLength });
  });
});

describe('kindFor', () => {
  it('growth: a change verb with %, 百分点 or 倍, or a rate name', () => {
    expect(kindFor('全社会研发经费投入年均增长', '%', true)).toBe('growth');
    expect(kindFor('制造业增加值占规上工业比重每年提高', '百分点', true)).toBe('growth');
    expect(kindFor('新登记市场主体增长', '倍', true)).toBe('growth');
    expect(kindFor('居民消费价格涨幅', '%', false)).toBe('growth');
  });
  it('share: any other percentage', () => {
    expect(kindFor('常住人口城镇化率', '%', false)).toBe('share');
    expect(kindFor('优良天数比例', '%', false)).toBe('share');
  });
  it('count: counted things without a magnitude, but not per-capita ratios', () => {
    expect(kindFor('重组全国重点实验室', '家', false)).toBe('count');
    expect(kindFor('开工改造老旧小区', '个', false)).toBe('count');
    expect(kindFor('新建5G基站', '万个', false)).toBe('level');
    expect(kindFor('万人发明专利拥有量', '件', false)).toBe('level');
  });
  it('level: amounts, including absolute increases', () => {
    expect(kindFor('地区生产总值', '万亿元', false)).toBe('level');
    expect(kindFor('市场主体数量增长', '万户', true)).toBe('level');
  });
});

describe('directionFor: which way is better, from the words only', () => {
  const dir = (before: string, after = '') => directionFor(before, comparatorFor(before, after).comparator);
  it('a bound says it: 以上/不低于/超过 up, 控制在/以内/不超过 down', () => {
    expect(dir('研发投入强度达到', '以上')).toBe('up');
    expect(dir('制造业增加值占GDP比重不低于')).toBe('up');
    expect(dir('地区生产总值超过')).toBe('up');
    expect(dir('城镇调查失业率控制在')).toBe('down');
    expect(dir('能耗', '以内')).toBe('down');
  });
  it('控制在…左右 and 缩小到…左右 are approximate ceilings; 提高到 is up', () => {
    expect(comparatorFor('城镇调查失业率控制在', '左右').comparator).toBe('~');
    expect(dir('城镇调查失业率控制在', '左右')).toBe('down');
    expect(dir('全省城乡居民收入差距缩小到', '左右')).toBe('down');
    expect(dir('单位面积用水量降至')).toBe('down');
    expect(dir('优良天数比例提高到')).toBe('up');
    expect(dir('5A级景区增至')).toBe('up');
  });
  it('a plain 达到, 左右 or bare figure says nothing', () => {
    expect(dir('常住人口城镇化率达到')).toBeNull();
    expect(dir('煤炭先进产能占比达到', '左右')).toBeNull();
    expect(dir('地区生产总值增长', '左右')).toBeNull();
    expect(dir('铁路总里程')).toBeNull();
  });
});
