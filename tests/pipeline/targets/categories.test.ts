import { describe, expect, it } from 'vitest';
import dictionary from '../../../data/dict/indicator-categories.json';
import { CATEGORY_IDS, categorize, categoryRule } from '../../../pipeline/targets/categories';

describe('indicator-categories.json', () => {
  it('declares exactly the six category ids and gives every rule a known category and a reason', () => {
    expect(dictionary.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const r of dictionary.rules) {
      expect(CATEGORY_IDS).toContain(r.category);
      expect(r.reason.length).toBeGreaterThan(3);
    }
    const keywords = dictionary.rules.map((r) => r.keyword);
    expect(new Set(keywords).size).toBe(keywords.length);
  });
});

describe('categorize', () => {
  it.each([
    ['地区生产总值增长', 'economy'],
    ['常住人口城镇化率', 'economy'],
    ['一般公共预算收入增长', 'economy'],
    ['全社会研发经费投入年均增长', 'industry-innovation'],
    ['制造业增加值占GDP比重', 'industry-innovation'],
    ['省属重点国有企业研发投入占主营业务收入的比重', 'industry-innovation'],
    ['单位GDP能耗较2017年下降', 'energy-environment'],
    ['煤炭先进产能占比', 'energy-environment'],
    ['城市生活污水集中收集率', 'energy-environment'],
    ['铁路总里程', 'infrastructure'],
    ['新建5G基站', 'infrastructure'],
    ['城乡居民人均可支配收入增长[1/2]', 'livelihood'],
    ['学前教育毛入园率', 'livelihood'],
    ['市场主体', 'reform-opening'],
    ['转让政府还贷高速公路收费权益', 'reform-opening'],
  ])('%s → %s', (name, category) => {
    expect(categorize(name, name)).toBe(category);
  });

  it('falls back to the quote, and says unknown when neither helps', () => {
    expect(categorize('亩产', '2022年粮食产量292.9亿斤、亩产619.7斤')).toBe('economy');
    expect(categorize('产量', '产量达到13亿吨、位居全国第一')).toBeNull();
  });

  it('exposes the deciding rule with its reason', () => {
    expect(categoryRule('单位GDP能耗较2017年下降', '')).toMatchObject({ keyword: '能耗', category: 'energy-environment' });
  });
});
