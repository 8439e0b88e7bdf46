// The search box and the results page share this hook: it loads the search engine chunk and
// search/core.json (departments, places, the shard list) on first use, then the task/target shards
// a query needs — those of the provinces the query names or the page is about, then the newest —
// within a byte budget, so a keystroke never waits for the whole corpus (issue 11).
import { useMemo, useSyncExternalStore } from 'react';
import type { SearchCore, SearchDocFacts } from '../../shared/schema';
import { lazySchema } from '../../kernel/data/schemas';
import { dataCache } from '../../kernel/data/cache';
import { indexKeys, loadLookup } from '../../kernel/data/indexes';
import { loadJson } from '../../kernel/data/loader';
import { loadLocal, loaderOptions } from '../../kernel/data/resources';
import { readLocalShard } from '../../kernel/data/local-documents';
import { useAtlasStore } from '../../kernel/router/url-state';
import { decodeParam } from '../../kernel/router/route-param';
import type { CoreIndex, SearchResults, ShardIndex } from './engine';
import type { CoreEntry } from '../../shared/search-text';

type Engine = typeof import('./engine');
interface Core {
  engine: Engine;
  index: CoreIndex;
  shards: SearchCore['shards'];
  /** Provinces of the documents imported in this browser (no lookup shard knows them). */
  localProvinces: ReadonlyMap<string, string>;
}

/** A shard's index and the facts of its documents (what its hits cite). */
interface Shard {
  index: ShardIndex;
  facts: readonly SearchDocFacts[];
}

const opts = () => ({ ...loaderOptions, fresh: dataCache.retries > 0 });

function loadCore(): Promise<Core> {
  return dataCache.load('search:core', async () => {
    const [engine, core, local] = await Promise.all([import('./engine'), loadJson('search/core.json', lazySchema('searchCore'), opts()), loadLocal(dataCache)]);
    const index = engine.openCore(core);
    // Documents imported in this browser: their departments and places join the core (the built
    // entry wins when both have one; a name group the build has gains the local departments it
    // lacks), their shards the list (pipeline/browser made them at import).
    for (const l of local) {
      for (const e of l.search.core) {
        const had = index.getStoredFields(e.id) as { at?: CoreEntry['at'] } | undefined;
        if (!had?.at) index.add(e);
        else {
          // By department id: a row stored before unitRef holds the whole id.
          const key = (ref: string) => (e.kind === 'unit' ? engine.unitId(ref, e.label) : ref);
          const known = new Set(had.at.map(([ref]) => key(ref)));
          const extra = e.at.filter(([ref]) => !known.has(key(ref)));
          if (extra.length) index.replace({ ...e, at: [...had.at, ...extra] });
        }
      }
    }
    const localProvinces = new Map(local.map((l) => [l.id, l.entry.provinceCode]));
    return { engine, index, shards: [...core.shards, ...local.map((l) => l.search.meta)], localProvinces };
  });
}

function loadShard(engine: Engine, file: string, id: string): Promise<Shard> {
  return dataCache.load(`search:shard:${id}`, async () => {
    if (id.startsWith('local-')) {
      const shard = await readLocalShard(id.slice('local-'.length));
      if (!shard) throw new Error(`${file}: the local document is no longer stored`);
      return { index: await engine.openShardAsync(shard), facts: shard.facts };
    }
    const shard = await loadJson(file, lazySchema('searchShard'), opts());
    return { index: await engine.openShardAsync(shard), facts: shard.facts };
  });
}

/**
 * The province the current page is about (a map, a document, a place, a department), if any. A
 * document's comes from its lookup shard (`docProvince`; the reader has loaded it), never the manifest.
 */
export function pageProvince(path: string, docProvince: (docId: string) => string | null): string | null {
  const [, view, raw] = path.split('/');
  // A malformed escape in the address (/doc/%E0%A4%A) must not throw here: the header renders on every page.
  const param = decodeParam(raw);
  if (view === 'map' && /^\d{6}$/.test(param)) return param;
  if (view === 'place' && /^\d{6}$/.test(param)) return `${param.slice(0, 2)}0000`;
  if (view === 'department' && /^\d{6}:/.test(param)) return param.slice(0, 6);
  if ((view === 'doc' || view === 'heatmap') && param) return docProvince(param);
  return null;
}

