// The department page's data from the build-time index (pipeline/indexes/departments.ts): one
// department's file, found by the hash of its id (shared/department-key.ts; no lookup table), with
// its registry entry, counts per document and role, the documents' facts and its targets; and the
// pages of its task list the page shows, loaded as the list grows. Rows travel as columns; each
// decoded row is checked with its row schema (check-core.ts, in the validation worker), a bad one
// named by file, field and row. A page that does not fit its index (a stale or mixed build) is an
// error naming the file, not rows counted under the wrong document.
import { useMemo, useRef } from 'react';
import { ROLE_KEYS, roleKey } from '../../shared/department-roles';
import { indexFiles } from '../../shared/index-paths';
import type { DepartmentIndex, DepartmentTarget, DepartmentTaskRow, DepartmentTasksPage } from '../../shared/schema';
import { t } from '../i18n/strings';
import { dataCache, type ResourceCache } from './cache';
import { useCacheVersion, useResource, type FailedDocument, type Resource } from './hooks';
import { DataLoadError, loadJsonRows } from './loader';
import { loaderOptions } from './options';
import { lazySchema } from './schemas';

export type DepartmentIndexData = Omit<DepartmentIndex, 'schemaVersion' | 'targets'> & { targets: DepartmentTarget[] };

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });
const indexKey = (key: string) => `index:department:${key}`;
const pageKey = (key: string, page: number) => `index:department-tasks:${key}-${page}`;
const retry = () => dataCache.invalidateErrors();
const noop = () => {};
const NO_FAILED: FailedDocument[] = [];

/** A department no built document names (only documents imported in this browser) has no file: null, not an error. */
export function loadDepartmentIndex(key: string, cache: ResourceCache = dataCache): Promise<DepartmentIndexData | null> {
  const file = indexFiles.department(key);
  return cache.load(indexKey(key), async () => {
    const x = await loadJsonRows<(Omit<DepartmentIndex, 'targets'> & { targets: DepartmentTarget[] }) | null>(file, lazySchema('departmentIndex'), { targets: 'departmentTarget' }, { ...opts(cache), whenMissing: null });
    if (x === null) return null;
    if (x.key !== key) throw new DataLoadError(file, t.errors.departmentMismatch(`key “${x.key}” ≠ “${key}”`));
    return { key: x.key, department: x.department, documents: x.documents, pages: x.pages, targets: x.targets };
  });
}

/** Page `page` of the department's task list, checked against its index: the department, and each document's counts by role. */
export function loadDepartmentPage(index: DepartmentIndexData, page: number, cache: ResourceCache = dataCache): Promise<DepartmentTaskRow[]> {
  const file = indexFiles.departmentTasks(index.key, page);
  return cache.load(pageKey(index.key, page), async () => {
    if (!(page >= 0 && page < index.pages)) throw new DataLoadError(file, t.errors.departmentMismatch(`page ${page} of ${index.pages}`));
    const p = await loadJsonRows<Omit<DepartmentTasksPage, 'rows'> & { rows: DepartmentTaskRow[] }>(file, lazySchema('departmentTasksPage'), { rows: 'departmentTaskRow' }, opts(cache));
    const mismatch = (what: string) => new DataLoadError(file, t.errors.departmentMismatch(what));
    if (p.departmentId !== index.department.id || p.page !== page) throw mismatch(`${p.departmentId} #${p.page}`);
    const found = new Map<string, Record<string, number>>();
    for (const r of p.rows) {
      const c = found.get(r.docId) ?? found.set(r.docId, { lead: 0, support: 0, first: 0, none: 0 }).get(r.docId)!;
      c[roleKey(r)]++;
    }
    for (const d of index.documents.filter((x) => x.page === page)) {
      const c = found.get(d.id);
      for (const k of ROLE_KEYS) if ((c?.[k] ?? 0) !== d.counts[k]) throw mismatch(`${d.id} ${k}: ${c?.[k] ?? 0} ≠ ${d.counts[k]}`);
      found.delete(d.id);
    }
    if (found.size) throw mismatch(`${[...found.keys()][0]}`);
    return p.rows;
  });
}

/** Every page (the exports list the department's full portfolio), in order. */
export function loadAllDepartmentPages(index: DepartmentIndexData, cache: ResourceCache = dataCache): Promise<DepartmentTaskRow[][]> {
  return Promise.all(Array.from({ length: index.pages }, (_, i) => loadDepartmentPage(index, i, cache)));
}

export function useDepartmentIndex(key: string): Resource<DepartmentIndexData | null> {
  return useResource(indexKey(key), () => loadDepartmentIndex(key));
}

export interface DepartmentPages {
  /** The pages loaded so far, by number. */
  rows: ReadonlyMap<number, DepartmentTaskRow[]>;
  loading: boolean;
  /** Each page that failed, named by its file. */
  failed: FailedDocument[];
}

/** The given pages of the department's list: those in, those on their way, those that failed (named, not an error in place of the page). */
export function useDepartmentPages(index: DepartmentIndexData | null, pages: readonly number[]): DepartmentPages {
  const version = useCacheVersion();
  if (index) for (const p of pages) if (!dataCache.has(pageKey(index.key, p))) loadDepartmentPage(index, p).catch(noop);
  const joined = pages.join(',');
  // The same object while these pages' states are the same: every other file the cache takes in
  // (progress, statuses, another view's data) bumps its version, and a new result re-rendered every
  // row of the lists each time (issue 11: five such renders followed a large department's first view).
  const last = useRef<{ index: DepartmentIndexData | null; states: unknown[]; value: DepartmentPages } | null>(null);
  return useMemo(() => {
    const states = index ? pages.map((p) => dataCache.get<DepartmentTaskRow[]>(pageKey(index.key, p))) : [];
    // The cache replaces a key's state object on every change: the same objects are the same states.
    const prev = last.current?.index === index ? last.current : null;
    if (prev && prev.states.length === states.length && prev.states.every((x, i) => x === states[i])) return prev.value;
    const ready = new Map<number, DepartmentTaskRow[]>();
    const failed: FailedDocument[] = [];
    let loading = false;
    states.forEach((s, i) => {
      const p = pages[i]!;
      if (s.status === 'ready') ready.set(p, s.data);
      else if (s.status === 'error') failed.push({ id: indexFiles.departmentTasks(index!.key, p), title: t.errors.departmentPage(p), error: s.error });
      else loading = true;
    });
    // Pages asked for together (they are fetched in parallel) come in together: while one is on its
    // way, the rows already shown stay as they are, so the lists are redrawn once, not once per page.
    // (Not rows of pages no longer asked for, after a filter change: then what is in, as before.)
    const kept = loading && prev && [...prev.value.rows.keys()].every((p) => pages.includes(p)) ? prev.value.rows : null;
    const rows = kept ?? ready;
    const value = { rows, loading, failed: failed.length ? failed : NO_FAILED };
    last.current = { index, states, value };
    return value;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pages by content; version stands for every state the cache holds.
  }, [version, index, joined]);
}

/** Load again what failed (a page, the index). */
export const retryDepartment = retry;
