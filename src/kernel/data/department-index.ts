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
import { useCacheVersion, useResource, type FailedDocument, type Resource } from './hooks';
import { useMemo } from 'react';
import { t } from '../i18n/strings';

export interface DepartmentShardData {
  provinceCode: string;
  departments: Department[];
  tasks: DepartmentTask[];
  taskInfo: DepartmentTaskInfo[];
  documents: DepartmentDocument[];
}

const targetKey = (provinceCode: string) => `index:targets:${provinceCode}`;
const retry = () => dataCache.invalidateErrors();
const noop = () => {};
const NO_FAILED: FailedDocument[] = [];
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
  return cache.load(targetKey(provinceCode), async () => {
    const shard = await loadJsonRows<{ targets: TargetEntryRow[] }>(file, lazySchema('targetShard'), { targets: 'targetEntry' }, { ...opts(cache), whenMissing: { targets: [] } });
    return shard.targets;
  });
}

export function useDepartmentShard(provinceCode: string): Resource<DepartmentShardData> {
  return useResource(`index:departments:${provinceCode}`, () => loadDepartmentShard(provinceCode));
}

/**
 * Several provinces' targets: loading until all are in; then `data` holds the shards that loaded and
 * `failed` names each one that did not (by its file), so a page shows what it has and says what is
 * missing instead of an error in place of everything.
 */
export function useTargetShards(provinceCodes: readonly string[]): Resource<TargetEntryRow[]> & { failed: FailedDocument[] } {
  const version = useCacheVersion();
  for (const p of provinceCodes) if (!dataCache.has(targetKey(p))) loadTargetShard(p).catch(noop);
  const joined = provinceCodes.join(',');
  return useMemo(() => {
    const states = provinceCodes.map((p) => dataCache.get<TargetEntryRow[]>(targetKey(p)));
    if (states.some((x) => x.status === 'loading')) return { status: 'loading', retry, failed: NO_FAILED };
    const failed: FailedDocument[] = states.flatMap((x, i) => (x.status === 'error' ? [{ id: indexFiles.targets(provinceCodes[i]!), title: t.errors.targetsOf(provinceCodes[i]!), error: x.error }] : []));
    return { status: 'ready', data: states.flatMap((x) => (x.status === 'ready' ? x.data : [])), retry, failed: failed.length ? failed : NO_FAILED };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- codes by content; version stands for every state the cache holds.
  }, [version, joined]);
}
