// The department page's data from the build-time indexes (pipeline/indexes): one province's
// department shard (its registry, every department's tasks with what the page lists of each, the
// documents they cite) and a province's targets shard — never every document. Rows travel as
// columns; each decoded row is checked with its row schema (check-core.ts, in the validation
// worker), a bad one named by file, field and row.
import { indexFiles } from '../../shared/index-paths';
import { type Department, type DepartmentDocument, type DepartmentTask, type DepartmentTaskInfo, type TargetEntryRow } from '../../shared/schema';
import { lazySchema } from './schemas';
import { dataCache, type ResourceCache } from './cache';
import { loadJsonRows } from './loader';
import { loaderOptions } from './resources';
import { useResource, type Resource } from './hooks';

export interface DepartmentShardData {
  provinceCode: string;
  departments: Department[];
  tasks: DepartmentTask[];
  taskInfo: DepartmentTaskInfo[];
  documents: DepartmentDocument[];
}

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });

/** The province of a department id ("420000:省发展改革委", or a hashed key "420000:~…"); null without one. */
export const provinceOfDepartment = (id: string): string | null => /^(\d{6}):/.exec(id)?.[1] ?? null;

/** A province with no built departments (only local documents name them) has no shard: empty, not an error. */
export function loadDepartmentShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<DepartmentShardData> {
  const file = indexFiles.departments(provinceCode);
  return cache.load(`index:departments:${provinceCode}`, async () => {
    const empty: DepartmentShardData = { provinceCode, departments: [], tasks: [], taskInfo: [], documents: [] };
    const shard = await loadJsonRows<DepartmentShardData>(file, lazySchema('departmentShard'), { tasks: 'departmentTask', taskInfo: 'departmentTaskInfo' }, { ...opts(cache), whenMissing: empty });
    return { provinceCode, departments: shard.departments, tasks: shard.tasks, taskInfo: shard.taskInfo, documents: shard.documents };
  });
}

/** Every target of a province's documents (the indicators catalogue's shard); none when it has no shard. */
export function loadTargetShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<TargetEntryRow[]> {
  const file = indexFiles.targets(provinceCode);
  return cache.load(`index:targets:${provinceCode}`, async () => {
    const shard = await loadJsonRows<{ targets: TargetEntryRow[] }>(file, lazySchema('targetShard'), { targets: 'targetEntry' }, { ...opts(cache), whenMissing: { targets: [] } });
    return shard.targets;
  });
}

export function useDepartmentShard(provinceCode: string): Resource<DepartmentShardData> {
  return useResource(`index:departments:${provinceCode}`, () => loadDepartmentShard(provinceCode));
}

/** Several provinces' targets: loading until all are in; an error when one fails. */
export function useTargetShards(provinceCodes: readonly string[]): Resource<TargetEntryRow[]> {
  // useResource reads the entry its loader registers under this key; not a shard's own key (loading
  // one shard under its own key from inside that key's loader would wait for itself).
  const key = `index:targets-of:${[...provinceCodes].sort().join(',')}`;
  return useResource(key, () => dataCache.load(key, () => Promise.all(provinceCodes.map((p) => loadTargetShard(p))).then((r) => r.flat())));
}
