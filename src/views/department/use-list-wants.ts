// How many rows each list asks for: DEPARTMENT_PAGE at first, one step more per 显示更多. Kept in
// this history entry's state beside the scroll position (use-scroll-memory.ts), so Back from 出处
// shows the same rows again and the scroll position can be restored into them; a new filter starts
// the lists afresh.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DEPARTMENT_PAGE } from '../../shared/index-paths';
import { LISTS, type ListKind, type Wants } from './model/paging';

const KEY = 'atlasDepartmentWants';
const FIRST: Wants = { lead: DEPARTMENT_PAGE, support: DEPARTMENT_PAGE, unassigned: DEPARTMENT_PAGE };

function saved(filtersKey: string): Wants | null {
  const state: unknown = history.state;
  if (!state || typeof state !== 'object' || !(KEY in state)) return null;
  const v = (state as Record<string, unknown>)[KEY] as { filters?: unknown; wants?: Record<string, unknown> } | null;
  if (!v || v.filters !== filtersKey || !v.wants) return null;
  const wants = { ...FIRST };
  for (const l of LISTS) {
    const n = v.wants[l];
    if (typeof n === 'number' && Number.isInteger(n) && n >= DEPARTMENT_PAGE) wants[l] = n;
  }
  return wants;
}

/** `more(list, shown)`: the list shows `shown` rows (whole documents, so maybe more than it asked for); ask for a step beyond them. */
export function useListWants(filtersKey: string): { wants: Wants; more: (list: ListKind, shown: number) => void } {
  // Per filter: going back to an earlier filter (Back/Forward between this page's entries) shows its rows again.
  const [byFilters, setByFilters] = useState<Readonly<Record<string, Wants>>>({});
  const wants = useMemo(() => byFilters[filtersKey] ?? saved(filtersKey) ?? FIRST, [byFilters, filtersKey]);
  useEffect(() => {
    // Only a change is written: an entry without it reads as the first pages, and each replaceState
    // is a same-document navigation in the browser (~10 ms at load on this machine).
    const now = saved(filtersKey) ?? FIRST;
    if (LISTS.every((l) => now[l] === wants[l])) return;
    const s: unknown = history.state;
    history.replaceState({ ...(s && typeof s === 'object' ? s : {}), [KEY]: { filters: filtersKey, wants } }, '');
  }, [filtersKey, wants]);
  const more = useCallback(
    (list: ListKind, shown: number) => setByFilters((m) => {
      const w = m[filtersKey] ?? wants;
      return { ...m, [filtersKey]: { ...w, [list]: Math.max(w[list], shown) + DEPARTMENT_PAGE } };
    }),
    [filtersKey, wants],
  );
  return { wants, more };
}
