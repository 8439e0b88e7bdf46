// The place page's lists from the build-time index (index/place-items/<code>-<page>.json): a page
// holds PLACE_PAGE tasks and PLACE_PAGE targets of one region with their citations and documents,
// so the page reads one small file per 显示更多 and never a document. Rows travel as columns; each
// decoded row is checked with its row schema (in the validation worker, check-core.ts), a bad one
// named by file, field and row.
import { useMemo } from 'react';
import { indexFiles } from '../../shared/index-paths';
import type { PlaceItemDocument, PlaceItemsPage, PlaceTargetItem, PlaceTaskItem } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { dataCache, type ResourceCache } from './cache';
import { useCacheVersion, type Resource } from './hooks';
import { loadJsonRows } from './loader';
import { loaderOptions } from './options';
import { lazySchema } from './schemas';

export interface PlaceItems {
  code: string;
  /** Totals of the region's lists (every page, not only those loaded). */
  tasks: number;
  targets: number;
  pageSize: number;
  written: PlaceItemsPage['written'];
  documents: PlaceItemDocument[];
  taskItems: PlaceTaskItem[];
  targetItems: PlaceTargetItem[];
}

export const placeItemsKey = (code: string, page: number) => `index:${indexFiles.placeItems(code, page)}`;

/** One page; a region no built document names has no file: an empty list, not an error. */
export function loadPlaceItems(code: string, page: number, cache: ResourceCache = dataCache): Promise<PlaceItems> {
  const file = indexFiles.placeItems(code, page);
  return cache.load(placeItemsKey(code, page), async () => {
    type Decoded = Omit<PlaceItemsPage, 'taskItems' | 'targetItems'> & { taskItems: PlaceTaskItem[]; targetItems: PlaceTargetItem[] };
    const none: Decoded = { schemaVersion: SCHEMA_VERSION, code, page, pageSize: 1, tasks: 0, targets: 0, written: [], documents: [], taskItems: [], targetItems: [] };
    const p = await loadJsonRows<Decoded>(file, lazySchema('placeItemsPage'), { taskItems: 'placeTaskItem', targetItems: 'placeTargetItem' }, {
      ...loaderOptions,
      fresh: cache.retries > 0,
      whenMissing: page === 0 ? none : undefined,
    });
    return { code, tasks: p.tasks, targets: p.targets, pageSize: p.pageSize, written: p.written, documents: p.documents, taskItems: p.taskItems, targetItems: p.targetItems };
  });
}

const retry = () => dataCache.invalidateErrors();
const noop = () => {};

/**
 * Pages 0 … pages−1 of a region's list, joined in order. Ready once page 0 is in: `data` holds the
 * pages loaded so far (a later page still loading or failed is left out), `loading` says one is on
 * its way, `failed` names a later page that could not load. An error only when page 0 fails.
 */
export function usePlaceItems(code: string | null, pages: number): Resource<PlaceItems> & { loading: boolean; failed: Error | null } {
  const version = useCacheVersion();
  const n = code ? Math.max(1, pages) : 0;
  for (let i = 0; i < n; i++) if (!dataCache.has(placeItemsKey(code!, i))) loadPlaceItems(code!, i).catch(noop);
  return useMemo(() => {
    if (!code) return { status: 'loading', retry, loading: true, failed: null };
    const states = Array.from({ length: n }, (_, i) => dataCache.get<PlaceItems>(placeItemsKey(code, i)));
    const first = states[0]!;
    if (first.status === 'error') return { status: 'error', error: first.error, retry, loading: false, failed: null };
    if (first.status === 'loading') return { status: 'loading', retry, loading: true, failed: null };
    // The pages in order up to the first one not in yet.
    const ready: PlaceItems[] = [];
    for (const s of states) {
      if (s.status !== 'ready') break;
      ready.push(s.data);
    }
    const docs = new Map(ready.flatMap((p) => p.documents.map((d) => [d.id, d] as const)));
    const data: PlaceItems = {
      ...first.data,
      documents: [...docs.values()],
      taskItems: ready.flatMap((p) => p.taskItems),
      targetItems: ready.flatMap((p) => p.targetItems),
    };
    const failed = states.find((s) => s.status === 'error')?.error ?? null;
    return { status: 'ready', data, retry, loading: states.some((s) => s.status === 'loading'), failed };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for every state the cache holds.
  }, [version, code, n]);
}
