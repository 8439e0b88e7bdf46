// Text alternatives of the indicator charts, from the same models as their options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { buildComparison } from '../../../src/views/indicators/model/comparison';
import { timelineCells } from '../../../src/views/indicators/option/timeline-option';
import { comparisonSummary, historySummary, timelineSummary, timelineTextTable } from '../../../src/views/indicators/option/text-alternative';
import type { MeasureHistory } from '../../../src/views/indicators/model/measure-history';
import { HUBEI, JIANGSU, SHANXI, sampleDocs } from './make';

const spec = likeMeasures(JSON.parse(readFileSync(join(__dirname, '../../../data/comparison/like-measures.json'), 'utf8')));
const docs = [
  { id: JIANGSU, label: '江苏·002', title: '江苏实施方案' },
  { id: HUBEI, label: '湖北·003', title: '湖北分工方案' },
  { id: SHANXI, label: '山西·004', title: '山西工作报告' },
];
const entries = buildEntries(sampleDocs(), []);

describe('timeline text alternative', () => {
  it('one row per document and year, in the chart\u2019s order, counts adding up to the dated targets', () => {
    const table = timelineTextTable(entries, docs);
    expect(table.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['江苏实施方案', '2025年', 4],
      ['湖北分工方案', '2025年', 3],
      ['山西工作报告', '2023年', 1],
    ]);
    const dated = timelineCells(entries, docs).cells.reduce((a, c) => a + c.names.length, 0);
    expect(table.rows.reduce((a, r) => a + Number(r.cells[2]), 0)).toBe(dated);
    // The names are the indicators' own, as the tooltip lists them.
    expect(String(table.rows[1].cells[3])).toContain('常住人口城镇化率');
  });

  it('sums up the count, documents and years; none without a dated target', () => {
    expect(timelineSummary(entries, docs)).toBe('各文件目标按年份分布：3 份文件共 8 项注明年份的目标，目标年份 2023—2025 年');
    const achieved = entries.map((e) => ({ ...e, indicator: { ...e.indicator, stage: 'achieved' as const } }));
    expect(timelineSummary(achieved, docs)).toBeNull();
    expect(timelineTextTable(achieved, docs).rows).toEqual([]);
  });
});

describe('comparison and history summaries', () => {
  it('names each bar with its province, year and figure as the chart labels it', () => {
    const urban = buildComparison(entries, spec).find((t) => t.id === 'urbanisation')!.measures[0];
    expect(comparisonSummary(urban)).toBe(`${urban.label}：江苏 · 2025年 达到75%、湖北 · 2025年 达到67%`);
  });

  it('a measure history: points and years', () => {
    const pt = (year: number) => ({ year }) as MeasureHistory['series'][number]['points'][number];
    const h = { id: 'x', label: '人均地区生产总值', unit: '万元', series: [{ label: '山西', points: [pt(2022), pt(2027)] }, { label: '湖北', points: [pt(2025)] }] } as unknown as MeasureHistory;
    expect(historySummary(h)).toBe('人均地区生产总值：历年目标与实现值，3 个数据点，2022—2027 年；逐点数值与出处见下方列表');
  });
});
