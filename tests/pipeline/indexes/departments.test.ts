// The per-department index (index/department/<key>.json) and its task pages
// (index/department-tasks/<key>-<n>.json): what the department page shows without loading documents
// or a file of every department — checked against the documents themselves (the same rows the page
// reads from an imported document), and the paging rules (whole documents, at least a page's rows).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromColumns } from '../../../src/shared/columnar';
import { departmentFileKey } from '../../../src/shared/department-key';
import { roleKey } from '../../../src/shared/department-roles';
import { DEPARTMENT_PAGE, indexFiles } from '../../../src/shared/index-paths';
import {
  departmentIndex, departments, departmentTarget, departmentTaskRow, departmentTasksPage, policyDocument,
  type Department, type DepartmentTask, type DepartmentTaskRow, type Indicator,
} from '../../../src/shared/schema';
import { departmentFiles, departmentTaskInfo, type DepartmentSources } from '../../../pipeline/indexes/departments';
import { IndexBuilder } from '../../../pipeline/indexes/write';
import { rowsFromDocument } from '../../../src/views/department/model/rows';

const fixture = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (f: string) => JSON.parse(readFileSync(join(fixture, f), 'utf8'));
const manifestDocs: Array<{ path: string }> = read('manifest.json').documents;
const docs = manifestDocs.map((e) => ({ doc: policyDocument.parse(read(e.path)), path: e.path }));
const registry = departments.parse(read('departments.json')).departments;

describe('department task info', () => {
  it('one row per task naming a unit, with its distinct departments and whether roles are given', () => {
    const { doc } = docs[0];
    const info = departmentTaskInfo(doc);
    expect(info.map((i) => i.taskId)).toEqual(doc.tasks.filter((t) => t.units.length).map((t) => t.id));
    for (const i of info) {
      const task = doc.tasks.find((t) => t.id === i.taskId)!;
      expect(i.departments).toBe(new Set(task.units.map((u) => u.departmentId)).size);
      expect(i.hasRoles).toBe(task.units.some((u) => u.role !== 'responsible'));
      expect(i.citation).toEqual(task.citation);
    }
  });
});

// A small department of three documents, 30 + 40 + 5 rows: pages of whole documents.
const cite = (docId: string) => ({ docId, start: 0, end: 1, line: 1, quote: 'q' });
const dep: Department = {
  id: '420000:省发展改革委', province: '湖北', provinceCode: '420000', name: '省发展改革委', aliases: [], pinyin: '', kind: 'government',
  category: null, categoryReason: null, placeCode: null, mentions: 75, documents: ['a', 'b', 'c'],
};
const sizes: Record<string, number> = { a: 30, b: 40, c: 5 };
// Document b gives roles (even tasks led, odd supported); a and c give plain lists (a: every third first in it).
const pairs: DepartmentTask[] = Object.entries(sizes).flatMap(([docId, n]) => Array.from({ length: n }, (_, i) => ({
  departmentId: dep.id, docId, taskId: `t${i}`, role: docId === 'b' ? (i % 2 ? 'support' as const : 'lead' as const) : 'responsible' as const, listedFirst: i % 3 === 0,
})));
const target = (docId: string, taskId: string | null, id: string, stage: Indicator['stage'] = 'target') =>
  ({ id, name: id, stage, value: 1, valueMax: null, unit: '个', comparator: '=', direction: null, kind: 'count', targetYear: 2025, yearBasis: 'stated', yearCitation: null, baseline: null, taskId, places: [], category: null, citation: cite(docId) }) as Indicator;
const src: DepartmentSources = {
  info: (docId, taskId) => ({ docId, taskId, path: [taskId], title: `${docId}任务${taskId}`, section: 's', citation: cite(docId), departments: 3, hasRoles: docId === 'b' }),
  document: (id) => ({ id, title: `文件${id}`, docNumber: null, date: null, sha256: id }),
  targets: (docId) => (docId === 'a' ? [target('a', 't1', 'a/I1'), target('a', 't99', 'a/I2')] : docId === 'b' ? [target('b', 't2', 'b/I1')] : []),
};

