// The department page's data as the served app has it (index/department/<key>.json and its task
// pages), read the way the page reads it, for tests to compare against; and a department with many
// tasks: the served documents copied under new ids (as bench:scale's corpora copy them), built by the
// pipeline's own IndexBuilder, and served as the department files, so the paged list and its
// 显示更多 are exercised on any data (the seeds' departments fit on one page).
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { IndexBuilder } from '../../pipeline/indexes/write';
import { fromColumns } from '../../src/shared/columnar';
import { departmentFileKey } from '../../src/shared/department-key';
import { indexFiles } from '../../src/shared/index-paths';
import {
  departmentIndex, departments as departmentsSchema, departmentTarget, departmentTaskRow, departmentTasksPage, policyDocument,
  type Department, type DepartmentIndex, type DepartmentTarget, type DepartmentTaskRow,
} from '../../src/shared/schema';
import { readData, testDocument, testManifest } from './data';

export interface DepartmentCase {
  id: string;
  name: string;
  index: Omit<DepartmentIndex, 'targets'>;
  targets: DepartmentTarget[];
  /** Every row of every page, in order. */
  rows: DepartmentTaskRow[];
}

type Read = (rel: string) => Promise<unknown>;

export async function readDepartment(id: string, read: Read = readData): Promise<DepartmentCase> {
  const key = departmentFileKey(id);
  const index = departmentIndex.parse(await read(indexFiles.department(key)));
  const rows: DepartmentTaskRow[] = [];
  for (let p = 0; p < index.pages; p++) rows.push(...fromColumns(departmentTasksPage.parse(await read(indexFiles.departmentTasks(key, p))).rows).map((r) => departmentTaskRow.parse(r)));
  return { id, name: index.department.name, index, targets: fromColumns(index.targets).map((r) => departmentTarget.parse(r)), rows };
}

/** The registry's department with the most tasks in the served data. */
export async function busiestDepartment(): Promise<DepartmentCase> {
  const registry = departmentsSchema.parse(await readData('departments.json')).departments;
  let best: DepartmentCase | null = null;
  for (const d of registry) {
    const c = await readDepartment(d.id);
    if (!best || c.rows.length > best.rows.length) best = c;
  }
  return best!;
}

/**
 * The busiest department of the served data named in `copies` more copies of each of its documents
 * (ids "<id>_c<k>", titles marked), built by the pipeline; its indexes (the lookup shards know the copies,
 * so their 出处 opens in the reader) and the copies themselves are served. Returns the department as the page will read it.
 */
export async function routeManyTasks(page: Page, copies: number): Promise<DepartmentCase> {
  const base = await busiestDepartment();
  const m = await testManifest();
  const registry = departmentsSchema.parse(await readData('departments.json')).departments;
  const out = mkdtempSync(join(tmpdir(), 'atlas-test-department-'));
  const b = new IndexBuilder(out);
  const extra = new Map<string, string[]>();
  const served = new Map<string, string>();
  for (const e of m.documents) {
    const doc = await testDocument(m, e.id);
    b.add(doc, e.path);
    if (!base.index.department.documents.includes(doc.id)) continue;
    for (let k = 1; k <= copies; k++) {
      const id = `${doc.id}_c${k}`;
      // Ids of tasks, targets and citations start with the document's id (as bench:scale rewrites them).
      const copy = policyDocument.parse({ ...JSON.parse(JSON.stringify(doc).split(`"${doc.id}`).join(`"${id}`)), title: `${doc.title}（副本${k}）` });
      b.add(copy, `docs/${id}.json`);
      served.set(`docs/${id}.json`, JSON.stringify(copy));
      extra.set(doc.id, [...(extra.get(doc.id) ?? []), id]);
    }
  }
  const withCopies: Department[] = registry.map((d) => ({ ...d, documents: d.documents.flatMap((id) => [id, ...(extra.get(id) ?? [])]) }));
  b.finish(withCopies, []);
  await page.route(/\/data\/(index\/|docs\/[^/]+_c\d+\.json$)/, (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
    const copy = served.get(rel);
    if (copy) return route.fulfill({ status: 200, contentType: 'application/json', body: copy });
    const file = resolve(out, rel);
    if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
  });
  return readDepartment(base.id, async (rel) => JSON.parse(readFileSync(join(out, rel), 'utf8')));
}
