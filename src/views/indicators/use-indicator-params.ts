// The view's state in the URL: four filters, table sort, tab and comparison toggle. A value that
// is not among the data's choices is dropped (reported as a bad parameter) instead of showing nothing.
import { useCallback, useMemo } from 'react';
import { useAtlasStore, useUrlParam } from '../../kernel/router/url-state';
import type { Facet, Filters } from '../../kernel/targets/catalogue';
import { SORT_KEYS, type SortDir, type SortKey } from './model/sort';

export const FILTER_PARAMS = { province: 'province', doc: 'doc', year: 'year', category: 'cat', unit: 'unit' } as const;

export function useIndicatorParams() {
  const [province, setProvince] = useUrlParam(FILTER_PARAMS.province);
  const [doc, setDoc] = useUrlParam(FILTER_PARAMS.doc);
  const [year, setYear] = useUrlParam(FILTER_PARAMS.year);
  const [category, setCategory] = useUrlParam(FILTER_PARAMS.category);
  const [unit, setUnit] = useUrlParam(FILTER_PARAMS.unit);
  const [sort] = useUrlParam('sort');
  const [dir] = useUrlParam('dir');
  const setParams = useAtlasStore((s) => s.setParams);
  const [tab, setTab] = useUrlParam('tab');
  const [compare, setCompare] = useUrlParam('compare');
  const [achieved] = useUrlParam('achieved');
  const requested: Filters = useMemo(() => ({ province, doc, year, category, unit }), [province, doc, year, category, unit]);
  // Stable while the URL changes (the setters are), so the memoised filter bar is not redrawn on every change.
  const setFilter = useCallback(
    (k: keyof Filters, v: string | null) => ({ province: setProvince, doc: setDoc, year: setYear, category: setCategory, unit: setUnit })[k](v),
    [setProvince, setDoc, setYear, setCategory, setUnit],
  );
  // One history entry for the whole reset, so Back restores all the filters at once.
  const clear = useCallback(() => setParams({ province: null, doc: null, year: null, cat: null, unit: null }), [setParams]);
  const sortKey: SortKey | null = (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : null;
  const badOptions = useMemo(() => badOptionParams({ tab, sort, dir, compare, achieved }), [tab, sort, dir, compare, achieved]);
  return {
    /** tab, sort, dir, compare, achieved values that are not among their choices (shown as notices; defaults used). */
    badOptions,
    requested,
    setFilter,
    clear,
    sortKey,
    sortDir: (dir === 'desc' ? 'desc' : 'asc') as SortDir,
    setSort: (k: SortKey, d: SortDir) => setParams({ sort: k, dir: d }, { replace: true }),
    tab: tab === 'table' ? 'table' : 'cards',
    setTab: (v: 'cards' | 'table') => setTab(v === 'cards' ? null : v),
    includeAchieved: achieved === '1',
    /**
     * Turn the achieved figures on or off. Off, `targetFacets` (the choices among targets alone)
     * says which of the current filters no longer apply; they go in the same history entry, so a
     * year only achieved figures have (?year=2022) is dropped instead of reported as invalid.
     */
    setIncludeAchieved: (on: boolean, filters: Filters, targetFacets: Record<keyof Filters, Facet[]>) =>
      setParams(includeAchievedPatch(on, filters, targetFacets)),
    compareOpen: compare === '1',
    setCompareOpen: (open: boolean) => setCompare(open ? '1' : null),
  } as const;
}

/** Drop requested values that are not among all available choices; return the bad ones for a notice. */
export function validFilters(requested: Filters, all: Record<keyof Filters, Facet[]>): { filters: Filters; bad: [string, string][] } {
  const filters = { ...requested };
  const bad: [string, string][] = [];
  for (const k of Object.keys(filters) as (keyof Filters)[]) {
    const v = filters[k];
    if (v !== null && !all[k].some((f) => f.value === v)) {
      bad.push([FILTER_PARAMS[k], v]);
      filters[k] = null;
    }
  }
  return { filters, bad };
}

/**
 * A scoped catalogue (beyond the budget one province's shard is loaded: the one asked for, else the
 * document's, else the first) shows one province whether or not the URL names it; its filters say
 * so, so the province menu reads that province instead of 全部 (all), and documents imported in
 * this browser from other provinces are not mixed into it. `choices`: the province menu's values.
 */
export function scopedFilters(filters: Filters, scopedProvince: string | null, choices: readonly Facet[]): Filters {
  if (filters.province !== null || scopedProvince === null || !choices.some((f) => f.value === scopedProvince)) return filters;
  return { ...filters, province: scopedProvince };
}

/**
 * The URL change for the "include achieved" box: the flag, and when it is turned off, every
 * current filter whose value the targets alone do not have (the user chose it among achieved
 * figures; nothing they typed was invalid, so it is dropped without a notice).
 */
export function includeAchievedPatch(on: boolean, filters: Filters, targetFacets: Record<keyof Filters, Facet[]>): Record<string, string | null> {
  const patch: Record<string, string | null> = { achieved: on ? '1' : null };
  if (!on) for (const [param] of validFilters(filters, targetFacets).bad) patch[param] = null;
  return patch;
}

/** The choices of the view's option parameters (absent = the default). */
const OPTION_CHOICES: Record<'tab' | 'sort' | 'dir' | 'compare' | 'achieved', readonly string[]> = {
  tab: ['cards', 'table'],
  sort: SORT_KEYS,
  dir: ['asc', 'desc'],
  compare: ['1'],
  achieved: ['1'],
};

/** Option parameters whose value is not one of their choices: [param, value] for a notice. */
export function badOptionParams(values: Record<keyof typeof OPTION_CHOICES, string | null>): [string, string][] {
  return (Object.keys(OPTION_CHOICES) as (keyof typeof OPTION_CHOICES)[]).flatMap((k): [string, string][] => {
    const v = values[k];
    return v !== null && !OPTION_CHOICES[k].includes(v) ? [[k, v]] : [];
  });
}
