// The map model feeds the fills, the legend and the labels from one colouring (state/colouring.ts):
// the space the label layout makes for a value line is exactly the value the label draws.
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Task } from '../../../src/shared/schema';
import { HALO, LINE_HEIGHT } from '../../../src/kernel/map/labels/layout';
import { buildMapModel } from '../../../src/kernel/map/map-model';
import { buildMapState, type ColourMode } from '../../../src/kernel/map/state/map-state';
import { provinceFixture } from './geo-fixture';

const task = (id: string, places: string[]) => ({ id, text: id, places, placeMentions: [], units: [], unitsStated: false }) as unknown as Task;
const doc = { id: 'd', provinceCode: '420000', tasks: [task('1', ['420700']), task('2', ['420100', '420700'])], indicators: [] } as unknown as PolicyDocument;

function model(mode: ColourMode) {
  const { file, regions } = provinceFixture('hubei.json');
  const { regions: _r, ...meta } = file;
  const state = buildMapState('420000', file.regions, [doc], []); // no task names responsible units
  const { option, labels: placed } = buildMapModel({ province: { meta, regions }, mapName: 'm', state, mode, showValues: true, selected: null, width: 1600, height: 1000, view: { zoom: 1, center: null } });
  const names = (option as any).series.find((s: any) => s.id === 'names');
  const fs: number = names.label.fontSize;
  const labels: { name: string; text: string; fs: number }[] = names.data.map((d: any) => ({ name: d.name as string, text: names.label.formatter({ name: d.name }) as string, fs }));
  return { labels, placed };
}

describe('labels follow the colouring', () => {
  it("with values on, a 'no-departments' map shows names only (no invented 0)", () => {
    const { labels } = model('responsible');
    expect(labels.length).toBeGreaterThan(10);
    for (const l of labels) expect(l.text.split('\n'), l.name).toHaveLength(1);
  });

  it('with values on, a mentions map shows each counted region with its count', () => {
    const { labels } = model('mentions');
    const ezhou = labels.find((l) => l.name === '鄂州市')!;
    expect(ezhou.text.split('\n')).toEqual(['鄂州', '2']);
    expect(labels.filter((l) => l.text.includes('\n')).length).toBeGreaterThan(10);
  });

  it('the layout reserves exactly the lines the labels draw', () => {
    for (const mode of ['responsible', 'mentions'] as const) {
      const { labels, placed } = model(mode);
      for (const l of labels) {
        const box = placed.find((p) => p.key === l.name)!.box;
        expect(box.h, `${mode} ${l.name}`).toBeCloseTo(l.text.split('\n').length * l.fs * LINE_HEIGHT + 2 * HALO, 6);
      }
    }
  });
});
