import { describe, expect, it } from 'vitest';
import type { Department, Indicator, PolicyDocument, Task } from '../../../src/shared/schema';
import { buildMapState, buildMapStateFromIndex, fillRefs, regionOf, regionValue } from '../../../src/kernel/map/state/map-state';
import { documentPlaces, emptyPlace, responsiblePairs } from '../../../src/shared/place-aggregates';
import type { PlaceShard } from '../../../src/shared/schema';
import { binOf, countBins, NO_DATA_COLOUR, ZERO_COLOUR } from '../../../src/kernel/map/state/bins';

// Excerpts of seed 001 (山西, 2015 农村改革 task division), items 15 and 16, as the pipeline would
// carry them: 潞城市 (now 潞城区 140406, in 长治市) and 新绛县 (140825, in 运城市).
const cite = (line: number, quote: string) => ({ docId: 'd001', start: 0, end: quote.length, line, quote });
const task = (id: string, title: string, places: string[], units: Task['units']): Task => ({
  id, path: ['二', id], kind: 'task', partTitle: '', sectionTitle: null, title, text: title, units, unitsStated: units.length > 0,
  unitsCitation: null, places, placeMentions: [], citation: cite(27, title),
} as Task);
const t15 = task('15', '稳妥开展农村土地承包经营权抵押贷款试点。推广潞城市、新绛县经验', ['140406', '140825'], [
  { name: '省金融办', role: 'lead', departmentId: 'sx-jrb', asWritten: null },
]);
const t16 = task('16', '有序推进潞城市改革试点', ['140406'], [
  { name: '省农业厅', role: 'lead', departmentId: 'sx-nyt', asWritten: null },
  { name: '长治市人民政府', role: 'support', departmentId: 'sx-cz', asWritten: null },
]);
const target: Indicator = {
  id: 'i1', name: '试点', stage: 'target', value: 2, valueMax: null, unit: '个', comparator: '=', direction: null, kind: 'count', targetYear: null,
  baseline: null, taskId: '16', places: ['140400'], category: null, citation: cite(28, '有序推进潞城市改革试点'),
};
const doc = { id: 'd001', provinceCode: '140000', tasks: [t15, t16], indicators: [target] } as unknown as PolicyDocument;
const departments = [
  { id: 'sx-cz', kind: 'city', placeCode: '140400' },
  { id: 'sx-nyt', kind: 'government', placeCode: null },
] as Department[];
const regions = [
  { code: '140400', name: '长治市' },
  { code: '140800', name: '运城市' },
  { code: '140100', name: '太原市' },
];

describe('regionOf', () => {
  const codes = new Set(['140400', '429004', '420100']);
  it('rolls counties up to their prefecture, keeps 省直辖县 as their own region', () => {
    expect(regionOf('140406', codes)).toBe('140400');
    expect(regionOf('140400', codes)).toBe('140400');
    expect(regionOf('429004', codes)).toBe('429004');
    expect(regionOf('140000', codes)).toBeNull();
    expect(regionOf('420000', codes)).toBeNull();
  });
});

describe('buildMapState', () => {
  const state = buildMapState('140000', regions, [doc], departments);
  const by = new Map(state.regions.map((r) => [r.name, r]));

  it('counts tasks that mention a region (through its counties)', () => {
    expect(by.get('长治市')!.mentions.map((m) => m.taskId)).toEqual(['15', '16']);
    expect(by.get('运城市')!.mentions.map((m) => m.taskId)).toEqual(['15']);
    expect(by.get('太原市')!.mentions).toEqual([]);
  });

  it('counts tasks where the city government is a responsible unit, with the unit kept', () => {
    const r = by.get('长治市')!.responsible;
    expect(r).toHaveLength(1);
    expect(r[0].taskId).toBe('16');
    expect(r[0].departments!.map((u) => [u.name, u.role])).toEqual([['长治市人民政府', 'support']]);
    expect(by.get('运城市')!.responsible).toEqual([]);
  });

  it('lists targets stated for the region', () => {
    expect(by.get('长治市')!.targets.map((t) => t.indicatorId)).toEqual(['i1']);
  });

  it('tells zero from no data', () => {
    expect(regionValue(state, by.get('太原市')!, 'mentions')).toBe(0);
    expect(regionValue(state, by.get('长治市')!, 'mentions')).toBe(2);
    const none = buildMapState('420000', [{ code: '420100', name: '武汉市' }], [doc], departments);
    expect(regionValue(none, none.regions[0], 'mentions')).toBe('no-document');
    const uncoded = buildMapState('140000', [{ code: null, name: 'x' }], [doc], departments);
    expect(regionValue(uncoded, uncoded.regions[0], 'targets')).toBe('no-code');
  });

  it('a province whose documents name no responsible units has no data in that mode, not zeros', () => {
    const silent = { ...doc, tasks: [t15, t16].map((x) => ({ ...x, units: [], unitsStated: false })) } as PolicyDocument;
    const s = buildMapState('140000', regions, [silent], departments);
    expect(s.departmentsNamed).toBe(false);
    expect(regionValue(s, s.regions[0], 'responsible')).toBe('no-departments');
    expect(regionValue(s, s.regions[0], 'mentions')).toBe(2); // other modes still count
    expect(state.departmentsNamed).toBe(true);
    expect(regionValue(state, by.get('太原市')!, 'responsible')).toBe(0);
  });

  it('colours by targets only: achieved figures of a review are not asked of a region', () => {
    const achieved = { ...target, id: 'i2', stage: 'achieved' as const };
    const s = buildMapState('140000', regions, [{ ...doc, indicators: [target, achieved] } as PolicyDocument], departments);
    expect(s.regions.find((r) => r.name === '长治市')!.targets.map((t) => t.indicatorId)).toEqual(['i1']);
  });

  it('ignores documents of other provinces', () => {
    const other = { ...doc, id: 'd9', provinceCode: '420000' } as PolicyDocument;
    expect(buildMapState('140000', regions, [doc, other], departments).docIds).toEqual(['d001']);
  });
});

