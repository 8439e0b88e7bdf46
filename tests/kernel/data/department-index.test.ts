// The department page's loader: the department's file found by the hash of its id (or of the id a
// hashed link stands for), its pages checked against it — a page of another department or with other
// counts (a stale or mixed build) fails naming the file; a department no built document names is
// null, not an error.
import { afterEach, describe, expect, it } from 'vitest';
import { toColumns } from '../../../src/shared/columnar';
import { departmentFileKey, namesDepartment } from '../../../src/shared/department-key';
import { indexFiles } from '../../../src/shared/index-paths';
import { SCHEMA_VERSION, type Department } from '../../../src/shared/schema';
import { ResourceCache } from '../../../src/kernel/data/cache';
import { loadAllDepartmentPages, loadDepartmentIndex, loadDepartmentPage } from '../../../src/kernel/data/department-index';
import { loaderOptions } from '../../../src/kernel/data/options';
import { departmentKey } from '../../../src/kernel/router/paths';
import { departmentFiles } from '../../../pipeline/indexes/departments';

const id = `420000:${'省'.repeat(90)}厅`;
const key = departmentFileKey(id);
const dep: Department = { id, province: '湖北', provinceCode: '420000', name: id.slice(7), aliases: [], pinyin: '', kind: 'government', category: null, categoryReason: null, placeCode: null, mentions: 1, documents: ['a', 'b'] };
const cite = { docId: 'a', start: 0, end: 1, line: 1, quote: 'q' };
const pairs = ['a', 'b'].flatMap((docId) => Array.from({ length: 30 }, (_, i) => ({ departmentId: id, docId, taskId: `t${i}`, role: i % 2 ? 'lead' as const : 'responsible' as const, listedFirst: false })));
const built = departmentFiles(key, dep, pairs, {
  info: (docId, taskId) => ({ docId, taskId, path: [taskId], title: taskId, section: 's', citation: { ...cite, docId }, departments: 2, hasRoles: true }),
  document: (d) => ({ id: d, title: d, docNumber: null, date: null, sha256: d }),
  targets: () => [],
}, 20);
const files = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  [indexFiles.department(key)]: { ...built.index, targets: toColumns(built.index.targets) },
  ...Object.fromEntries(built.pages.map((p) => [indexFiles.departmentTasks(key, p.page), { schemaVersion: SCHEMA_VERSION, departmentId: id, page: p.page, rows: toColumns(p.rows) }])),
  ...over,
});
function serve(f: Record<string, unknown>) {
  loaderOptions.base = '/d/';
  loaderOptions.fetchImpl = async (url) => {
    const body = f[url.replace('/d/', '')];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, headers: new Headers({ 'content-type': 'application/json' }), text: async () => JSON.stringify(body) };
  };
}
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: Error) => e.message);

describe('department index loader', () => {
  afterEach(() => {
    delete loaderOptions.base;
    delete loaderOptions.fetchImpl;
  });

  it('a link’s hashed form names the same file and the same department', () => {
    const link = departmentKey(id);
    expect(link).toMatch(/^420000:~[0-9a-f]{14}$/);
    expect(departmentFileKey(link)).toBe(key);
    expect(namesDepartment(link, id)).toBe(true);
    expect(namesDepartment(id, id)).toBe(true);
    expect(namesDepartment(link, `${id}x`)).toBe(false);
    expect(departmentFileKey('420000:省发展改革委')).not.toBe(departmentFileKey('420000:省发改委'));
  });

  it('the index and every page load, the pages’ rows in order', async () => {
    serve(files());
    const cache = new ResourceCache();
    const index = (await loadDepartmentIndex(key, cache))!;
    expect(index.department.id).toBe(id);
    expect(index.pages).toBe(2);
    const pages = await loadAllDepartmentPages(index, cache);
    expect(pages.flat().map((r) => `${r.docId}${r.taskId}`)).toEqual(pairs.map((p) => `${p.docId}${p.taskId}`));
  });

  it('a department without a file is null; a file under another key, a page of another department or with other counts is an error naming the file', async () => {
    serve({});
    expect(await loadDepartmentIndex(key, new ResourceCache())).toBeNull();
    serve(files({ [indexFiles.department(key)]: { ...built.index, key: 'ffffffffffffff', targets: toColumns([]) } }));
    expect(await failure(loadDepartmentIndex(key, new ResourceCache()))).toContain(indexFiles.department(key));
    const page1 = indexFiles.departmentTasks(key, 1);
    const rows = built.pages[1].rows;
    for (const [what, bad] of [
      ['another department', { schemaVersion: SCHEMA_VERSION, departmentId: 'x', page: 1, rows: toColumns(rows) }],
      ['a role changed', { schemaVersion: SCHEMA_VERSION, departmentId: id, page: 1, rows: toColumns(rows.map((r, i) => (i === 0 ? { ...r, role: r.role === 'lead' ? 'support' : 'lead' } : r))) }],
      ['a row missing', { schemaVersion: SCHEMA_VERSION, departmentId: id, page: 1, rows: toColumns(rows.slice(1)) }],
      ['a document of another page', { schemaVersion: SCHEMA_VERSION, departmentId: id, page: 1, rows: toColumns([...rows, built.pages[0].rows[0]]) }],
    ] as const) {
      serve(files({ [page1]: bad }));
      const cache = new ResourceCache();
      const index = (await loadDepartmentIndex(key, cache))!;
      expect(await loadDepartmentPage(index, 0, cache)).toHaveLength(built.pages[0].rows.length);
      expect({ what, error: await failure(loadDepartmentPage(index, 1, cache)) }).toEqual({ what, error: expect.stringContaining(page1) });
    }
  });
});
