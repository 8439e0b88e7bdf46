// Every chart takes the theme: each option builder draws with the tokens it is given (and only with
// them), stays pure, and defaults to the light theme (what exports use).
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, PROJECTOR, type ChartTokens } from '../../../src/kernel/theme/tokens';
import { buildMapOption } from '../../../src/views/map/option/build-option';
import { canvasLayout } from '../../../src/views/map/option/layout';
import { layoutLabels } from '../../../src/views/map/labels/layout';
import { colourRegions } from '../../../src/views/map/state/colouring';
import { provinceProjection } from '../../../src/views/map/projection';
import { buildMapState } from '../../../src/views/map/state/map-state';
import { provinceFixture } from '../../views/map/geo-fixture';
import type { PolicyDocument, Task } from '../../../src/shared/schema';
import { buildHeatmapOption } from '../../../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { hubei, registry } from '../../views/heatmap/fixtures/excerpts';
import { buildEntries } from '../../../src/views/indicators/model/catalogue';
import { buildTimelineOption } from '../../../src/views/indicators/option/timeline-option';
import { buildHistoryOption } from '../../../src/views/indicators/option/history-option';
import { buildMeasureOption } from '../../../src/views/indicators/option/comparison-option';
import { sampleDocs, HUBEI, JIANGSU, SHANXI } from '../../views/indicators/make';
import { echartsTheme } from '../../../src/kernel/echarts/theme';

