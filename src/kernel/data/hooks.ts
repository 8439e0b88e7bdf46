// React hooks over the data resources: { status, data?, error?, retry() }. Each file is fetched
// once (shared cache); retry drops failed entries and fetches them again.
import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { Comparison, Departments, GeoIndex, LookupShard, Manifest, PolicyDocument, Progress, Quality, TaskStatus } from '../../shared/schema';
import { indexKeys } from './indexes';
import type { DataLoadError } from './loader';
import { dataCache, type ResourceState } from './cache';
import { loadGeoIndex } from './geo';
import { loadComparison, loadDepartments, loadDocument, loadManifest, loadProgress, loadQuality, loadTaskStatus } from './resources';
import { keepSame } from '../lib/same-items';

export type Resource<T> = ResourceState<T> & { retry: () => void };

const retry = () => dataCache.invalidateErrors();
const noop = () => {};

export function useCacheVersion(): number {
  return useSyncExternalStore(dataCache.subscribe, dataCache.getVersion, dataCache.getVersion);
}

export function useResource<T>(key: string, start: () => Promise<T>): Resource<T> {
  useCacheVersion();
  // Starting the load during render is idempotent (the cache keeps one promise per key), so a
  // retry's invalidation simply makes the next render fetch again.
  if (!dataCache.has(key)) start().catch(noop);
  // One object per cache state: a view's useMemo on the resource reruns when this file's state
  // changes, not whenever any other file loads (the map drew itself twice on a cold load).
  return withRetry(dataCache.get<T>(key));
}

const withRetryOf = new WeakMap<ResourceState<unknown>, Resource<unknown>>();
function withRetry<T>(state: ResourceState<T>): Resource<T> {
  let r = withRetryOf.get(state);
  if (!r) withRetryOf.set(state, (r = { ...state, retry }));
  return r as Resource<T>;
}

export function useManifest(): Resource<Manifest> {
  return useResource('manifest', () => loadManifest());
}

/** enabled=false: nothing is fetched (reads as loading). */
export function useDocument(docId: string, enabled = true): Resource<PolicyDocument> {
  return useResource(enabled ? `doc:${docId}` : 'doc:none', () => (enabled ? loadDocument(docId) : new Promise<PolicyDocument>(() => {})));
}

/** A document of a cross-document view that could not be loaded: named by its manifest title. */
export interface FailedDocument {
  id: string;
  /** The manifest's title, or the id when the manifest does not have the document. */
  title: string;
  error: DataLoadError | Error;
}

/**
 * Several documents: `data` holds those that loaded, `failed` those that did not (a partial
 * result is a ready state with a non-empty `failed`: a view shows what it can and names the rest).
 * Loading while any is loading; error only when every requested document failed.
 */
export type DocumentsResource = Resource<PolicyDocument[]> & { failed: FailedDocument[] };

const NO_FAILED: FailedDocument[] = [];

export function useDocuments(docIds: readonly string[]): DocumentsResource {
  const version = useCacheVersion();
  for (const id of docIds) if (!dataCache.has(`doc:${id}`)) loadDocument(id).catch(noop);
  const ids = docIds.join('\u0000');
  // `data` keeps its identity while the documents are the same ones (views use it in deps): the
  // cache version moves whenever any file loads.
  const last = useRef<readonly PolicyDocument[] | undefined>(undefined);
  return useMemo((): DocumentsResource => {
    const states = docIds.map((id) => dataCache.get<PolicyDocument>(`doc:${id}`));
    if (states.some((s) => s.status === 'loading')) return { status: 'loading', retry, failed: NO_FAILED };
    const entries = dataCache.get<Manifest>('manifest').data?.documents;
    const failed: FailedDocument[] = [];
    states.forEach((s, i) => {
      if (s.status !== 'error') return;
      const id = docIds[i]!;
      // The manifest's title when it is loaded; else the id lookup's (read to find the file, so it is in the cache).
      const looked = dataCache.get<LookupShard>(indexKeys.lookup(id)).data?.documents.find((d) => d.id === id)?.title;
      failed.push({ id, title: entries?.find((d) => d.id === id)?.title ?? looked ?? id, error: s.error });
    });
    if (failed.length > 0 && failed.length === states.length) return { status: 'error', error: failed[0]!.error, retry, failed };
    const data = (last.current = keepSame(last.current, states.flatMap((s) => (s.status === 'ready' ? [s.data!] : [])))) as PolicyDocument[];
    return { status: 'ready', data, retry, failed: failed.length ? failed : NO_FAILED };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- docIds by content (ids); version stands for every state the cache holds.
  }, [version, ids]);
}

/** enabled=false: do not fetch yet (the header's search box wants the registry only once used). */
export function useDepartments(enabled = true): Resource<Departments> {
  // Not enabled: start nothing, so the entry stays absent and reads as loading.
  return useResource<Departments>('departments', () => (enabled ? loadDepartments() : new Promise<Departments>(() => {})));
}

export function useQuality(): Resource<Quality> {
  return useResource('quality', () => loadQuality());
}

export function useTaskStatus(): Resource<TaskStatus> {
  return useResource('status', () => loadTaskStatus());
}

export function useProgress(): Resource<Progress> {
  return useResource('progress', () => loadProgress());
}

export function useGeoIndex(): Resource<GeoIndex> {
  return useResource('geo:index', () => loadGeoIndex());
}

export function useComparison(): Resource<Comparison> {
  return useResource('comparison', () => loadComparison());
}
