// Table sorting. Missing values (no stated year, no figure) sort last in both directions so that
// "not stated" never masquerades as the smallest or largest target.
import type { TargetEntry } from '../../../kernel/targets/catalogue';

export const SORT_KEYS = ['doc', 'province', 'name', 'category', 'value', 'year', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

const zh = new Intl.Collator('zh');
const STATUS_RANK = { behind: 0, overdue: 1, 'on-track': 2, unknown: 3 } as const;

type Key = number | string | null | [number, string];

function keyOf(e: TargetEntry, k: SortKey): Key {
  switch (k) {
    case 'doc':
      return e.docId;
    case 'province':
      return e.province;
    case 'name':
      return e.indicator.name;
    case 'category':
      return e.indicator.category;
    case 'value':
      // By the number, whatever its unit (the column reads as figures); equal numbers then by unit.
      return [e.indicator.value, e.indicator.unit];
    case 'year':
      return e.indicator.targetYear;
    case 'status':
      return STATUS_RANK[e.assessment.status];
  }
}

function compareKeys(a: Key, b: Key): number {
  if (Array.isArray(a) && Array.isArray(b)) return a[0] - b[0] || zh.compare(a[1], b[1]);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh');
}

export function sortEntries(entries: TargetEntry[], key: SortKey, dir: SortDir): TargetEntry[] {
  const sign = dir === 'asc' ? 1 : -1;
  // Decorate once: localeCompare on Chinese is slow enough to matter at ten times the real data.
  return entries
    .map((e, i) => ({ e, i, k: keyOf(e, key) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      // Ties keep document order (doc, then position in the text), which is stable and meaningful.
      return sign * compareKeys(a.k, b.k) || a.i - b.i;
    })
    .map((x) => x.e);
}

export function documentOrder(entries: TargetEntry[]): TargetEntry[] {
  return [...entries].sort(
    (a, b) => a.docId.localeCompare(b.docId) || a.indicator.citation.start - b.indicator.citation.start,
  );
}
