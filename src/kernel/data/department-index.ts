// The department page's data from the build-time indexes (pipeline/indexes): one province's
// department shard (its registry, every department's tasks with what the page lists of each, the
// documents they cite) and a province's targets shard — never every document. Rows travel as
// columns; each decoded row is checked with its row schema, a bad one named by file and row.
import type { z } from 'zod';
import { fromColumns } from '../../shared/columnar';
import { indexFiles } from '../../shared/index-paths';
import { type Department, type DepartmentDocument, type DepartmentTask, type DepartmentTaskInfo, type TargetEntryRow } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { lazySchema, schemaOf } from './schemas';

type DepartmentShardFile = z.infer<typeof import('../../shared/schema').departmentShard>;
import { dataCache, type ResourceCache } from './cache';
import { DataLoadError, describeIssues, loadJson } from './loader';
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
const EMPTY_FRAME = { n: 0, fields: [] as string[], columns: [] as unknown[][] };
const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });

function rows<S extends z.ZodType>(file: string, frame: Parameters<typeof fromColumns>[0], row: S): z.infer<S>[] {
  let decoded: Record<string, unknown>[];
  try {
    decoded = fromColumns(frame);
  } catch (e) {
    throw new DataLoadError(file, (e as Error).message);
  }
  return decoded.map((r, i) => {
    const ok = row.safeParse(r, { jitless: true });
    if (!ok.success) throw new DataLoadError(file, `row ${i}: ${describeIssues(ok.error)}`);
    return ok.data;
  });
}

/** The province of a department id ("420000:省发展改革委", or a hashed key "420000:~…"); null without one. */
export const provinceOfDepartment = (id: string): string | null => /^(\d{6}):/.exec(id)?.[1] ?? null;

/** A province with no built departments (only local documents name them) has no shard: empty, not an error. */
export function loadDepartmentShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<DepartmentShardData> {
  const file = indexFiles.departments(provinceCode);
  return cache.load(`index:departments:${provinceCode}`, async () => {
    const empty: DepartmentShardFile = { schemaVersion: SCHEMA_VERSION, provinceCode, departments: [], tasks: EMPTY_FRAME, taskInfo: EMPTY_FRAME, documents: [] };
    const shard = await loadJson(file, lazySchema('departmentShard'), { ...opts(cache), whenMissing: empty });
    return {
      provinceCode,
      departments: shard.departments,
      tasks: rows(file, shard.tasks, await schemaOf('departmentTask')),
      taskInfo: rows(file, shard.taskInfo, await schemaOf('departmentTaskInfo')),
      documents: shard.documents,
    };
  });
}

/** Every target of a province's documents (the indicators catalogue's shard); none when it has no shard. */
export function loadTargetShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<TargetEntryRow[]> {
  const file = indexFiles.targets(provinceCode);
  return cache.load(targetKey(provinceCode), async () => {
    const shard = await loadJson(file, lazySchema('targetShard'), { ...opts(cache), whenMissing: { schemaVersion: SCHEMA_VERSION, provinceCode, targets: EMPTY_FRAME } });
    return rows(file, shard.targets, await schemaOf('targetEntry'));
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
