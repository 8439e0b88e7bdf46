// The search itself, over the indexes the pipeline built (pipeline/search): open them with
// MiniSearch's loader, run a query, group and rank the hits. Pure apart from MiniSearch; loaded
// as its own chunk when the search box is first used (the first view does not carry it).
//
// Ranking: a department or place the query names comes first (发改委 → 省发展改革委 before the
// tasks that mention it; on a phone the tasks would push it below the fold), then targets, then
// tasks; departments and places the query only touches (发展 inside 省发展改革委) come last.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchCore, SearchDocFacts, SearchShard } from '../../shared/schema';
import { coreOptions, normalise, queryTerms, shardOptions, unitId, type CoreEntry, type ShardEntry } from '../../shared/search-text';

/** For the local entries merged into the core (useSearch): the department id of a unit row. */
export { unitId };
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import { routePaths } from '../../kernel/router/paths';

export type HitKind = 'unit' | 'place' | 'target' | 'task';
export const HIT_KINDS: readonly HitKind[] = ['unit', 'place', 'target', 'task'];

export interface SearchHit {
  kind: HitKind;
  /** Stable key for lists and aria ids. */
  key: string;
  label: string;
  /** Secondary line: the province or document, a figure, a count. */
  detail: string;
  href: string;
  /** Tasks and targets: the document they come from. */
  docId?: string;
  /**
   * How well a department or place matches: 2 the query is one of its names (武汉, wuhan), 1 the
   * query names it (发改委 for 省发改委), 0 it merely touches it (发展 in 省发展改革委). Always 0 for tasks and targets.
   */
  quality: 0 | 1 | 2;
  score: number;
}

export interface SearchResults {
  /** Groups in display order. */
  order: HitKind[];
  groups: Record<HitKind, SearchHit[]>;
}

export type CoreIndex = MiniSearch<CoreEntry>;
export type ShardIndex = MiniSearch<ShardEntry>;

export const openCore = (core: SearchCore): CoreIndex => MiniSearch.loadJS(core.index as Parameters<typeof MiniSearch.loadJS>[0], coreOptions);
export const openShard = (shard: SearchShard): ShardIndex => MiniSearch.loadJS(shard.index as Parameters<typeof MiniSearch.loadJS>[0], shardOptions);
/**
 * The same index, opened in batches with pauses between them (MiniSearch's loadJSAsync). A shard
 * takes 35–80 ms to open on this machine, and shards arrive while the user types: opened in one
 * task, each held back the frame that showed the keystroke's results (issue 11).
 */
export const openShardAsync = (shard: SearchShard): Promise<ShardIndex> => MiniSearch.loadJSAsync(shard.index as Parameters<typeof MiniSearch.loadJS>[0], shardOptions);

/** Document facts the hit lines show (carried by the shard the hit comes from). */
export type DocFacts = Pick<SearchDocFacts, 'title' | 'province'>;

/**
 * Does the query name this department or place? A pinyin/initials hit does (fgw, wuhan); Chinese
 * does when it is written inside one of its names and covers a good part of it (发改委 in 省发改委,
 * 武汉 in 武汉市), not when it is a common word inside a long name (发展 in 省发展改革委).
 */
export function matchQuality(query: string, names: readonly string[], result: Pick<SearchResult, 'match'>): 0 | 1 | 2 {
  const q = normalise(query).replace(/\s+/g, '');
  if (!q) return 0;
  if (names.some((n) => normalise(n) === q)) return 2;
  if (/^[a-z0-9 .]+$/.test(normalise(query).trim())) {
    const py = Object.entries(result.match).filter(([, fields]) => fields.includes('py')).map(([term]) => term);
    if (py.length === 0) return 0;
    // wuhan is the whole reading of 武汉, only the start of wuhanhaiguan (武汉海关).
    return py.includes(q) ? 2 : 1;
  }
  const len = [...q].length;
  return names.some((n) => len >= 2 && normalise(n).includes(q) && len / [...normalise(n)].length >= 0.4) ? 1 : 0;
}

/** A core result as hits: a name group gives one hit per department carrying the names (one per province). */
function coreHits(r: SearchResult, query: string): SearchHit[] {
  const names = r.names as string[];
  const at = r.at as CoreEntry['at'];
  const quality = matchQuality(query, names, r);
  if (r.kind === 'unit') {
    return at.map(([ref, province, tasks]) => {
      const id = unitId(ref, r.label as string);
      return {
        kind: 'unit', key: `unit:${id}`, label: r.label as string,
        // 省发展改革委 exists in 山西 and 湖北: the province tells the two results apart.
        detail: `${province} · ${t.search.taskCount(tasks)}`,
        href: routePaths.department(id), quality, score: r.score,
      };
    });
  }
  const [[code, , tasks]] = at;
  // Show the place under the name the user typed when the documents write several (泽州县, 晋城).
  const q = normalise(query).replace(/\s+/g, '');
  const label = names.find((n) => n !== code && normalise(n).includes(q)) ?? (r.label as string);
  return [{
    kind: 'place', key: `place:${code}`, label,
    // The count is for the whole prefecture-level region the name resolves to (泽州县 → 140500).
    detail: t.search.placeDetail(code, tasks),
    href: routePaths.place(code), quality, score: r.score,
  }];
}

