// The place page's lists (index/place-items/<code>-<page>.json): every task and target of a region
// with what the page shows and its citation, in pages — checked against the documents themselves
// and against the province's place aggregate the map reads, so the two never disagree.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromColumns } from '../../../src/shared/columnar';
import { indexFiles, PLACE_PAGE } from '../../../src/shared/index-paths';
import { departments, placeItemsPage, placeShard, placeTargetItem, placeTaskItem, policyDocument, type UnitRole } from '../../../src/shared/schema';
import { IndexBuilder } from '../../../pipeline/indexes/write';
import { documentPlaceItems, placeItemPages } from '../../../pipeline/indexes/places';

const fixture = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(join(fixture, f), 'utf8'));
// 001 (山西, places written in tasks) and 003 (湖北: city governments named as responsible units).
const docs = ['docs/001_e3afc5ffeb36f5d0.json', 'docs/003_52b583d5c9b6873f.json'].map((f) => ({ doc: policyDocument.parse(read(f)), path: f }));
const registry = departments.parse(read('departments.json')).departments;
const out = mkdtempSync(join(tmpdir(), 'atlas-place-items-'));
const b = new IndexBuilder(out);
for (const { doc, path } of docs) b.add(doc, path);
b.finish(registry, []);
const json = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));

function pagesOf(code: string) {
  const first = placeItemsPage.parse(json(indexFiles.placeItems(code, 0)));
  const n = Math.max(1, Math.ceil(first.tasks / first.pageSize), Math.ceil(first.targets / first.pageSize));
  const pages = Array.from({ length: n }, (_, i) => placeItemsPage.parse(json(indexFiles.placeItems(code, i))));
  expect(existsSync(join(out, indexFiles.placeItems(code, n)))).toBe(false);
  return pages;
}

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

describe('place lists in the index', () => {
  const provinces = [...new Set(docs.map((d) => d.doc.provinceCode!))];
  const regions = provinces.flatMap((p) => placeShard.parse(json(indexFiles.places(p))).regions);

  it('list every task and target of the aggregate, in its order, with the document\'s title and citation', () => {
    expect(regions.length).toBeGreaterThan(5);
    for (const r of regions) {
      const pages = pagesOf(r.code);
      for (const p of pages) {
        expect(p).toMatchObject({ code: r.code, tasks: r.tasks, targets: r.targetIds.length + r.achievedIds.length, pageSize: PLACE_PAGE, written: r.written });
      }
      const tasks = pages.flatMap((p) => fromColumns(p.taskItems).map((x) => placeTaskItem.parse(x)));
      const targets = pages.flatMap((p) => fromColumns(p.targetItems).map((x) => placeTargetItem.parse(x)));
      expect(tasks.map((x) => [x.docId, x.taskId])).toEqual(r.taskIds);
      expect(targets.map((x) => [x.docId, x.indicator.id]).sort()).toEqual([...r.targetIds, ...r.achievedIds].sort());
      for (const x of tasks) {
        const doc = docs.find((d) => d.doc.id === x.docId)!.doc;
        const task = doc.tasks.find((t) => t.id === x.taskId)!;
        expect(task.places).toContain(r.code);
        expect(x.title).toBe(task.title);
        expect(x.citation).toEqual(task.citation);
        // The region's own government: its city departments named on the task, the strongest role.
        const own = task.units.filter((u) => registry.some((d) => d.id === u.departmentId && d.kind === 'city' && d.placeCode === r.code));
        const role = own.length ? own.map((u) => u.role).reduce((a, c) => (STRENGTH[c] > STRENGTH[a] ? c : a)) : null;
        expect(x.role).toBe(role);
      }
      for (const x of targets) {
        const doc = docs.find((d) => d.doc.id === x.docId)!.doc;
        expect(x.indicator).toEqual(doc.indicators.find((i) => i.id === x.indicator.id));
      }
      // Each page names exactly the documents its items come from, with title and hash.
      for (const p of pages) {
        const ids = new Set([...fromColumns(p.taskItems), ...fromColumns(p.targetItems)].map((x) => x.docId as string));
        expect(p.documents.map((d) => d.id).sort()).toEqual([...ids].sort());
        for (const d of p.documents) expect(d).toMatchObject({ title: docs.find((x) => x.doc.id === d.id)!.doc.title, sha256: docs.find((x) => x.doc.id === d.id)!.doc.sha256 });
      }
    }
  });

  it('carry the city government\'s role where the document names it (湖北: 武汉市人民政府 on 武汉\'s tasks)', () => {
    const wuhan = pagesOf('420100').flatMap((p) => fromColumns(p.taskItems).map((x) => placeTaskItem.parse(x)));
    expect(wuhan.filter((x) => x.role !== null).length).toBeGreaterThan(0);
  });

  it('page a long list: each page holds pageSize (2 here) of each list, the totals on every page', () => {
    const items = docs.map(({ doc }) => {
      const d = documentPlaceItems(doc);
      return { document: d.document, tasks: doc.tasks.map((t) => ({ docId: doc.id, taskId: t.id, title: t.title, citation: t.citation })), targets: doc.indicators.map((indicator) => ({ docId: doc.id, indicator })) };
    });
    const tasks = items.reduce((n, d) => n + d.tasks.length, 0);
    const targets = items.reduce((n, d) => n + d.targets.length, 0);
    const pages = placeItemPages('420100', items, [], () => 'lead', 2);
    expect(pages.length).toBe(Math.ceil(Math.max(tasks, targets) / 2));
    expect(pages.every((p) => p.taskItems.length <= 2 && p.targetItems.length <= 2 && p.tasks === tasks && p.targets === targets)).toBe(true);
    expect(pages.flatMap((p) => p.taskItems.map((x) => x.taskId))).toEqual(items.flatMap((d) => d.tasks.map((x) => x.taskId)));
    expect(pages[1]!.taskItems[0]!.taskId).toBe(items.flatMap((d) => d.tasks)[2]!.taskId);
    expect(pages.flatMap((p) => p.targetItems).length).toBe(targets);
    // A page names only the documents of its own items.
    for (const p of pages) expect(new Set(p.documents.map((d) => d.id))).toEqual(new Set([...p.taskItems, ...p.targetItems].map((x) => x.docId)));
  });
});
