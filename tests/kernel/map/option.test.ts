import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Task } from '../../../src/shared/schema';
import { buildMapOption, isDark, OVERLAY_Z, SELECTED_BORDER } from '../../../src/kernel/map/option/build-option';
import { canvasLayout } from '../../../src/kernel/map/option/layout';
import { layoutLabels } from '../../../src/kernel/map/labels/layout';
import { colourRegions } from '../../../src/kernel/map/state/colouring';
import { provinceProjection } from '../../../src/kernel/map/projection';
import { NO_DATA_COLOUR, ZERO_COLOUR } from '../../../src/kernel/map/state/bins';
import { buildMapState } from '../../../src/kernel/map/state/map-state';
import { provinceFixture } from './geo-fixture';

// A task excerpt shaped like the pipeline's, with a hostile title to prove the tooltip escapes.
const task = (id: string, title: string, places: string[]) =>
  ({ id, title, text: title, places, units: [], unitsStated: false, citation: { docId: 'd', start: 0, end: 1, line: 1, quote: title } }) as unknown as Task;
const doc = {
  id: 'd',
  provinceCode: '420000',
  tasks: [task('1', '<img src=x onerror=1>鄂州', ['420700']), task('2', '武汉、鄂州同城化', ['420100', '420700'])],
  indicators: [],
} as unknown as PolicyDocument;

function build(docs: PolicyDocument[], opts: { selected?: string | null; showValues?: boolean; view?: { zoom: number; center: number[] | null } } = {}) {
  const { file, regions } = provinceFixture('hubei.json');
  const layout = canvasLayout(1600, 1000);
  const projection = provinceProjection(regions, { width: 1600, height: 1000, padding: [layout.map.y, 1600 - layout.map.x - layout.map.w, 1000 - layout.map.y - layout.map.h, layout.map.x] });
  const values = opts.showValues ? new Map([['鄂州市', '2']]) : undefined;
  const labels = layoutLabels(regions, projection, layout.labels, { fontSize: layout.fontSize, values });
  const state = buildMapState('420000', file.regions, docs, []);
  const option = buildMapOption({
    mapName: 'atlas-420000', provinceName: '湖北省', regions, projection, layout, labels, state, colouring: colourRegions(state, 'mentions'), mode: 'mentions',
    showValues: opts.showValues ?? false, selected: opts.selected ?? null, note: 'NOTE 示意图，非测绘地图', view: opts.view ?? { zoom: 1, center: null },
  }) as any;
  return { option, labels, projection };
}

const texts = (g: any): string[] => (g.children ? g.children.flatMap(texts) : g.style?.text ? [g.style.text] : []);

