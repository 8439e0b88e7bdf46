// The overview's filters and pages over the overview index: which (province, year) shards hold the
// documents of one page, so the view fetches those few shards and never a list of every document.
// Pure: index + filters + page → counts and a plan.
import type { DocumentSummary, OverviewIndex } from '../../../shared/schema';

export interface OverviewFilters {
  province: string | null;
  year: string | null;
  genre: string | null;
  /** A scope id, 'none' for documents whose level of government is not known. */
  scope: string | null;
}

export const NO_OVERVIEW_FILTERS: OverviewFilters = { province: null, year: null, genre: null, scope: null };
export const PAGE_SIZE = 24;

type Shard = OverviewIndex['shards'][number];
const scopeKey = (s: string | null) => (s === null || s === '' ? 'none' : s);

function comboMatches(genre: string, scope: string, f: OverviewFilters): boolean {
  return (f.genre === null || genre === f.genre) && (f.scope === null || scopeKey(scope) === f.scope);
}

function shardMatches(s: Shard, f: OverviewFilters): number {
  if ((f.province !== null && s.provinceCode !== f.province) || (f.year !== null && s.year !== f.year)) return 0;
  return s.combos.reduce((n, [g, sc, c]) => (comboMatches(g, sc, f) ? n + c : n), 0);
}

export function summaryMatches(d: DocumentSummary, f: OverviewFilters): boolean {
  return (f.province === null || d.provinceCode === f.province) &&
    (f.year === null || (d.year === null ? 'none' : String(d.year)) === f.year) &&
    comboMatches(d.genre, d.scope ?? '', f);
}

export interface Facet { value: string; count: number }
export type OverviewFacets = Record<keyof OverviewFilters, Facet[]>;

/** Choices of each filter with their counts under the other three filters (as the indicators do). */
export function overviewFacets(index: OverviewIndex, f: OverviewFilters): OverviewFacets {
  const count = (key: keyof OverviewFilters) => {
    const others = { ...f, [key]: null };
    const m = new Map<string, number>();
    const add = (v: string, n: number) => n > 0 && m.set(v, (m.get(v) ?? 0) + n);
    for (const s of index.shards) {
      if (key === 'province') add(s.provinceCode, shardMatches(s, others));
      else if (key === 'year') add(s.year, shardMatches(s, others));
      else {
        if ((others.province !== null && s.provinceCode !== others.province) || (others.year !== null && s.year !== others.year)) continue;
        for (const [g, sc, c] of s.combos) if (comboMatches(g, sc, others)) add(key === 'genre' ? g : scopeKey(sc), c);
      }
    }
    return [...m].map(([value, n]) => ({ value, count: n }));
  };
  const provinceOrder = new Map(index.provinces.map((p, i) => [p.code, i]));
  return {
    province: count('province').sort((a, b) => provinceOrder.get(a.value)! - provinceOrder.get(b.value)!),
    // Newest first; an unstated year last.
    year: count('year').sort((a, b) => (a.value === 'none' ? 1 : b.value === 'none' ? -1 : Number(b.value) - Number(a.value))),
    genre: count('genre'),
    scope: count('scope'),
  };
}

/** Drop filter values that are not among the index's choices; report them. */
export function validOverviewFilters(requested: OverviewFilters, index: OverviewIndex): { filters: OverviewFilters; bad: Array<[string, string]> } {
  const all = overviewFacets(index, NO_OVERVIEW_FILTERS);
  const filters = { ...requested };
  const bad: Array<[string, string]> = [];
  for (const k of Object.keys(filters) as (keyof OverviewFilters)[]) {
    const v = filters[k];
    if (v !== null && !all[k].some((x) => x.value === v)) {
      bad.push([k, v]);
      filters[k] = null;
    }
  }
  return { filters, bad };
}

export interface PagePlan {
  total: number;
  pages: number;
  page: number;
  /** Shards to fetch, with how many matching documents to skip and take from each. */
  parts: Array<{ provinceCode: string; year: string; skip: number; take: number }>;
}

export function planPage(index: OverviewIndex, f: OverviewFilters, requestedPage: number, size = PAGE_SIZE): PagePlan {
  const counts = index.shards.map((s) => shardMatches(s, f));
  const total = counts.reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pages);
  const from = (page - 1) * size;
  const to = Math.min(total, from + size);
  const parts: PagePlan['parts'] = [];
  let at = 0;
  index.shards.forEach((s, i) => {
    const n = counts[i];
    if (n > 0 && at + n > from && at < to) {
      const skip = Math.max(0, from - at);
      parts.push({ provinceCode: s.provinceCode, year: s.year, skip, take: Math.min(n - skip, to - at - skip) });
    }
    at += n;
  });
  return { total, pages, page, parts };
}

/** The page's documents from its fetched shards, grouped by province in index order. */
export function pageDocuments(plan: PagePlan, shards: readonly DocumentSummary[][], f: OverviewFilters): Array<{ provinceCode: string; documents: DocumentSummary[] }> {
  const groups: Array<{ provinceCode: string; documents: DocumentSummary[] }> = [];
  plan.parts.forEach((p, i) => {
    const docs = (shards[i] ?? []).filter((d) => summaryMatches(d, f)).slice(p.skip, p.skip + p.take);
    const last = groups[groups.length - 1];
    if (last && last.provinceCode === p.provinceCode) last.documents.push(...docs);
    else groups.push({ provinceCode: p.provinceCode, documents: docs });
  });
  return groups;
}