/** Every #rrggbb string anywhere in an option (functions skipped). */
function colours(o: unknown, out = new Set<string>()): Set<string> {
  if (typeof o === 'string' && /^#[0-9a-f]{3,8}$/i.test(o)) out.add(o.toLowerCase());
  else if (Array.isArray(o)) o.forEach((x) => colours(x, out));
  else if (o && typeof o === 'object') Object.values(o).forEach((x) => colours(x, out));
  return out;
}

const task = (id: string, title: string, places: string[]) =>
  ({ id, title, text: title, places, units: [], unitsStated: false, citation: { docId: 'd', start: 0, end: 1, line: 1, quote: title } }) as unknown as Task;
const mapDoc = { id: 'd', provinceCode: '420000', tasks: [task('1', '鄂州', ['420700']), task('2', '武汉、鄂州同城化', ['420100', '420700']), task('3', '武汉', ['420100'])], indicators: [] } as unknown as PolicyDocument;

function mapOption(tokens?: ChartTokens) {
  const { file, regions } = provinceFixture('hubei.json');
  const layout = canvasLayout(1600, 1000);
  const projection = provinceProjection(regions, { width: 1600, height: 1000, padding: [layout.map.y, 1600 - layout.map.x - layout.map.w, 1000 - layout.map.y - layout.map.h, layout.map.x] });
  const labels = layoutLabels(regions, projection, layout.labels, { fontSize: layout.fontSize });
  const state = buildMapState('420000', file.regions, [mapDoc], []);
  return buildMapOption({
    mapName: 'm', provinceName: '湖北省', regions, projection, layout, labels, state, colouring: colourRegions(state, 'mentions', tokens?.map), mode: 'mentions',
    showValues: false, selected: '武汉市', note: 'N', view: { zoom: 1, center: null }, tokens,
  }) as any;
}

describe('map option takes the theme', () => {
  it('fills, borders, labels and overlay text come from the tokens', () => {
    for (const tk of [LIGHT, DARK, PROJECTOR]) {
      const o = mapOption(tk);
      const fills = new Set(o.geo.regions.map((r: any) => r.itemStyle.areaColor));
      for (const f of fills) expect([...tk.map.ramp, tk.map.zero, tk.map.noData]).toContain(f);
      expect(o.geo.itemStyle.borderColor).toBe(tk.map.border);
      expect(o.geo.regions.find((r: any) => r.name === '武汉市').itemStyle.borderColor).toBe(tk.map.selectedBorder);
      expect(o.series.find((s: any) => s.id === 'names').label.color).toBe(tk.map.label.ink);
      expect(o.graphic[0].style.fill).toBe(tk.ink);
    }
  });

  it('the dark theme draws none of the light theme’s fills; the projector draws thicker borders', () => {
    const dark = colours(mapOption(DARK));
    for (const c of [...LIGHT.map.ramp, LIGHT.map.zero, LIGHT.map.noData]) expect(dark.has(c)).toBe(false);
    expect(mapOption(PROJECTOR).geo.itemStyle.borderWidth).toBeGreaterThan(mapOption(LIGHT).geo.itemStyle.borderWidth);
  });

  it('is pure, and the light theme is the default', () => {
    expect(JSON.stringify(mapOption(DARK))).toBe(JSON.stringify(mapOption(DARK)));
    expect(JSON.stringify(mapOption())).toBe(JSON.stringify(mapOption(LIGHT)));
  });
});

function heatmap(kind: 'tasks' | 'sections', tokens?: ChartTokens, byStatus = false) {
  const base = buildResponsibilityBase(hubei, registry([hubei]));
  const matrix = buildMatrix(base, base.assignments, kind);
  const columnStatus = byStatus ? matrix.columns.map((_, i) => (['completed', 'behind', null] as const)[i % 3]) : undefined;
  return buildHeatmapOption({ matrix, order: orderRows(matrix, 'workload'), documentHasRoles: base.anyRoles, viewport: { width: 1366, height: 640 }, tokens, columnStatus }).option as any;
}

describe('heatmap option takes the theme', () => {
  it('role pieces, status pieces, bars, borders and the sections scale are the theme’s', () => {
    for (const tk of [LIGHT, DARK, PROJECTOR]) {
      const roles = heatmap('tasks', tk).visualMap[0].pieces.map((p: any) => p.color);
      for (const c of roles) expect(Object.values(tk.heatmap.roles)).toContain(c);
      const status = heatmap('tasks', tk, true).visualMap[0].pieces.map((p: any) => p.color);
      expect(status).toEqual(['completed', 'on-schedule', 'at-risk', 'behind', 'none'].map((s) => tk.heatmap.status[s as keyof typeof tk.heatmap.status]));
      const o = heatmap('tasks', tk);
      expect(o.series.find((s: any) => s.id === 'colbar').itemStyle.color).toBe(tk.heatmap.neutralBar);
      expect(o.series.find((s: any) => s.id === 'cells').itemStyle.borderColor).toBe(tk.heatmap.cellBorder);
      expect(heatmap('sections', tk).visualMap[0].inRange.color).toEqual([...tk.heatmap.sectionRamp]);
    }
  });

  it('the dark theme draws none of the light role colours; default is light', () => {
    const dark = colours(heatmap('tasks', DARK));
    for (const c of Object.values(LIGHT.heatmap.roles)) expect(dark.has(c)).toBe(false);
    expect(JSON.stringify(heatmap('tasks'))).toBe(JSON.stringify(heatmap('tasks', LIGHT)));
  });
});

describe('indicator charts take the theme', () => {
  const docs = [HUBEI, JIANGSU, SHANXI].map((id) => ({ id, label: id, title: id }));
  const entries = buildEntries(sampleDocs(), []);

  it('timeline bubbles and their counts', () => {
    for (const tk of [LIGHT, DARK, PROJECTOR]) {
      const s = (buildTimelineOption(entries, docs, tk) as any).series[0];
      expect(s.itemStyle.color).toBe(tk.indicators.bubble);
      expect(s.label.color).toBe(tk.indicators.bubbleText);
    }
    expect(JSON.stringify(buildTimelineOption(entries, docs))).toBe(JSON.stringify(buildTimelineOption(entries, docs, LIGHT)));
  });

  it('measure history series and hollow target markers; comparison bars', () => {
    const pt = (stage: 'target' | 'achieved', year: number) => ({ stage, year, value: 1, docTitle: 't', indicator: { name: 'n', value: 1, unit: '%', yearBasis: 'stated', citation: { quote: 'q' } } });
    const h = { id: 'x', label: 'x', unit: '%', series: [{ label: 'A', points: [pt('achieved', 2020), pt('target', 2025)] }, { label: 'B', points: [pt('achieved', 2021)] }] } as any;
    for (const tk of [LIGHT, DARK, PROJECTOR]) {
      const s = (buildHistoryOption(h, tk).option as any).series;
      expect(s[0].itemStyle.color).toBe(tk.indicators.series[0]);
      expect(s[1].itemStyle).toEqual({ color: tk.indicators.hollow, borderColor: tk.indicators.series[0], borderWidth: 2 * tk.stroke });
      expect(s[2].itemStyle.color).toBe(tk.indicators.series[1]);
      const measure = { id: 'm', label: 'm', unit: '%', members: [{ value: 3, valueMax: null, scope: null, entry: { province: '湖北', docTitle: 'd', indicator: { name: 'n', targetYear: 2025, value: 3, valueMax: null, unit: '%', comparator: '=' } } }] } as any;
      const bar = (buildMeasureOption(measure, tk) as any).series[0];
      expect(bar.itemStyle.color).toBe(tk.accent);
      expect([bar.label.color, bar.label.textBorderColor]).toEqual([tk.ink, tk.background]);
    }
  });

  it('the ECharts theme of each token set colours axes and text with its ink', () => {
    const th = echartsTheme(DARK) as any;
    expect(th.textStyle.color).toBe(DARK.ink);
    expect(th.valueAxis.axisLabel.color).toBe(DARK.ink);
    expect((echartsTheme(PROJECTOR) as any).categoryAxis.axisLine.lineStyle.width).toBe(2);
  });
});