describe('buildMapOption', () => {
  it('colours every region by its bin; zero is not no data', () => {
    const { option } = build([doc]);
    const regions = option.geo.regions as { name: string; itemStyle: { areaColor: string } }[];
    expect(regions).toHaveLength(17);
    const fill = new Map(regions.map((r) => [r.name, r.itemStyle.areaColor]));
    expect(fill.get('十堰市')).toBe(ZERO_COLOUR);
    expect(fill.get('鄂州市')).not.toBe(fill.get('武汉市')); // 2 vs 1 mentions
    expect([...fill.values()]).not.toContain(NO_DATA_COLOUR);
    expect(option.graphic.flatMap(texts)).not.toContain('无数据');
  });

  it('draws a province without documents as no data, with the legend saying so', () => {
    const { option } = build([]);
    for (const r of option.geo.regions) expect(r.itemStyle.areaColor).toBe(NO_DATA_COLOUR);
    const all = option.graphic.flatMap(texts);
    expect(all).toContain('无数据');
    expect(all.some((s: string) => s.includes('本省（区、市）暂无文件'))).toBe(true);
    expect(all.some((s: string) => /项任务/.test(s))).toBe(false); // no count bins without counts
  });

  it('names every region once, at the placed label centre (through our inverse projection)', () => {
    const { option, labels, projection } = build([doc]);
    const names = option.series.find((s: any) => s.id === 'names');
    expect(names.data.map((d: any) => d.name).sort()).toEqual(labels.map((l) => l.key).sort());
    for (const d of names.data) {
      const l = labels.find((x) => x.key === d.name)!;
      const [x, y] = projection.project(d.value);
      expect(x).toBeCloseTo(l.box.x + l.box.w / 2, 3);
      expect(y).toBeCloseTo(l.box.y + l.box.h / 2, 3);
    }
    const leaders = option.series.find((s: any) => s.id === 'leaders');
    expect(leaders.data).toHaveLength(labels.filter((l) => l.leader).length);
    expect(leaders.data.length).toBeGreaterThan(0);
  });

  it('puts values under names only when the toggle is on', () => {
    const fmt = (o: any) => o.series.find((s: any) => s.id === 'names').label.formatter({ name: '鄂州市' });
    expect(fmt(build([doc]).option)).toBe('鄂州');
    expect(fmt(build([doc], { showValues: true }).option)).toBe('鄂州\n2');
  });

  it('writes names white on the darkest fills only', () => {
    expect(isDark('#08306b')).toBe(true);
    expect(isDark('#9ecae1')).toBe(false);
    expect(isDark(ZERO_COLOUR)).toBe(false);
  });

  it('marks the selected region', () => {
    const { option } = build([doc], { selected: '黄石市' });
    const r = option.geo.regions.find((x: any) => x.name === '黄石市');
    expect(r.itemStyle.borderColor).toBe(SELECTED_BORDER);
  });

  it('escapes document text in tooltips', () => {
    const { option } = build([doc]);
    const html: string = option.geo.tooltip.formatter({ name: '鄂州市' });
    expect(html).toContain('&lt;img src=x onerror=1&gt;鄂州');
    expect(html).not.toContain('<img');
    expect(html).toContain('<strong>鄂州市</strong>');
  });

  it('carries the map note and the title in the canvas (so exports have them)', () => {
    const all = build([doc]).option.graphic.flatMap(texts);
    expect(all).toContain('NOTE 示意图，非测绘地图');
    expect(all).toContain('湖北省：提及该地区的任务数');
  });

  it('a view centre given as lon/lat reaches ECharts in the projected space the regions are drawn in', () => {
    const { option: whole } = build([doc]);
    expect(whole.geo.center).toBeUndefined();
    expect(whole.geo.zoom).toBe(1);
    const wuhan = [114.3, 30.6];
    const { option, projection } = build([doc], { view: { zoom: 3, center: wuhan } });
    expect(option.geo.zoom).toBe(3);
    expect(option.geo.center).toEqual(projection.project(wuhan));
    const back = projection.unproject(option.geo.center);
    expect(back[0]).toBeCloseTo(wuhan[0], 6);
    expect(back[1]).toBeCloseTo(wuhan[1], 6);
  });

  it('title, legend and note are drawn above the regions and names, on a light backing', () => {
    const { option } = build([doc]);
    const seriesZ = Math.max(...option.series.map((s: { z: number }) => s.z));
    expect(OVERLAY_Z).toBeGreaterThan(seriesZ);
    for (const g of option.graphic) expect(g.z, texts(g)[0]).toBe(OVERLAY_Z);
    const note = option.graphic.find((g: any) => g.style?.text?.startsWith('NOTE'));
    expect(note.style.backgroundColor).toMatch(/^rgba\(255,255,255,0\.\d+\)$/);
    const legend = option.graphic.find((g: any) => g.type === 'group');
    const [backing, ...rest] = legend.children;
    expect(backing.type).toBe('rect');
    // The backing is at least as wide as the longest legend line's text (≈ 1 em per CJK glyph).
    const fs = rest[0].style.fontSize;
    const longest = Math.max(...rest.filter((c: any) => c.type === 'text').map((c: any) => c.left + [...c.style.text].length * 0.6 * fs));
    expect(backing.left + backing.shape.width).toBeGreaterThanOrEqual(longest);
  });

  it('names are part of their region: clickable with the region tooltip on screen, solid, silent in exports', () => {
    const { option } = build([doc]);
    const names = option.series.find((s: any) => s.id === 'names');
    expect(names.silent).toBe(false);
    expect(names.itemStyle.opacity).toBe(1);
    expect(names.tooltip.formatter({ name: '鄂州市' })).toContain('鄂州市');
    expect(names.tooltip.formatter({ name: '鄂州市' })).toContain('&lt;img');
    // Leader lines are drawn over a wider white halo.
    const [halo, leaders] = ['leader-halo', 'leaders'].map((id) => option.series.find((s: any) => s.id === id));
    expect(halo.data).toEqual(leaders.data);
    expect(halo.z).toBeLessThan(leaders.z);
    expect(halo.lineStyle.width).toBeGreaterThan(leaders.lineStyle.width);
  });

  it('says in the subtitle when the documents of the province name no responsible units', () => {
    const { file, regions } = provinceFixture('hubei.json');
    const layout = canvasLayout(1600, 1000);
    const projection = provinceProjection(regions, { width: 1600, height: 1000, padding: [layout.map.y, 1600 - layout.map.x - layout.map.w, 1000 - layout.map.y - layout.map.h, layout.map.x] });
    const labels = layoutLabels(regions, projection, layout.labels, { fontSize: layout.fontSize });
    const state = buildMapState('420000', file.regions, [doc], []); // doc's tasks name no units
    const opt = (mode: 'responsible' | 'mentions') => buildMapOption({ mapName: 'm', provinceName: '湖北省', regions, projection, layout, labels, state, colouring: colourRegions(state, mode), mode, showValues: false, selected: null, note: 'N', view: { zoom: 1, center: null } }) as any;
    expect(texts({ children: opt('responsible').graphic })).toContain('依据本省 1 份文件 · 本省文件未列责任单位');
    expect(texts({ children: opt('mentions').graphic })).toContain('依据本省 1 份文件');
    expect(opt('responsible').geo.regions.every((r: any) => r.itemStyle.areaColor === NO_DATA_COLOUR)).toBe(true);
  });
});

