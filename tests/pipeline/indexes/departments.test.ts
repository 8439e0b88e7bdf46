// The department shard carries what the department page lists (issue 15.7, 16.5) without loading
// documents: every task of the shard's pairs once, with its title, citation and role facts, and the
// documents cited.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromColumns } from '../../../src/shared/columnar';
import { departmentShard, departmentTask, departmentTaskInfo as infoSchema, type Department } from '../../../src/shared/schema';
import { buildDocument } from '../../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../../pipeline/meta';
import { loadCorrections } from '../../../pipeline/text/load-corrections';
import { departmentTaskInfo } from '../../../pipeline/indexes/departments';
import { IndexBuilder } from '../../../pipeline/indexes/write';

const root = resolve(import.meta.dirname, '../../..');
const metas = loadDocumentMeta(join(root, 'data/documents.json'));
const built = metas.slice(0, 2).map((meta) =>
  buildDocument(readFileSync(join(root, `data/raw/${meta.id}.txt`)), meta, { file: `data/raw/${meta.id}.txt`, corrections: loadCorrections(join(root, 'data/corrections'), meta.id) }),
);

describe('department task info', () => {
  it('one row per task naming a unit, with its distinct departments and whether roles are given', () => {
    const { doc } = built[0];
    const info = departmentTaskInfo(doc);
    expect(info.map((i) => i.taskId)).toEqual(doc.tasks.filter((t) => t.units.length).map((t) => t.id));
    for (const i of info) {
      const task = doc.tasks.find((t) => t.id === i.taskId)!;
      expect(infoSchema.parse(i)).toEqual(i);
      expect(i.departments).toBe(new Set(task.units.map((u) => u.departmentId)).size);
      expect(i.hasRoles).toBe(task.units.some((u) => u.role !== 'responsible'));
      expect(i.citation).toEqual(task.citation);
    }
  });
});

describe('department shard', () => {
  it('holds the info of every task its pairs name, and the documents they cite', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-dept-index-'));
    const b = new IndexBuilder(out);
    for (const { doc } of built) b.add(doc, `docs/${doc.id}.json`);
    const registry: Department[] = [];
    // A registry like the build's: each department named, in its province's shard (the id's prefix).
    for (const { doc } of built) {
      for (const u of doc.tasks.flatMap((t) => t.units)) {
        if (registry.some((r) => r.id === u.departmentId)) continue;
        registry.push({
          id: u.departmentId, province: doc.province ?? '', provinceCode: u.departmentId.slice(0, 6), name: u.name, aliases: [], pinyin: '', kind: 'government',
          category: null, categoryReason: null, placeCode: null, mentions: 1, documents: [doc.id],
        });
      }
    }
    b.finish(registry, []);
    const provinces = new Set(registry.map((d) => d.provinceCode));
    expect(provinces.size).toBeGreaterThan(0);
    for (const p of provinces) {
      const shard = departmentShard.parse(JSON.parse(readFileSync(join(out, `index/departments/${p}.json`), 'utf8')));
      const pairs = fromColumns(shard.tasks).map((r) => departmentTask.parse(r));
      const info = fromColumns(shard.taskInfo).map((r) => infoSchema.parse(r));
      const keys = new Set(pairs.map((r) => `${r.docId}|${r.taskId}`));
      expect(info.map((i) => `${i.docId}|${i.taskId}`).sort()).toEqual([...keys].sort());
      expect(shard.documents.map((d) => d.id)).toEqual([...new Set(pairs.map((r) => r.docId))]);
      for (const d of shard.documents) {
        const doc = built.find((x) => x.doc.id === d.id)!.doc;
        expect(d).toMatchObject({ title: doc.title, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 });
      }
    }
  });
});
