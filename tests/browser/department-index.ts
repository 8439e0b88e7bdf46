// Tests that route a changed or extra document into the app (page.route on data/…) must route it
// into the build-time department index too, as a build including it would: the department page
// reads its tasks from index/departments/<province>.json, not from the document file.
import type { Page } from 'playwright-core';
import { fromColumns, toColumns } from '../../src/shared/columnar';
import { indexFiles } from '../../src/shared/index-paths';
import { departmentShard, SCHEMA_VERSION, type Department, type PolicyDocument } from '../../src/shared/schema';
import { departmentDocument, departmentTaskInfo } from '../../pipeline/indexes/departments';
import { departmentTasks } from '../../pipeline/indexes/heatmap';

/** The shard of `provinceCode` with `docs` (replacing their built copies) and `departments` added. */
export async function routeDepartmentShard(page: Page, provinceCode: string, docs: PolicyDocument[], departments: Department[]): Promise<void> {
  await page.route(`**/data/${indexFiles.departments(provinceCode)}`, async (route) => {
    const res = await route.fetch();
    const missing = !res.ok() || (res.headers()['content-type'] ?? '').includes('text/html');
    const empty = { schemaVersion: SCHEMA_VERSION, provinceCode, departments: [], tasks: toColumns([]), taskInfo: toColumns([]), documents: [] };
    const shard = departmentShard.parse(missing ? empty : await res.json());
    const ids = new Set(docs.map((d) => d.id));
    const keep = <T extends { docId: string }>(rows: T[]) => rows.filter((r) => !ids.has(r.docId));
    const tasks = [...keep(fromColumns(shard.tasks) as { docId: string }[]), ...docs.flatMap(departmentTasks)];
    const taskInfo = [...keep(fromColumns(shard.taskInfo) as { docId: string }[]), ...docs.flatMap(departmentTaskInfo)];
    const known = new Set(departments.map((d) => d.id));
    const body = {
      ...shard,
      departments: [...shard.departments.filter((d) => !known.has(d.id)), ...departments],
      tasks: toColumns(tasks),
      taskInfo: toColumns(taskInfo),
      documents: [...shard.documents.filter((d) => !ids.has(d.id)), ...docs.map(departmentDocument)],
    };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}
