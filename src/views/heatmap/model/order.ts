// Row orderings. Each returns a permutation of matrix row indices (top to bottom); columns keep
// document order, which is how officials read a 分工方案.
import type { DepartmentKind } from '../../../shared/schema';
// Ties (same reading, different characters) and the category names fall back to the runtime's
// pinyin collator; category names carry no place-name polyphones.
const collator = new Intl.Collator('zh-CN-u-co-pinyin');
import { seriateRows } from './seriation';
import type { Matrix } from './types';

export const ORDERINGS = ['workload', 'category', 'name', 'first', 'seriation'] as const;
export type Ordering = (typeof ORDERINGS)[number];

export function isOrdering(v: unknown): v is Ordering {
  return typeof v === 'string' && (ORDERINGS as readonly string[]).includes(v);
}

/** Provincial departments first, then Party organs, central agencies, cities; collectives last. */
const KIND_RANK: Record<DepartmentKind, number> = {
  government: 0,
  party: 1,
  central: 2,
  city: 3,
  other: 4,
  collective: 5,
};

// Seriation is the one costly ordering (O(n²) per 2-opt pass): remember it per matrix, so switching
// back and forth between orderings does not recompute it.
const seriated = new WeakMap<Matrix, number[]>();

export function orderRows(m: Matrix, ordering: Ordering): number[] {
  const idx = [...m.rows.keys()];
  const first = (a: number, b: number) => m.rows[a].firstTask - m.rows[b].firstTask || a - b;
  // Workload: tasks carried, then tasks led (牵头 weighs more at equal counts), then first appearance.
  const workload = (a: number, b: number) =>
    m.rowTotals[b] - m.rowTotals[a] || m.rowRoleTotals[b].lead - m.rowRoleTotals[a].lead || first(a, b);
  switch (ordering) {
    case 'workload':
      return idx.sort(workload);
    case 'first':
      return idx.sort(first);
    case 'name':
      return idx.sort((a, b) => {
        const [ka, kb] = [m.rows[a].sortKey, m.rows[b].sortKey];
        return (ka === kb ? collator.compare(m.rows[a].name, m.rows[b].name) : ka < kb ? -1 : 1) || first(a, b);
      });
    case 'category':
      return idx.sort((a, b) => {
        const ra = m.rows[a];
        const rb = m.rows[b];
        const byKind = KIND_RANK[ra.kind] - KIND_RANK[rb.kind];
        if (byKind) return byKind;
        // Uncategorised rows sink to the end of their kind.
        if ((ra.category === null) !== (rb.category === null)) return ra.category === null ? 1 : -1;
        const byCat = ra.category && rb.category ? collator.compare(ra.category, rb.category) : 0;
        return byCat || workload(a, b);
      });
    case 'seriation': {
      let o = seriated.get(m);
      if (!o) seriated.set(m, (o = seriateRows(m)));
      return [...o];
    }
    default:
      throw new Error(`invalid ordering: ${String(ordering)}`);
  }
}
