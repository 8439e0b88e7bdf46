// React hooks over the data resources: { status, data?, error?, retry() }. Each file is fetched
// once (shared cache); retry drops failed entries and fetches them again.
import { useMemo, useSyncExternalStore } from 'react';
import type { Comparison, Departments, GeoIndex, Manifest, PolicyDocument, Progress, Quality } from '../../shared/schema';
import { dataCache, type ResourceState } from './cache';
import { loadGeoIndex } from './geo';
import { loadComparison, loadDepartments, loadDocument, loadManifest, loadProgress, loadQuality } from './resources';

export type Resource<T> = ResourceState<T> & { retry: () => void };

const retry = () => dataCache.invalidateErrors();
const noop = () => {};

function useCacheVersion(): number {
  return useSyncExternalStore(dataCache.subscribe, dataCache.getVersion, dataCache.getVersion);
}

export function useResource<T>(key: string, start: () => Promise<T>): Resource<T> {
  useCacheVersion();
  // Starting the load during render is idempotent (the cache keeps one promise per key), so a
  // retry's invalidation simply makes the next render fetch again.
  if (!dataCache.has(key)) start().catch(noop);
  return { ...dataCache.get<T>(key), retry };
}

export function useManifest(): Resource<Manifest> {
  return useResource('manifest', () => loadManifest());
}

export function useDocument(docId: string): Resource<PolicyDocument> {
  return useResource(`doc:${docId}`, () => loadDocument(docId));
}

/** Several documents at once: ready when all are, error when any failed (the first error shown). */
export function useDocuments(docIds: readonly string[]): Resource<PolicyDocument[]> {
  const version = useCacheVersion();
  for (const id of docIds) if (!dataCache.has(`doc:${id}`)) loadDocument(id).catch(noop);
  const ids = docIds.join('\u0000');
  // Memoised on the cache version so `data` keeps its identity between renders (views use it in deps).
  return useMemo((): Resource<PolicyDocument[]> => {
    const states = docIds.map((id) => dataCache.get<PolicyDocument>(`doc:${id}`));
    const failed = states.find((s) => s.status === 'error');
    if (failed) return { status: 'error', error: failed.error!, retry };
    if (states.some((s) => s.status === 'loading')) return { status: 'loading', retry };
    return { status: 'ready', data: states.map((s) => s.data!), retry };
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

export function useProgress(): Resource<Progress> {
  return useResource('progress', () => loadProgress());
}

export function useGeoIndex(): Resource<GeoIndex> {
  return useResource('geo:index', () => loadGeoIndex());
}

export function useComparison(): Resource<Comparison> {
  return useResource('comparison', () => loadComparison());
}
