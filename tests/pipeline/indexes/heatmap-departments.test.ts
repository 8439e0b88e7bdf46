// The heatmap reads its document with the registry entries of the departments it names and its
// province's document list, not the whole registry and manifest: the rows it draws from the slice
// must be exactly those it drew from the whole registry.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFiles } from '../../../src/shared/index-paths';
import { departments, heatmapDepartments, manifest, overviewIndex, policyDocument, provinceDocuments } from '../../../src/shared/schema';
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
  it('per document: the registry entries of exactly the departments it names; the rows are the same as from the whole registry', () => {
    for (const { doc } of docs) {
      const slice = heatmapDepartments.parse(json(indexFiles.heatmapDepartments(doc.id)));
      const named = new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.departmentId)));
      expect(new Set(slice.departments.map((d) => d.id))).toEqual(new Set(registry.filter((d) => named.has(d.id)).map((d) => d.id)));
      for (const d of slice.departments) expect(registry.find((r) => r.id === d.id)).toMatchObject(d);
      expect(buildResponsibilityBase(doc, slice.departments)).toEqual(buildResponsibilityBase(doc, registry));
    }
    expect(docs.some(({ doc }) => doc.tasks.some((t) => t.units.length > 0))).toBe(true);
  });

  it('per province: its documents in manifest order; the overview index carries the build time', () => {
    for (const code of new Set(docs.map((d) => d.doc.provinceCode!))) {
      const list = provinceDocuments.parse(json(indexFiles.provinceDocuments(code)));
      expect(list.documents).toEqual(docs.filter((d) => d.doc.provinceCode === code).map((d) => ({ id: d.doc.id, title: d.doc.title })));
    }
    const ov = overviewIndex.parse(json(indexFiles.overview));
    expect(Number.isNaN(Date.parse(ov.builtAt!))).toBe(false);
  });
});
