// The per-document index parts are pure functions of one built document; the overview's summary
// must say what the quality report says, and the columnar codec must give back the rows.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '../../../src/shared/columnar';
import { lookupShard } from '../../../src/shared/index-paths';
import { departments as departmentsSchema, documentSummary as summarySchema, policyDocument, type PolicyDocument } from '../../../src/shared/schema';
import { buildDocument } from '../../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../../pipeline/meta';
import { loadCorrections } from '../../../pipeline/text/load-corrections';
import { documentSummary } from '../../../pipeline/indexes/summary';
import { targetEntries } from '../../../pipeline/indexes/targets';
import { documentPlaces } from '../../../pipeline/indexes/places';
import { departmentTasks } from '../../../pipeline/indexes/heatmap';
import { IndexBuilder } from '../../../pipeline/indexes/write';
import { namesAsWritten } from '../../../src/kernel/places/names-as-written';

const root = resolve(import.meta.dirname, '../../..');
const metas = loadDocumentMeta(join(root, 'data/documents.json'));
const built = metas.slice(0, 2).map((meta) =>
  buildDocument(readFileSync(join(root, `data/raw/${meta.id}.txt`)), meta, { file: `data/raw/${meta.id}.txt`, corrections: loadCorrections(join(root, 'data/corrections'), meta.id) }),
);

describe('columnar transfer', () => {
  it('gives back the rows, with dictionaries for repeated values', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, province: i % 2 ? '山西省' : '湖北省', year: i % 3 ? 2025 : null, units: [{ name: 'a' }] }));
    const c = toColumns(rows);
    expect(fromColumns(c)).toEqual(rows);
    expect(Array.isArray(c.columns[1])).toBe(false); // province: a dictionary
    expect(JSON.stringify(c).length).toBeLessThan(JSON.stringify(rows).length);
  });
  it('a dotted field is a column per leaf of a nested object, rebuilt on decode', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ docId: 'd', indicator: { id: `i${i}`, unit: i % 2 ? '%' : '公里', citation: { start: i, quote: `句${i}` } } }));
    const c = toColumns(rows, ['docId', 'indicator.id', 'indicator.unit', 'indicator.citation.start', 'indicator.citation.quote']);
    expect(c.fields).toHaveLength(5);
    expect(Array.isArray(c.columns[2])).toBe(false); // indicator.unit: a dictionary of two
    const back = fromColumns(c);
    expect(back).toEqual(rows);
    // Each row its own nested objects (a dictionary value is shared; a rebuilt parent is not).
    expect(back[0].indicator).not.toBe(back[1].indicator);
  });
  it('rejects a column whose length or code does not fit, naming the field', () => {
    expect(() => fromColumns({ n: 2, fields: ['a'], columns: [[1]] })).toThrow(/field a/);
    expect(() => fromColumns({ n: 1, fields: ['a'], columns: [{ dict: ['x'], codes: [3] }] })).toThrow(/field a row 0/);
  });
});

