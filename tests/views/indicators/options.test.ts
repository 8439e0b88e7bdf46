import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { buildComparison } from '../../../src/views/indicators/model/comparison';
import { buildMeasureOption, memberTooltip } from '../../../src/views/indicators/option/comparison-option';
import { buildTimelineOption, timelineCells, timelineLabel, timelineTooltip } from '../../../src/views/indicators/option/timeline-option';
import spec from '../../../data/comparison/like-measures.json';
import { HUBEI, JIANGSU, SHANXI, makeDoc, makeIndicator, sampleDocs } from './make';

const docs = [
  { id: JIANGSU, label: '江苏·002', title: '江苏实施方案' },
  { id: HUBEI, label: '湖北·003', title: '湖北分工方案' },
  { id: SHANXI, label: '山西·004', title: '山西工作报告' },
];
const entries = buildEntries(sampleDocs(), []);

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('timeline option', () => {
  it('counts targets per document and year and keeps undated ones apart', () => {
    const { cells, undated } = timelineCells(entries, docs);
    expect(undated).toBe(1);
    const find = (doc: number, year: number) => cells.find((c) => c.docIndex === doc && c.year === year)?.names.length;
    expect(find(0, 2025)).toBe(4);
    expect(find(1, 2025)).toBe(3);
    expect(find(2, 2023)).toBe(1);
  });

  it('leaves figures reported as achieved off the timeline of targets', () => {
    const achieved = entries.map((e) => ({ ...e, indicator: { ...e.indicator, stage: 'achieved' as const } }));
    expect(timelineCells(achieved, docs)).toEqual({ cells: [], undated: 0 });
  });

  it('spans 2016 → 2035 on the x axis and one row per document', () => {
    const o = buildTimelineOption(entries, docs) as any;
    expect(o.xAxis.data[0]).toBe('2016');
    expect(o.xAxis.data.at(-1)).toBe('2035');
    expect(o.xAxis.data).toHaveLength(20);
    expect(o.yAxis.data).toEqual(['江苏·002', '湖北·003', '山西·004']);
    // Rows by index into yAxis.data (0 = 江苏·002).
    expect(o.series[0].data.map((d: any) => d.value)).toContainEqual(['2025', 0, 4]);
    // Bigger bubbles for more targets.
    expect(o.series[0].symbolSize(['2025', 'x', 4])).toBeGreaterThan(o.series[0].symbolSize(['2025', 'x', 1]));
  });

  it('labels the bubbles legibly on a projector: at least 12px, white on the dark bubble, outlined', () => {
    const { label, itemStyle, symbolSize } = (buildTimelineOption(entries, docs) as any).series[0];
    expect(label.show).toBe(true);
    expect(label.fontSize).toBeGreaterThanOrEqual(12);
    expect(label.color).toBe('#ffffff');
    expect(label.textBorderColor).toBe(itemStyle.color);
    expect(itemStyle.opacity).toBe(1);
    expect(label.textBorderWidth).toBeGreaterThan(0);
    expect(contrast(label.color, itemStyle.color)).toBeGreaterThanOrEqual(4.5);
    expect(label.formatter({ value: ['2025', 0, 4] })).toBe('4');
    // Even a single target's bubble is wide enough for a 12px+ two-digit count.
    expect(symbolSize(['2025', 0, 1])).toBeGreaterThanOrEqual(18);
  });

  it('does not repeat the province when the title starts with it', () => {
    expect(timelineLabel('山西', '山西省政府工作报告(正文未载标题,据内容拟)')).toBe('山西省政府工作报告(正文未载标…');
    expect(timelineLabel('山西', '山西省2023年政府工作报告')).not.toMatch(/^山西·/);
    expect(timelineLabel('湖北', '长江中游城市群发展“十四五”实施方案湖北省主要目标和任务分工方案')).toBe('湖北·长江中游城市群发展“十四…');
    expect(timelineLabel('江苏', '短标题')).toBe('江苏·短标题');
  });

  it('has no chart to draw when the filters leave no target with a stated year', () => {
    const undated = entries.filter((e) => e.indicator.targetYear === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(buildTimelineOption(undated, docs)).toBeNull();
    expect(buildTimelineOption([], docs)).toBeNull();
    const achieved = entries.map((e) => ({ ...e, indicator: { ...e.indicator, stage: 'achieved' as const } }));
    expect(buildTimelineOption(achieved, docs)).toBeNull();
  });

  it('widens the axis when a target lies outside it', () => {
    const late = makeDoc(JIANGSU, '江苏', 't', [makeIndicator({ id: 'x', name: 'x', value: 1, unit: '%', kind: 'share', targetYear: 2050 })]);
    const o = buildTimelineOption(buildEntries([late], []), docs) as any;
    expect(o.xAxis.data.at(-1)).toBe('2050');
  });

  it('escapes document text in the tooltip', () => {
    const html = timelineTooltip({ docIndex: 0, year: 2025, names: ['<img src=x onerror=alert(1)>'] }, { id: 'd', label: 'd', title: 'A&B' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A&amp;B');
    expect(html).not.toContain('<img');
  });

  it('lists at most eight names and says how many there are', () => {
    const names = Array.from({ length: 12 }, (_, i) => `指标${i}`);
    const html = timelineTooltip({ docIndex: 0, year: 2025, names }, docs[0]);
    expect(html).toContain('指标7');
    expect(html).not.toContain('指标8');
    expect(html).toContain('等 12 项');
  });
});

describe('comparison option', () => {
  const urban = buildComparison(entries, likeMeasures(spec)).find((t) => t.id === 'urbanisation')!.measures[0];

  it('draws one bar per target on the measure’s unit, labelled with province and year', () => {
    const o = buildMeasureOption(urban) as any;
    expect(o.yAxis.data).toEqual(['江苏 · 2025年', '湖北 · 2025年']);
    expect(o.series[0].data).toEqual([75, 67]);
    expect(o.series[0].label.formatter({ dataIndex: 0 })).toBe('达到75%');
  });

  it('leaves out targets whose unit is a different quantity', () => {
    const mixed = { ...urban, members: [...urban.members, { ...urban.members[0], value: null, valueMax: null }] };
    expect((buildMeasureOption(mixed) as any).series[0].data).toEqual([75, 67]);
  });

  it('escapes names and scope in the tooltip and states the scope', () => {
    const m = { ...urban.members[1], entry: { ...urban.members[1].entry, indicator: { ...urban.members[1].entry.indicator, name: '<b>x</b>' } } };
    const html = memberTooltip(m, '%');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('范围：长江中游城市群（湖北部分）');
  });
});
