// Whether the counts table shows every document (显示全部 N 份文件). Kept in this history entry's
// state beside the lists' rows and the scroll position (use-list-wants.ts, use-scroll-memory.ts): Back
// from 出处 restores the scroll position into a page of the same height, so the table must come back
// as long as it was. Written again when the filters (a new entry) change.
import { useEffect, useState } from 'react';

const KEY = 'atlasDepartmentCountsExpanded';

const saved = (): boolean => {
  const state: unknown = history.state;
  return !!state && typeof state === 'object' && (state as Record<string, unknown>)[KEY] === true;
};

export function useCountsExpanded(filtersKey: string): [boolean, (expanded: boolean) => void] {
  const [expanded, setExpanded] = useState(saved);
  useEffect(() => {
    // Only a change is written: an entry without the key reads as collapsed, and each replaceState
    // is a same-document navigation in the browser (~10 ms at load on this machine).
    if (saved() === expanded) return;
    const s: unknown = history.state;
    history.replaceState({ ...(s && typeof s === 'object' ? s : {}), [KEY]: expanded }, '');
  }, [expanded, filtersKey]);
  return [expanded, setExpanded];
}
