// The static first view draws the same scene as the chart's option: same fills and outlines per
// region, the same names at the same places, the same legend rows, title, subtitle and note.
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Task } from '../../../src/shared/schema';
import { buildMapScene, mapOption } from '../../../src/kernel/map/map-model';
import { pathData, staticMap } from '../../../src/kernel/map/static/static-map';
import { buildMapState } from '../../../src/kernel/map/state/map-state';
import { DARK, LIGHT } from '../../../src/kernel/theme/tokens';
import { provinceFixture } from './geo-fixture';

const task = (id: string, places: string[]) => ({ id, text: id, places, placeMentions: [], units: [], unitsStated: false }) as unknown as Task;
const doc = { id: 'd', provinceCode: '420000', tasks: [task('1', ['420700']), task('2', ['420100', '420700'])], indicators: [] } as unknown as PolicyDocument;

function scene(selected: string | null, tokens = LIGHT, mode: 'mentions' | 'responsible' = 'mentions') {
  const { file, regions } = provinceFixture('hubei.json');
  const { regions: _r, ...meta } = file;
  const state = buildMapState('420000', file.regions, [doc], []);
  return buildMapScene({ province: { meta, regions }, mapName: 'm', state, mode, showValues: true, selected, width: 1400, height: 900, view: { zoom: 1, center: null }, tokens });
}

describe('static map', () => {
  it('one path per region with the option’s fill; no-data regions dashed; the selected one last, in the selection outline', () => {
    const s = scene('武汉市');
    const map = staticMap(s);
    const geo = (mapOption(s) as any).geo;
    expect(map.regions).toHaveLength(s.input.province.regions.features.length);
    for (const r of map.regions) {
      const o = geo.regions.find((x: any) => x.name === r.name);
      expect(r.fill, r.name).toBe(o.itemStyle.areaColor);
      expect(r.d, r.name).toMatch(/^M[\d.-]+,[\d.-]+(L[\d.-]+,[\d.-]+)+Z/);
      expect(r.dashed, r.name).toBe(o.itemStyle.borderType === 'dashed');
    }
    expect(map.regions.at(-1)).toMatchObject({ name: '武汉市', selected: true, stroke: LIGHT.map.selectedBorder, dashed: false });
    expect(map.regions.filter((r) => r.selected)).toHaveLength(1);
    // No task names a responsible unit: no region has data under 负责, every one but the selected is dashed.
    const none = staticMap(scene('武汉市', LIGHT, 'responsible'));
    expect(none.regions.filter((r) => r.dashed).map((r) => r.name).sort()).toEqual(none.regions.filter((r) => !r.selected).map((r) => r.name).sort());
    expect(none.regions.filter((r) => r.dashed).every((r) => r.stroke === LIGHT.map.noDataBorder)).toBe(true);
  });

  it('names where the option puts them, with the same lines; leader lines for the offset ones', () => {
    const s = scene(null);
    const map = staticMap(s);
    const names = (mapOption(s) as any).series.find((x: any) => x.id === 'names');
    const project = s.projection.project;
    expect(map.labels.map((l) => l.key)).toEqual(names.data.map((d: any) => d.name));
    map.labels.forEach((l, i) => {
      const [x, y] = project(names.data[i].value);
      expect(l.x).toBeCloseTo(x, 6);
      expect(l.y).toBeCloseTo(y, 6);
      expect(l.lines.join('\n')).toBe(names.label.formatter({ name: l.key }));
    });
    expect(map.leaders).toHaveLength(s.labels.filter((l) => l.leader).length);
    expect(map.leaders.length).toBeGreaterThan(0);
  });

  it('title, subtitle, note and legend rows are the option’s', () => {
    const s = scene(null);
    const map = staticMap(s);
    const graphic = (mapOption(s) as any).graphic;
    expect(map.title.text).toBe(graphic[0].style.text);
    expect(map.subtitle.text).toBe(graphic[1].style.text);
    expect(map.note.text).toBe(graphic[3].style.text);
    const legendTexts = graphic[2].children.filter((c: any) => c.type === 'text').map((c: any) => c.style.text);
    expect([map.legend.heading, ...map.legend.rows.map((r) => r.text)]).toEqual(legendTexts);
  });

  it('takes the theme: dark tokens give dark fills and inks', () => {
    const light = staticMap(scene(null, LIGHT));
    const dark = staticMap(scene(null, DARK));
    expect(dark.colours.ink).toBe(DARK.ink);
    expect(dark.regions.map((r) => r.fill)).not.toEqual(light.regions.map((r) => r.fill));
    for (const r of dark.regions) expect([...DARK.map.ramp, DARK.map.zero, DARK.map.noData]).toContain(r.fill);
  });

  it('path data: one decimal, rings closed, degenerate rings dropped', () => {
    expect(pathData([[[[0, 0], [10.04, 0], [10.06, 5.55]], [[1, 1], [2, 2]]]])).toBe('M0,0L10,0L10.1,5.6Z');
  });
});
