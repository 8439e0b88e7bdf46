// The search box and the results page share this hook: it loads the search engine chunk and
// search/core.json (departments, places, the shard list) on first use, then the task/target shards
// a query needs — those of the provinces the query names or the page is about, then the newest —
// within a byte budget, so a keystroke never waits for the whole corpus (issue 11).
import { useMemo, useSyncExternalStore } from 'react';
import type { Manifest } from '../../shared/schema';
import { lazySchema } from '../../kernel/data/schemas';
import { dataCache } from '../../kernel/data/cache';
import { useResource } from '../../kernel/data/hooks';
import { loadManifest } from '../../kernel/data/resources';
import { loadJson } from '../../kernel/data/loader';
import { loadLocal, loaderOptions } from '../../kernel/data/resources';
import { readLocalShard } from '../../kernel/data/local-documents';
import { useAtlasStore } from '../../kernel/router/url-state';
import { decodeParam } from '../../kernel/router/route-param';
import type { CoreIndex, DocFacts, SearchResults, ShardIndex } from './engine';

type Engine = typeof import('./engine');
interface Core {
  engine: Engine;
  index: CoreIndex;
  shards: import('../../shared/schema').SearchCore['shards'];
}

const opts = () => ({ ...loaderOptions, fresh: dataCache.retries > 0 });

function loadCore(): Promise<Core> {
  return dataCache.load('search:core', async () => {
    const [engine, core, local] = await Promise.all([import('./engine'), loadJson('search/core.json', lazySchema('searchCore'), opts()), loadLocal(dataCache)]);
    const index = engine.openCore(core);
    // Documents imported in this browser: their departments and places join the core (the built
    // entry wins when both have one), their shards the list (pipeline/browser made them at import).
    for (const l of local) index.addAll(l.search.core.filter((e) => !index.has(e.id)));
    return { engine, index, shards: [...core.shards, ...local.map((l) => l.search.meta)] };
  });
}

function loadShard(engine: Engine, file: string, id: string): Promise<ShardIndex> {
  return dataCache.load(`search:shard:${id}`, async () => {
    if (id.startsWith('local-')) {
      const shard = await readLocalShard(id.slice('local-'.length));
      if (!shard) throw new Error(`${file}: the local document is no longer stored`);
      return engine.openShard(shard);
    }
    return engine.openShard(await loadJson(file, lazySchema('searchShard'), opts()));
  });
}

/** The province the current page is about (a map, a document, a place, a department), if any. */
export function pageProvince(path: string, manifest: Manifest | undefined): string | null {
  const [, view, raw] = path.split('/');
  // A malformed escape in the address (/doc/%E0%A4%A) must not throw here: the header renders on every page.
  const param = decodeParam(raw);
  if (view === 'map' && /^\d{6}$/.test(param)) return param;
  if (view === 'place' && /^\d{6}$/.test(param)) return `${param.slice(0, 2)}0000`;
  if (view === 'department' && /^\d{6}:/.test(param)) return param.slice(0, 6);
  if (view === 'doc' || view === 'heatmap') return manifest?.documents.find((d) => d.id === param)?.provinceCode ?? null;
  return null;
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
}

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
  // The manifest (titles for the results) only once the box is used: every view has the box, and
  // the manifest grows with the corpus.
  const manifest = useResource<Manifest>('manifest', () => (enabled ? loadManifest() : new Promise<Manifest>(() => {})));
  const path = useAtlasStore((s) => s.path);
  if (enabled && !dataCache.has('search:core')) loadCore().catch(noop);
  const coreState = dataCache.get<Core>('search:core');
  const m = manifest.status === 'ready' ? manifest.data : undefined;
  const docs = useMemo(() => new Map<string, DocFacts>((m?.documents ?? []).map((d) => [d.id, { title: d.title, province: d.province }])), [m]);
  const here = pageProvince(path, m);

  if (!enabled) return { status: 'idle', results: null, searchedDocs: 0, totalDocs: 0, pending: 0 };
  if (coreState.status === 'error') return { status: 'error', results: null, error: coreState.error, searchedDocs: 0, totalDocs: 0, pending: 0 };
  if (coreState.status === 'loading') return { status: 'loading', results: null, searchedDocs: 0, totalDocs: 0, pending: 0 };
  const core = coreState.data;
  const { engine } = core;
  const totalDocs = core.shards.reduce((n, s) => n + s.documents.length, 0);
  // The named provinces come from the core index alone, before any shard is read.
  const first = memoFirst([query, core, docs], () => engine.runSearch(query, core.index, [], docs));
  const provinces = [...engine.namedProvinces(first), ...(here ? [here] : [])];
  const wanted = engine.pickShards(core.shards, provinces, budgetBytes);
  const loaded: ShardIndex[] = [];
  let searchedDocs = 0;
  let pending = 0;
  let error: Error | undefined;
  for (const s of wanted) {
    const key = `search:shard:${s.id}`;
    if (!dataCache.has(key)) loadShard(engine, s.file, s.id).catch(noop);
    const st = dataCache.get<ShardIndex>(key);
    if (st.status === 'ready') {
      loaded.push(st.data);
      searchedDocs += s.documents.length;
    } else if (st.status === 'error') error ??= st.error;
    else pending++;
  }
  const results = loaded.length ? memoAll([query, core, docs, ...loaded], () => engine.runSearch(query, core.index, loaded, docs)) : first;
  return { status: error ? 'error' : 'ready', results, error, searchedDocs, totalDocs, pending };
}