function shardHit(r: SearchResult, docs: ReadonlyMap<string, DocFacts>): SearchHit {
  const docId = r.docId as string;
  const doc = docs.get(docId);
  const docTitle = doc?.title ?? docId;
  if (r.kind === 'task') {
    return {
      kind: 'task', key: `task:${docId}:${r.ref as string}`, label: r.label as string,
      detail: doc ? `${doc.province} · ${docTitle}` : docTitle,
      href: `${routePaths.doc(docId)}?task=${encodeURIComponent(r.ref as string)}`, docId, quality: 0, score: r.score,
    };
  }
  const figure = r.figure as ShardEntry['figure'] & object;
  const taskId = r.taskId as string | null;
  const span = r.span as [number, number];
  return {
    kind: 'target', key: `target:${docId}:${r.ref as string}`,
    label: `${r.label as string} ${formatTarget({ ...figure, comparator: figure.comparator as never, kind: figure.kind as never, name: r.label as string })}`,
    detail: `${figure.targetYear ? `${figure.targetYear}年 · ` : ''}${docTitle}`,
    href: taskId ? `${routePaths.doc(docId)}?task=${encodeURIComponent(taskId)}` : `${routePaths.doc(docId)}?at=${span[0]}-${span[1]}`,
    docId, quality: 0, score: r.score,
  };
}

/** Best match first, then by score, then the shorter label (the closer match). */
const byRank = (a: SearchHit, b: SearchHit) => b.quality - a.quality || b.score - a.score || a.label.length - b.label.length;

/** All hits of `query`, grouped and ordered. Shards are searched as given (the caller chose which are loaded). */
export function runSearch(query: string, core: CoreIndex | null, shards: readonly ShardIndex[], docs: ReadonlyMap<string, DocFacts>): SearchResults {
  const groups: Record<HitKind, SearchHit[]> = { unit: [], place: [], target: [], task: [] };
  if (queryTerms(query).length === 0) return { order: [...HIT_KINDS], groups };
  if (core) for (const r of core.search(query)) for (const hit of coreHits(r, query)) groups[hit.kind].push(hit);
  for (const shard of shards) for (const r of shard.search(query)) {
    const hit = shardHit(r, docs);
    groups[hit.kind].push(hit);
  }
  for (const k of HIT_KINDS) groups[k].sort(byRank);
  const best = (k: HitKind) => groups[k][0]?.quality ?? 0;
  // The named group with the better match leads (武汉 the place before 武汉海关); ties: departments first.
  const named = (['unit', 'place'] as const).filter((k) => best(k) > 0).sort((a, b) => best(b) - best(a));
  const order: HitKind[] = [...named, 'target', 'task', ...(['unit', 'place'] as const).filter((k) => best(k) === 0)];
  return { order, groups };
}

/** The provinces a query's named departments and places belong to (their tasks are searched first). */
export function namedProvinces(results: SearchResults): string[] {
  const out = new Set<string>();
  for (const h of results.groups.unit) if (h.quality > 0) out.add(decodeURIComponent(h.href.split('/').pop()!).split(':')[0]);
  for (const h of results.groups.place) if (h.quality > 0) out.add(`${h.href.split('/').pop()!.slice(0, 2)}0000`);
  return [...out];
}

type ShardMeta = SearchCore['shards'][number];

/**
 * The shards to search within a byte budget (at least one): those of the given provinces first,
 * then the newest documents. At seed size every shard fits; at 3,000 documents two or three do.
 */
export function pickShards(shards: readonly ShardMeta[], provinces: readonly string[], budgetBytes: number): ShardMeta[] {
  const out: ShardMeta[] = [];
  let bytes = 0;
  for (const s of shardOrder(shards, provinces)) {
    if (out.length > 0 && bytes + s.bytes > budgetBytes) break;
    out.push(s);
    bytes += s.bytes;
  }
  return out;
}

/** Which shards to search, in order: those of the given provinces first, then the newest documents. */
export function shardOrder(shards: readonly ShardMeta[], provinces: readonly string[]): ShardMeta[] {
  const rank = (s: ShardMeta) => {
    const i = provinces.indexOf(s.provinceCode);
    return i < 0 ? provinces.length : i;
  };
  return [...shards].sort((a, b) => rank(a) - rank(b) || (b.newest ?? '').localeCompare(a.newest ?? '') || a.id.localeCompare(b.id));
}
