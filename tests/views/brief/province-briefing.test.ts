// The province briefing from the build's indexes (index/brief/<province>.json, province-documents)
// says what the briefing built from every document says: same targets in the same order with the
// same status, same counts, departments and citations — whatever the year of viewing, with figures
// reported (then the target catalogue is read), and with documents imported in the browser.
import { describe, expect, it } from 'vitest';
import { BriefIndexBuilder } from '../../../pipeline/indexes/brief';
import { targetEntries } from '../../../pipeline/indexes/targets';
import { briefIndex, type PolicyDocument, type ProgressRow } from '../../../src/shared/schema';
import { BRIEF_TARGETS } from '../../../src/shared/brief-index';
import { buildBriefing, buildProvinceBriefing, needsCatalogue, type Briefing } from '../../../src/views/brief/model/briefing';
import { registry as registryOf, shanxi2016, shanxi2017 } from '../heatmap/fixtures/excerpts';
import { makeDoc, makeIndicator } from '../indicators/make';

/** A 山西 document with `n` targets of the given years in turn (and two achieved figures), tasks from the excerpts. */
function shanxiDoc(id: string, tasks: PolicyDocument['tasks'], years: (number | null)[], n: number): PolicyDocument {
  const indicators = Array.from({ length: n }, (_, k) => makeIndicator({ id: `${id}/I${k}`, name: `指标${k}`, value: k + 1, unit: '%', kind: 'share', targetYear: years[k % years.length], taskId: tasks[k % tasks.length].id }));
  const achieved = [0, 1].map((k) => makeIndicator({ id: `${id}/A${k}`, name: `成就${k}`, value: 1, unit: '%', kind: 'share', stage: 'achieved', targetYear: 2015 }));
  return { ...makeDoc(id, '山西', `山西文件 ${id}`, [...indicators, ...achieved], tasks), provinceCode: '140000', docNumber: `晋政发〔2020〕${id.length}号`, date: '2020-01-01' };
}
const docs = [
  shanxiDoc('001_aaaa', shanxi2016.tasks, [2025, 2016, null, 2030, 2020], 17),
  shanxiDoc('000_bbbb', shanxi2017.tasks, [2018, 2025, 2022, null], 14),
];
const [first, second] = docs;
const registry = registryOf(docs, '山西省', '140000');

function indexOf(docs: PolicyDocument[]) {
  const b = new BriefIndexBuilder();
  for (const d of docs) b.add(d);
  return briefIndex.parse(JSON.parse(JSON.stringify(b.files(registry).find((f) => f.provinceCode === '140000')!)));
}

const shape = (b: Briefing) => ({
  targets: b.targets.map((x) => [x.entry.indicator.id, x.entry.assessment.status, x.citation]),
  moreTargets: b.moreTargets,
  departments: b.departments,
  moreDepartments: b.moreDepartments,
  citations: b.citations.map(({ issuer: _issuer, ...c }) => c),
  counts: b.counts,
});

const list = (ds: PolicyDocument[]) => ds.map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, date: d.date }));
const common = { localDocs: [], localRegistry: [], local: [], statusIndex: new Map() };

describe('province briefing from the indexes', () => {
  const index = indexOf(docs);
  it('the index carries the first targets only, and counts every one by year', () => {
    const all = docs.flatMap((d) => d.indicators).filter((i) => i.stage === 'target');
    expect(all.length).toBeGreaterThan(BRIEF_TARGETS);
    expect(index.targets).toHaveLength(BRIEF_TARGETS);
    expect(index.targetYears.reduce((n, [, k]) => n + k, 0)).toBe(all.length);
    expect(index.tasks).toBe(docs.reduce((n, d) => n + d.tasks.length, 0));
  });
  it.each([2015, 2019, 2021, 2026, 2031])('says what the documents say, viewed in %i', (year) => {
    const want = buildBriefing({ docs, progress: [], ...common, registry, currentYear: year });
    const got = buildProvinceBriefing({ index, documents: list(docs), catalogue: null, progress: [], ...common, currentYear: year });
    expect(shape(got)).toEqual(shape(want));
    expect(got.targets.length).toBe(BRIEF_TARGETS);
  });
  it('with a figure reported for a target of the province, reads the catalogue and still agrees', () => {
    const late = second.indicators.filter((i) => i.stage === 'target').at(-1)!;
    const progress: ProgressRow[] = [{ indicatorId: late.id, date: '2019-12-31', value: late.value, unit: late.unit, sourceNote: 'n', file: 'f.csv', row: 2 }];
    expect(needsCatalogue(docs.map((d) => d.id), progress, [])).toBe(true);
    expect(needsCatalogue(docs.map((d) => d.id), [{ ...progress[0], indicatorId: '003_52b583d5c9b6873f/I1' }], [])).toBe(false);
    const catalogue = docs.flatMap((d, i) => targetEntries(d, i));
    const want = buildBriefing({ docs, progress, ...common, registry, currentYear: 2026 });
    const got = buildProvinceBriefing({ index, documents: list(docs), catalogue, progress, ...common, currentYear: 2026 });
    expect(shape(got)).toEqual(shape(want));
    expect(got.targets.some((x) => x.entry.indicator.id === late.id)).toBe(true);
  });
  it('adds the documents imported in this browser: targets, departments, citations', () => {
    const want = buildBriefing({ docs, progress: [], ...common, registry, currentYear: 2026 });
    const got = buildProvinceBriefing({ index: indexOf([first]), documents: list([first]), catalogue: null, progress: [], ...common, localDocs: [second], localRegistry: registry, currentYear: 2026 });
    expect(shape(got)).toEqual(shape(want));
  });
});
