// The heatmap reads its document's heatmap index (tasks, units and the registry entries of the
// departments it names) and its province's document list, not the document, the whole registry or
// the manifest: what it draws from the index must be exactly what it drew from the document and
// the whole registry.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFiles } from '../../../src/shared/index-paths';
import { departments, heatmapDocument, manifest, overviewIndex, policyDocument, provinceDocuments } from '../../../src/shared/schema';
import { IndexBuilder } from '../../../pipeline/indexes/write';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';

const fixture = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(join(fixture, f), 'utf8'));
const m = manifest.parse(read('manifest.json'));
const docs = m.documents.map((e) => ({ doc: policyDocument.parse(read(e.path)), path: e.path }));
const registry = departments.parse(read('departments.json')).departments;
const out = mkdtempSync(join(tmpdir(), 'atlas-heatmap-departments-'));
const b = new IndexBuilder(out);
for (const { doc, path } of docs) b.add(doc, path);
b.finish(registry, []);
const json = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));

describe('the heatmap\'s indexes', () => {
  it('per document: its citation facts, and the registry entries of exactly the departments it names; the matrix is the same as from the document and the whole registry', () => {
    for (const { doc } of docs) {
      const slice = heatmapDocument.parse(json(indexFiles.heatmap(doc.id)));
      const named = new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.departmentId)));
      expect(new Set(slice.departments.map((d) => d.id))).toEqual(new Set(registry.filter((d) => named.has(d.id)).map((d) => d.id)));
      for (const d of slice.departments) expect(registry.find((r) => r.id === d.id)).toMatchObject(d);
      expect(buildResponsibilityBase(slice, slice.departments)).toEqual(buildResponsibilityBase(doc, registry));
      expect(slice).toMatchObject({ id: doc.id, title: doc.title, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256, provinceCode: m.documents.find((e) => e.id === doc.id)!.provinceCode });
    }
    expect(docs.some(({ doc }) => doc.tasks.some((t) => t.units.length > 0))).toBe(true);
  });

  it('per province: its documents in manifest order, with 文号 and date; the overview index carries the build time', () => {
    for (const code of new Set(docs.map((d) => d.doc.provinceCode!))) {
      const list = provinceDocuments.parse(json(indexFiles.provinceDocuments(code)));
      expect(list.documents).toEqual(docs.filter((d) => d.doc.provinceCode === code).map((d) => ({ id: d.doc.id, title: d.doc.title, docNumber: d.doc.docNumber, date: d.doc.date })));
    }
    const ov = overviewIndex.parse(json(indexFiles.overview));
    expect(Number.isNaN(Date.parse(ov.builtAt!))).toBe(false);
  });
});
