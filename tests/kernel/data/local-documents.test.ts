// Local documents join the built data: manifest entries marked local and unreviewed, their quality
// entries, and departments merged with the built register (mentions added, documents joined) — and a
// browser that never imported does not load the IndexedDB store at all.
import { describe, expect, it } from 'vitest';
import { isLocalId, listLocal, mergeDepartments, mergeManifest, mergeQuality, type LocalSummary } from '../../../src/kernel/data/local-documents';
import type { Department, DocumentQuality, Manifest } from '../../../src/shared/schema';

const dep = (id: string, docs: string[], mentions: number, aliases: string[] = []): Department => ({
  id, province: '湖北', provinceCode: '420000', name: id.split(':')[1], aliases, pinyin: '', kind: 'government',
  category: null, categoryReason: null, placeCode: null, mentions, documents: docs,
});
const quality = (docId: string): DocumentQuality => ({
  docId, tasks: 1, tasksWithUnits: 1, unitMentions: 1, distinctUnits: 1, targets: 0, achieved: 0, places: 0,
  damagedFound: 0, damagedCorrected: 0, damaged: [], warnings: [],
});
const entry = (id: string): Manifest['documents'][number] => ({
  id, title: id, province: '湖北', provinceCode: '420000', issuer: null, docNumber: null, date: null, genre: 'task-division',
  sha256: 'a'.repeat(64), path: `docs/${id}.json`, counts: { tasks: 1, units: 1, indicators: 0, places: 0 },
});
const built: Manifest = { schemaVersion: 1, generatedFrom: 'data/raw', documents: [entry('001_x')], failures: [] };
const local = (id: string, departments: Department[]): LocalSummary => ({
  id, fileName: `${id}.txt`, fileType: 'text/plain', size: 10, encoding: 'utf-8', kind: 'text', importedAt: '2026-01-01T00:00:00Z',
  entry: { ...entry(id), path: `local:${id}` }, quality: quality(id), departments,
  search: { meta: { file: `search/local-${id}.json`, id: `local-${id}`, provinceCode: '420000', newest: null, docs: 1, entries: 1, bytes: 1 }, core: [] },
});

describe('local documents merged into the built data', () => {
  const a = local('local_0123456789abcdef', [dep('420000:省发改委', ['local_0123456789abcdef'], 2, ['湖北省发改委']), dep('420000:监利市政府', ['local_0123456789abcdef'], 1)]);
  it('manifest: appended, marked local and unreviewed; the built ones unchanged', () => {
    const m = mergeManifest(built, [a]);
    expect(m.documents.map((d) => d.id)).toEqual(['001_x', a.id]);
    expect(m.documents[1]).toMatchObject({ local: true, reviewed: false, path: `local:${a.id}` });
    expect(m.documents[0].local).toBeUndefined();
    expect(mergeManifest(built, [])).toBe(built);
  });
  it('quality: one entry per local document', () => {
    expect(mergeQuality({ schemaVersion: 1, documents: [quality('001_x')], failures: [] }, [a]).documents.map((q) => q.docId)).toEqual(['001_x', a.id]);
  });
  it('departments: a shared department adds mentions and documents; a new one is appended', () => {
    const merged = mergeDepartments({ schemaVersion: 1, departments: [dep('420000:省发改委', ['001_x'], 5)] }, [a]).departments;
    expect(merged.find((d) => d.id === '420000:省发改委')).toMatchObject({ mentions: 7, documents: ['001_x', a.id], aliases: ['湖北省发改委'] });
    expect(merged.find((d) => d.id === '420000:监利市政府')?.documents).toEqual([a.id]);
  });
  it('local ids are recognised; no IndexedDB and no flag → no local documents, no store loaded', async () => {
    expect(isLocalId('local_0123456789abcdef')).toBe(true);
    expect(isLocalId('001_x')).toBe(false);
    expect(await listLocal()).toEqual([]);
  });
});
