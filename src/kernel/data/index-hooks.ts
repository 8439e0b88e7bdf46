// React hooks over the build-time view indexes (indexes.ts) and this browser's local documents:
// { status, data?, error?, retry() } as hooks.ts. A view asks for its index and the documents the
// user opens; the several-shard hooks are ready when every shard is, in the order asked.
import { useMemo, useRef } from 'react';
import type { DocumentSummary, LookupShard, OverviewIndex, PlaceShard, TargetEntryRow, TargetsIndex } from '../../shared/schema';
import { dataCache } from './cache';
import { useCacheVersion, useResource, type Resource } from './hooks';
import { indexKeys, loadLookup, loadOverview, loadPlaceShard, loadSummaryShard, loadTargetShard, loadTargetsIndex } from './indexes';
import { loadLocal } from './resources';
import { keepSame } from '../lib/same-items';
import type { LocalSummary } from './local-documents';

const retry = () => dataCache.invalidateErrors();
const noop = () => {};
const never = <T,>() => new Promise<T>(() => {});

/** The overview index (small: one line per province × year shard). */
export function useOverviewIndex(): Resource<OverviewIndex> {
  return useResource(indexKeys.overview, () => loadOverview());
}

/** The lookup shard that holds `docId` (whether the id exists, its province and file). */
export function useLookup(docId: string, enabled = true): Resource<LookupShard> {
  return useResource(indexKeys.lookup(docId), () => (enabled ? loadLookup(docId) : never<LookupShard>()));
}

/** Documents imported in this browser (their summaries; none when it holds no local data). */
export function useLocalSummaries(): Resource<LocalSummary[]> {
  return useResource('local', () => loadLocal());
}

/** Several keyed loads at once, in the order asked; the first error wins, ready when all are. */
function useMany<T, R>(keys: string[], start: (i: number) => Promise<T>, combine: (data: T[]) => R): Resource<R> {
  const version = useCacheVersion();
  keys.forEach((k, i) => {
    if (!dataCache.has(k)) start(i).catch(noop);
  });
  const joined = keys.join('\u0000');
  // The same shards give the same `data` (by identity), however often the cache version moves.
  const last = useRef<{ parts: readonly T[]; data: R } | null>(null);
  return useMemo((): Resource<R> => {
    const states = keys.map((k) => dataCache.get<T>(k));
    const failed = states.find((s) => s.status === 'error');
    if (failed) return { status: 'error', error: failed.error!, retry };
    if (states.some((s) => s.status === 'loading')) return { status: 'loading', retry };
    const parts = states.map((s) => s.data as T);
    if (!last.current || keepSame(last.current.parts, parts) !== last.current.parts) last.current = { parts, data: combine(parts) };
    return { status: 'ready', data: last.current.data, retry };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keys by content; version stands for every state the cache holds.
  }, [version, joined]);
}

/** Summary shards (province × year), each as a list, in the order asked. */
export function useSummaryShards(shards: ReadonlyArray<{ provinceCode: string; year: string }>): Resource<DocumentSummary[][]> {
  const keys = shards.map((s) => indexKeys.summaries(s.provinceCode, s.year));
  return useMany(keys, (i) => loadSummaryShard(shards[i]!.provinceCode, shards[i]!.year), (d) => d);
}

export function useTargetsIndex(): Resource<TargetsIndex> {
  return useResource(indexKeys.targetsIndex, () => loadTargetsIndex());
}

/** The target rows of several provinces, concatenated in the order asked. */
export function useTargetShards(provinceCodes: readonly string[]): Resource<TargetEntryRow[]> {
  const keys = provinceCodes.map((c) => indexKeys.targets(c));
  return useMany(keys, (i) => loadTargetShard(provinceCodes[i]!), (d) => d.flat());
}

/** One province's place aggregates; code null: nothing is fetched (reads as loading). */
export function usePlaceShard(provinceCode: string | null): Resource<PlaceShard> {
  return useResource(provinceCode ? indexKeys.places(provinceCode) : 'index:places:none', () => (provinceCode ? loadPlaceShard(provinceCode) : never<PlaceShard>()));
}