describe('countBins', () => {
  it('uses one bin per count when the range is small', () => {
    expect(countBins([0, 1, 3]).map((b) => b.label)).toEqual(['0', '1', '2', '3']);
  });
  it('uses doubling ranges beyond four', () => {
    const bins = countBins([0, 2, 13]);
    expect(bins.map((b) => b.label)).toEqual(['0', '1', '2–3', '4–7', '8–15']);
    expect(binOf(bins, 13).label).toBe('8–15');
    expect(binOf(bins, 0).colour).toBe(ZERO_COLOUR);
  });
  it('never gives zero, a count, or no data the same colour', () => {
    const colours = countBins([0, 40]).map((b) => b.colour);
    expect(new Set([...colours, NO_DATA_COLOUR]).size).toBe(colours.length + 1);
  });
  it('lists only counts that can occur: every region zero → a legend of just 0', () => {
    expect(countBins([0, 0]).map((b) => b.label)).toEqual(['0']);
    expect(countBins([0, 1]).map((b) => b.label)).toEqual(['0', '1']);
  });
  it('rejects non-counts', () => {
    expect(() => countBins([1.5])).toThrow('invalid count: 1.5');
  });
});

describe('gridStep (region list keys)', () => {
  it('moves by rows in two columns and wraps at the ends', async () => {
    const { gridStep } = await import('../../../src/views/map/RegionList');
    expect(gridStep('ArrowDown', 0, 17, 2)).toBe(2);
    expect(gridStep('ArrowUp', 2, 17, 2)).toBe(0);
    expect(gridStep('ArrowRight', 0, 17, 2)).toBe(1);
    expect(gridStep('ArrowDown', 15, 17, 2)).toBe(0); // bottom of the right column → first
    expect(gridStep('ArrowDown', 16, 17, 2)).toBe(0);
    expect(gridStep('ArrowDown', 14, 17, 2)).toBe(16);
    expect(gridStep('ArrowUp', 1, 17, 2)).toBe(16);
    expect(gridStep('ArrowDown', 3, 17, 1)).toBe(4); // one column on a phone
    expect(gridStep('Tab', 3, 17, 2)).toBeUndefined();
  });
});

describe('the map from the build\'s place aggregates (issue 11: no document loaded to colour it)', () => {
  // The shard the build writes for this document: its regions, and the city government's tasks.
  const cityOf = new Map([['sx-cz', '140400']]);
  const places = new Map(documentPlaces(doc).map((a) => [a.code, a]));
  for (const { code, ref } of responsiblePairs(doc, cityOf)) {
    const a = places.get(code) ?? emptyPlace(code);
    a.responsibleIds.push(ref);
    places.set(code, a);
  }
  const shard: PlaceShard = { schemaVersion: 1, provinceCode: '140000', documents: ['d001'], departmentsNamed: true, regions: [...places.values()] };
  const fromDocs = buildMapState('140000', regions, [doc], departments);
  const fromIndex = buildMapStateFromIndex('140000', regions, shard, [], []);

  it('colours every region as the documents would, from ids alone', () => {
    for (const mode of ['mentions', 'responsible', 'targets'] as const)
      for (const r of fromDocs.regions) expect([r.name, mode, regionValue(fromIndex, fromIndex.regions.find((x) => x.name === r.name)!, mode)]).toEqual([r.name, mode, regionValue(fromDocs, r, mode)]);
    const cz = fromIndex.regions.find((r) => r.name === '长治市')!;
    // A task naming two places of one region counts once; nothing is loaded yet.
    expect(cz.mentions.map((m) => m.taskId)).toEqual(['15', '16']);
    expect(cz.mentions.every((m) => m.task === undefined)).toBe(true);
  });

  it('fills the refs from the documents the panel loads', () => {
    const cz = fillRefs(fromIndex.regions.find((r) => r.name === '长治市')!, [doc]);
    expect(cz.mentions.map((m) => m.task!.title)).toEqual([t15.title, t16.title]);
    expect(cz.responsible[0]!.departments!.map((u) => [u.name, u.role])).toEqual([['长治市人民政府', 'support']]);
    expect(cz.targets.map((x) => x.indicator!.id)).toEqual(['i1']);
  });

  it('counts the province\'s own documents only, as buildMapState does', () => {
    const other = buildMapStateFromIndex('140000', regions, { ...shard, documents: ['elsewhere'] }, [], []);
    expect(other.regions.every((r) => r.mentions.length === 0 && r.targets.length === 0 && r.responsible.length === 0)).toBe(true);
  });

  it('adds the local documents, read whole', () => {
    const local = { ...doc, id: 'local_0000000000000001' } as PolicyDocument;
    const both = buildMapStateFromIndex('140000', regions, shard, [local], departments);
    expect(both.docIds).toEqual(['d001', 'local_0000000000000001']);
    expect(both.regions.find((r) => r.name === '长治市')!.mentions.map((m) => `${m.docId}/${m.taskId}`)).toEqual(['d001/15', 'd001/16', 'local_0000000000000001/15', 'local_0000000000000001/16']);
  });
});