describe('departmentFiles', () => {
  const { index, pages } = departmentFiles('k', dep, pairs, src, DEPARTMENT_PAGE);

  it('pages hold whole documents, at least a page of rows each but the last; each document names its page', () => {
    expect(pages.map((p) => [p.page, [...new Set(p.rows.map((r) => r.docId))], p.rows.length])).toEqual([[0, ['a', 'b'], 70], [1, ['c'], 5]]);
    expect(index.pages).toBe(2);
    expect(index.documents.map((d) => [d.id, d.page])).toEqual([['a', 0], ['b', 0], ['c', 1]]);
    // A smaller page: one document each.
    expect(departmentFiles('k', dep, pairs, src, 10).pages.map((p) => p.rows.length)).toEqual([30, 40, 5]);
  });

  it('counts by role per document; first in the list only where the document gives no roles', () => {
    expect(index.documents.map((d) => d.counts)).toEqual([
      { lead: 0, support: 0, first: 10, none: 20 },
      { lead: 20, support: 20, first: 0, none: 0 },
      { lead: 0, support: 0, first: 2, none: 3 },
    ]);
    const b = pages[0].rows.filter((r) => r.docId === 'b');
    expect(b.some((r) => r.listedFirst)).toBe(false);
    for (const d of index.documents) {
      const rows = pages.flatMap((p) => p.rows).filter((r) => r.docId === d.id);
      expect(rows.map((r) => r.taskId)).toEqual(pairs.filter((p) => p.docId === d.id).map((p) => p.taskId));
    }
  });

  it('the targets of its own tasks only, with the task title and its role', () => {
    expect(index.targets.map((x) => [x.indicator.id, x.taskTitle, roleKey(x)])).toEqual([['a/I1', 'a任务t1', 'none'], ['b/I1', 'b任务t2', 'lead']]);
  });

  it('a pair without task info or document facts, or of another department, is an error naming it', () => {
    expect(() => departmentFiles('k', dep, pairs, { ...src, info: () => undefined }, 50)).toThrow(/a\/t0 has no task info/);
    expect(() => departmentFiles('k', dep, pairs, { ...src, document: () => undefined }, 50)).toThrow(/document a has no facts/);
    expect(() => departmentFiles('k', dep, [{ ...pairs[0], departmentId: 'x' }], src, 50)).toThrow(/another department: x/);
    expect(() => departmentFiles('k', dep, pairs, src, 0)).toThrow(/invalid page size: 0/);
  });
});

describe('department index written by the build', () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-dept-index-'));
  const b = new IndexBuilder(out);
  for (const { doc, path } of docs) b.add(doc, path);
  b.finish(registry, []);
  const json = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8'));

  it('one file per registry department, named by the hash of its id; its pages give the rows the documents give', () => {
    expect(registry.length).toBeGreaterThan(10);
    for (const d of registry) {
      const key = departmentFileKey(d.id);
      const index = departmentIndex.parse(json(indexFiles.department(key)));
      expect(index.key).toBe(key);
      expect(index.department).toEqual(d);
      const rows: DepartmentTaskRow[] = [];
      for (let p = 0; p < index.pages; p++) {
        const page = departmentTasksPage.parse(json(indexFiles.departmentTasks(key, p)));
        expect([page.departmentId, page.page]).toEqual([d.id, p]);
        const mine = fromColumns(page.rows).map((r) => departmentTaskRow.parse(r));
        // Whole documents, at least a page of rows unless it is the last.
        if (p < index.pages - 1) expect(mine.length).toBeGreaterThanOrEqual(DEPARTMENT_PAGE);
        expect(index.documents.filter((x) => x.page === p).map((x) => x.id)).toEqual([...new Set(mine.map((r) => r.docId))]);
        rows.push(...mine);
      }
      expect(existsSync(join(out, indexFiles.departmentTasks(key, index.pages)))).toBe(false);
      // The same rows the page reads from a whole document (an imported one), in document order.
      const expected = docs.flatMap(({ doc }) => rowsFromDocument(d.id, doc));
      expect(rows).toEqual(expected);
      for (const x of index.documents) {
        const doc = docs.find((e) => e.doc.id === x.id)!.doc;
        expect(x).toMatchObject({ title: doc.title, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 });
        const c = { lead: 0, support: 0, first: 0, none: 0 };
        for (const r of expected.filter((r) => r.docId === x.id)) c[roleKey(r)]++;
        expect(x.counts).toEqual(c);
      }
      // Its targets: every target of a task naming it, none other.
      const targets = fromColumns(departmentIndex.parse(json(indexFiles.department(key))).targets).map((r) => departmentTarget.parse(r));
      const tasks = new Set(expected.map((r) => `${r.docId}|${r.taskId}`));
      expect(targets.map((x) => x.indicator.id)).toEqual(docs.flatMap(({ doc }) => doc.indicators.filter((i) => i.stage === 'target' && i.taskId && tasks.has(`${doc.id}|${i.taskId}`)).map((i) => i.id)));
    }
  });
});