describe('per-document index parts', () => {
  it('the summary says what the quality report says', () => {
    for (const { doc, quality } of built) {
      const s = summarySchema.parse(documentSummary(doc));
      expect(s).toMatchObject({
        id: doc.id, tasks: quality.tasks, units: quality.distinctUnits, targets: quality.targets, achieved: quality.achieved,
        places: quality.places, tasksWithUnits: quality.tasksWithUnits, damagedFound: quality.damagedFound, damagedCorrected: quality.damagedCorrected,
      });
      expect(s.warnings).toEqual(quality.warnings);
    }
  });
  it('targets carry the units of their task; places count each task once per region', () => {
    const { doc } = built[0];
    const entries = targetEntries(doc);
    expect(entries.map((e) => e.indicator.id)).toEqual(doc.indicators.map((i) => i.id));
    for (const e of entries) {
      const task = doc.tasks.find((t) => t.id === e.indicator.taskId);
      expect(e.units).toEqual(task && task.unitsStated && task.units.length ? task.units : null);
    }
    const regions = documentPlaces(doc);
    for (const r of regions) {
      expect(r.tasks).toBe(doc.tasks.filter((t) => t.places.includes(r.code)).length);
      expect(r.taskIds.length).toBe(r.tasks);
      expect(r.targets).toBe(doc.indicators.filter((i) => i.stage === 'target' && i.places.includes(r.code)).length);
      expect(r.targetIds.length + r.achievedIds.length).toBe(doc.indicators.filter((i) => i.places.includes(r.code)).length);
    }
  });
  it('the department × task pairs: one per (department, task) named', () => {
    const { doc } = built[0];
    const pairs = new Set(doc.tasks.flatMap((t) => t.units.map((u) => `${u.departmentId}|${t.id}`)));
    expect(pairs.size).toBeGreaterThan(0);
    expect(new Set(departmentTasks(doc).map((p) => `${p.departmentId}|${p.taskId}`))).toEqual(pairs);
    expect(departmentTasks(doc).length).toBe(pairs.size);
  });
  it('is pure: the same document gives the same parts, the document unchanged', () => {
    const doc: PolicyDocument = policyDocument.parse(JSON.parse(JSON.stringify(built[1].doc)));
    const before = JSON.stringify(doc);
    expect(documentSummary(doc)).toEqual(documentSummary(doc));
    expect(departmentTasks(doc)).toEqual(departmentTasks(doc));
    targetEntries(doc);
    documentPlaces(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('index files', () => {
  it('writes a lookup that finds every document and an overview that counts them', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-index-'));
    const b = new IndexBuilder(out);
    for (const { doc } of built) b.add(doc, `docs/${doc.id}.json`);
    b.finish(departmentsSchema.parse({ schemaVersion: 1, departments: [] }).departments, []);
    for (const { doc } of built) {
      const shard = JSON.parse(readFileSync(join(out, `index/lookup/${lookupShard(doc.id)}.json`), 'utf8'));
      expect(shard.documents).toContainEqual({ id: doc.id, provinceCode: doc.provinceCode, path: `docs/${doc.id}.json`, sha256: doc.sha256, title: doc.title });
    }
    expect(readdirSync(join(out, 'index/lookup')).length).toBe(32);
    const overview = JSON.parse(readFileSync(join(out, 'index/overview.json'), 'utf8'));
    expect(overview.total).toBe(built.length);
    expect(overview.shards.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBe(built.length);
    expect(overview.first.id).toBe(built[0].doc.id);
  });
  it('place shards list the tasks of a region, its targets apart from achieved figures, and the tasks of its own government', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-index-'));
    const b = new IndexBuilder(out);
    for (const { doc } of built) b.add(doc, `docs/${doc.id}.json`);
    // A registry where every named department with a place-like id is the city government of 140400 (长治).
    const named = [...new Set(built.flatMap(({ doc }) => doc.tasks.flatMap((t) => t.units.map((u) => u.departmentId))))];
    const city = named[0]!;
    const registry = named.map((id) => ({ id, province: '山西省', provinceCode: '140000', name: id, aliases: [], pinyin: '', kind: id === city ? 'city' : 'government', category: null, categoryReason: null, placeCode: id === city ? '140400' : null, mentions: 1, documents: [] }));
    b.finish(departmentsSchema.parse({ schemaVersion: 1, departments: registry }).departments, []);
    const shard = JSON.parse(readFileSync(join(out, 'index/places/140000.json'), 'utf8'));
    const region = shard.regions.find((r: { code: string }) => r.code === '140400');
    const expected = built.flatMap(({ doc }) => doc.tasks.filter((t) => t.units.some((u) => u.departmentId === city)).map((t) => [doc.id, t.id, city]));
    expect(expected.length).toBeGreaterThan(0);
    expect(region.responsibleIds).toEqual(expected);
    expect(region.responsible).toBe(expected.length);
    expect(typeof shard.departmentsNamed).toBe('boolean');
    // Names as written: the same words, most frequent first, as the browser's namesAsWritten gives.
    const written = namesAsWritten(built.map((x) => x.doc));
    for (const r of shard.regions) expect(r.written.map(([w]: [string]) => w)).toEqual(written.get(r.code) ?? []);
    const overview = JSON.parse(readFileSync(join(out, 'index/overview.json'), 'utf8'));
    expect(overview.tasks).toBe(built.reduce((n, { doc }) => n + doc.tasks.length, 0));
  });
});
