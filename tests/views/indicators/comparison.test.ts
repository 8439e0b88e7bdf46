import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { buildComparison } from '../../../src/views/indicators/model/comparison';
import { unitFactor } from '../../../src/views/indicators/model/measure-unit';
import { HUBEI, JIANGSU, SHANXI, makeDoc, makeIndicator, sampleDocs } from './make';

// The reviewed rules as the pipeline checks them (tests/pipeline/comparison/ tests the file itself).
const spec = likeMeasures(JSON.parse(readFileSync(join(__dirname, '../../../data/comparison/like-measures.json'), 'utf8')));
const entries = buildEntries(sampleDocs(), []);

describe('buildComparison', () => {
  const topics = buildComparison(entries, spec);
  const topic = (id: string) => topics.find((t) => t.id === id)!;

  it('puts 江苏 75% and 湖北 67% on one measure, with the scope each text states', () => {
    const urban = topic('urbanisation');
    expect(urban.measures).toHaveLength(1);
    const members = urban.measures[0].members.map((m) => [m.entry.province, m.value, m.scope?.scope]);
    expect(members).toEqual([
      ['江苏', 75, '江苏全省'],
      ['湖北', 67, '长江中游城市群（湖北部分）'],
    ]);
    expect(urban.provinces).toEqual(['江苏', '湖北']);
  });

  it('keeps 江苏’s R&D intensity and 湖北’s R&D growth as different measures', () => {
    const rd = topic('research-development');
    expect(rd.measures.map((m) => [m.id, m.members.map((x) => x.entry.docId)])).toEqual([
      ['rd-intensity', [JIANGSU]],
      ['rd-spending-growth', [HUBEI]],
    ]);
  });

  it('separates a share of GDP from a yearly change of a share of industry', () => {
    expect(topic('manufacturing-share').measures.map((m) => [m.id, m.unit, m.members[0].entry.province])).toEqual([
      ['manufacturing-of-gdp', '%', '江苏'],
      ['manufacturing-of-industry-change', '百分点', '山西'],
    ]);
  });

  it('omits topics without a match and figures reported as achieved', () => {
    const achieved = entries.map((e) => ({ ...e, indicator: { ...e.indicator, stage: 'achieved' as const } }));
    expect(buildComparison(achieved, spec)).toEqual([]);
    expect(buildComparison(entries.filter((e) => e.province === '山西'), spec).map((t) => t.id)).toEqual(['manufacturing-share']);
  });
});

describe('scope: a city cluster vs a whole province', () => {
  // 003 二、发展目标: 武汉都市圈…地区生产总值超过3.5万亿元; 004 今后五年: 地区生产总值达到3.5万亿元; 004 2023: 地区生产总值增长6%左右.
  const docs = [
    makeDoc(HUBEI, '湖北', '分工方案', [makeIndicator({ id: 'h', name: '武汉都市圈地区生产总值', value: 3.5, unit: '万亿元', kind: 'level', comparator: '>' })]),
    makeDoc(SHANXI, '山西', '工作报告', [
      makeIndicator({ id: 's', name: '地区生产总值', value: 3.5, unit: '万亿元', kind: 'level', targetYear: null }),
      makeIndicator({ id: 'g', name: '地区生产总值增长', value: 6, unit: '%', kind: 'growth', comparator: '~', targetYear: 2023 }),
    ]),
  ];
  const gdp = buildComparison(buildEntries(docs, []), spec).find((t) => t.id === 'gdp')!;

  it('states 武汉都市圈 for 湖北 (a name-specific scope wins) and 山西全省 for 山西', () => {
    expect(gdp.measures[0].members.map((m) => [m.entry.indicator.id, m.scope?.scope])).toEqual([
      ['h', '武汉都市圈'],
      ['s', '山西全省'],
    ]);
  });
  it('leaves the growth rate of GDP out of the GDP level', () => {
    expect(gdp.measures.flatMap((m) => m.members.map((x) => x.entry.indicator.id))).not.toContain('g');
  });
});

describe('unitFactor', () => {
  it('converts magnitude prefixes only', () => {
    expect(unitFactor('万亿元', '亿元')).toBe(1e4);
    expect(unitFactor('亿元', '万亿元')).toBe(1e-4);
    expect(unitFactor('万元', '元')).toBe(1e4);
    expect(unitFactor('%', '%')).toBe(1);
    expect(unitFactor('%', '百分点')).toBeNull();
    expect(unitFactor('公里', '公里/万平方公里')).toBeNull();
  });
});
