// The heatmap's URL state: ?m=tasks|sections&order=…&section=…&cat=a,b&kinds=…&q=…
// Parsed at the edge; a bad value falls back to the default and is reported so the view can say so.
import type { DepartmentKind } from '../../../shared/schema';
import { DEPARTMENT_KINDS } from '../../../shared/department-kinds';

const KINDS: ReadonlySet<string> = new Set(DEPARTMENT_KINDS);
import type { HeatmapFilters } from './filters';
import { isOrdering, type Ordering } from './order';
import type { MatrixKind } from './types';

export interface HeatmapParams {
  matrix: MatrixKind;
  ordering: Ordering;
  filters: HeatmapFilters;
  /** ?colour=status: cells coloured by the task's 督办 status (task matrix); absent: by role. */
  colour?: 'status';
}

export type RawParams = Partial<Record<'m' | 'order' | 'section' | 'cat' | 'kinds' | 'q' | 'colour', string | null>>;

export const DEFAULT_ORDERING: Ordering = 'workload';

export function parseHeatmapParams(raw: RawParams): { params: HeatmapParams; invalid: [string, string][] } {
  const invalid: [string, string][] = [];
  let matrix: MatrixKind = 'tasks';
  if (raw.m === 'sections' || raw.m === 'tasks') matrix = raw.m;
  else if (raw.m) invalid.push(['m', raw.m]);
  let ordering = DEFAULT_ORDERING;
  if (isOrdering(raw.order)) ordering = raw.order;
  else if (raw.order) invalid.push(['order', raw.order]);
  let kinds: DepartmentKind[] | null = null;
  if (raw.kinds) {
    const list = raw.kinds.split(',');
    const ok = list.filter((k): k is DepartmentKind => KINDS.has(k));
    if (ok.length !== list.length) invalid.push(['kinds', raw.kinds]);
    kinds = ok.length ? ok : null;
  }
  // '' is a real category value (uncategorised), so cat="" with a comma list is kept as written.
  const categories = raw.cat != null && raw.cat !== '' ? raw.cat.split(',').map((c) => (c === '-' ? '' : c)) : null;
  if (raw.colour && raw.colour !== 'status') invalid.push(['colour', raw.colour]);
  return {
    params: { matrix, ordering, filters: { section: raw.section || null, categories, kinds, search: raw.q ?? '' }, ...(raw.colour === 'status' ? { colour: 'status' as const } : {}) },
    invalid,
  };
}

export function serialiseHeatmapParams(p: HeatmapParams): Record<string, string | null> {
  return {
    m: p.matrix === 'tasks' ? null : p.matrix,
    order: p.ordering === DEFAULT_ORDERING ? null : p.ordering,
    section: p.filters.section,
    cat: p.filters.categories ? p.filters.categories.map((c) => (c === '' ? '-' : c)).join(',') : null,
    kinds: p.filters.kinds ? p.filters.kinds.join(',') : null,
    q: p.filters.search || null,
    colour: p.colour ?? null,
  };
}

/**
 * The section and category filters the document does not have: [param, value] pairs for the
 * notice and the URL patch that drops them.
 */
export function unknownFilterValues(
  filters: HeatmapParams['filters'],
  sections: readonly { key: string }[],
  categories: readonly { category: string }[],
): { bad: [string, string][]; patch: Record<string, string | null> } {
  const bad: [string, string][] = [];
  const patch: Record<string, string | null> = {};
  if (filters.section !== null && !sections.some((s) => s.key === filters.section)) {
    bad.push(['section', filters.section]);
    patch.section = null;
  }
  if (filters.categories) {
    const known = new Set(categories.map((c) => c.category));
    const unknown = filters.categories.filter((c) => !known.has(c));
    if (unknown.length) {
      bad.push(['cat', unknown.map((c) => (c === '' ? '-' : c)).join(',')]);
      const kept = filters.categories.filter((c) => known.has(c));
      patch.cat = kept.length ? kept.map((c) => (c === '' ? '-' : c)).join(',') : null;
    }
  }
  return { bad, patch };
}