/** A document's province from its lookup shard (loaded on demand, cached) or the local list. */
function docProvinceOf(core: Core): (docId: string) => string | null {
  return (docId) => {
    const local = core.localProvinces.get(docId);
    if (local) return local;
    const key = indexKeys.lookup(docId);
    if (!dataCache.has(key)) loadLookup(docId).catch(noop);
    const st = dataCache.get<import('../../shared/schema').LookupShard>(key);
    return st.status === 'ready' ? (st.data.documents.find((d) => d.id === docId)?.provinceCode ?? null) : null;
  };
}

export interface SearchState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  results: SearchResults | null;
  error?: Error;
  /** Documents whose tasks and targets were searched, of all documents in the index. */
  searchedDocs: number;
  totalDocs: number;
  /** Shards wanted but still loading. */
  pending: number;
  /** The documents of the searched shards (what their hits cite), by id. */
  docs: ReadonlyMap<string, SearchDocFacts>;
}

const NO_DOCS: ReadonlyMap<string, SearchDocFacts> = new Map();

const noop = () => {};

/** One memo per hook user is enough: renders come from every data load in the cache, not only from typing. */
function memoSearch() {
  let last: { key: unknown[]; value: SearchResults } | null = null;
  return (key: unknown[], run: () => SearchResults): SearchResults => {
    if (last && last.key.length === key.length && last.key.every((k, i) => k === key[i])) return last.value;
    last = { key, value: run() };
    return last.value;
  };
}

export function useSearch(query: string, { enabled, budgetBytes }: { enabled: boolean; budgetBytes: number }): SearchState {
  useSyncExternalStore(dataCache.subscribe, dataCache.getVersion, dataCache.getVersion);
  const memoFirst = useMemo(memoSearch, []);
  const memoAll = useMemo(memoSearch, []);
  const memoDocs = useMemo(() => {
    let last: { shards: Shard[]; value: Map<string, SearchDocFacts> } | null = null;
    return (shards: Shard[]) => {
      if (last && last.shards.length === shards.length && last.shards.every((x, i) => x === shards[i])) return last.value;
      last = { shards, value: new Map(shards.flatMap((x) => x.facts.map((f) => [f.id, f] as const))) };
      return last.value;
    };
  }, []);
  const path = useAtlasStore((s) => s.path);
  if (enabled && !dataCache.has('search:core')) loadCore().catch(noop);
  const coreState = dataCache.get<Core>('search:core');

  const none = { results: null, searchedDocs: 0, totalDocs: 0, pending: 0, docs: NO_DOCS };
  if (!enabled) return { status: 'idle', ...none };
  if (coreState.status === 'error') return { status: 'error', ...none, error: coreState.error };
  if (coreState.status === 'loading') return { status: 'loading', ...none };
  const core = coreState.data;
  const { engine } = core;
  const here = pageProvince(path, docProvinceOf(core));
  const totalDocs = core.shards.reduce((n, s) => n + s.docs, 0);
  // The named provinces come from the core index alone, before any shard is read.
  const first = memoFirst([query, core], () => engine.runSearch(query, core.index, [], NO_DOCS));
  const provinces = [...engine.namedProvinces(first), ...(here ? [here] : [])];
  const wanted = engine.pickShards(core.shards, provinces, budgetBytes);
  const loaded: Shard[] = [];
  let searchedDocs = 0;
  let pending = 0;
  let error: Error | undefined;
  for (const s of wanted) {
    const key = `search:shard:${s.id}`;
    if (!dataCache.has(key)) loadShard(engine, s.file, s.id).catch(noop);
    const st = dataCache.get<Shard>(key);
    if (st.status === 'ready') {
      loaded.push(st.data);
      searchedDocs += s.docs;
    } else if (st.status === 'error') error ??= st.error;
    else pending++;
  }
  const docs = memoDocs(loaded);
  const results = loaded.length ? memoAll([query, core, docs, ...loaded], () => engine.runSearch(query, core.index, loaded.map((x) => x.index), docs)) : first;
  return { status: error ? 'error' : 'ready', results, error, searchedDocs, totalDocs, pending, docs };
}
