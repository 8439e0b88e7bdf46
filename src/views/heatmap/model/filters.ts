// Filters over the assignment list. Every filter narrows assignments; the matrix then keeps only
// the rows and columns that still have a cell, so a filter never leaves empty bands on screen.
import type { DepartmentKind } from '../../../shared/schema';
import type { Assignment, ResponsibilityBase } from './types';

export interface HeatmapFilters {
  /** Section key (see sectionKeyOf) or null for the whole document. */
  section: string | null;
  /** Department categories to keep; null keeps all. '' stands for "uncategorised". */
  categories: readonly string[] | null;
  /** Unit kinds to keep; null keeps all. Hiding 'collective' drops lines like 相关城市人民政府. */
  kinds: readonly DepartmentKind[] | null;
  /** Chinese substring: keeps a department whose name matches, and every department of a task whose title matches. */
  search: string;
}

export const NO_FILTERS: HeatmapFilters = { section: null, categories: null, kinds: null, search: '' };

export function filterAssignments(base: ResponsibilityBase, f: HeatmapFilters): Assignment[] {
  const q = f.search.trim();
  const kinds = f.kinds ? new Set<string>(f.kinds) : null;
  const cats = f.categories ? new Set(f.categories) : null;
  // Precompute per-row and per-task verdicts: the assignment loop is the hot path (tens of thousands).
  const rowOk = base.departments.map(
    (d) => (!kinds || kinds.has(d.kind)) && (!cats || cats.has(d.category ?? '')),
  );
  // By name or any form the department goes by (the Hubei plan writes 省发改委 for 省发展改革委).
  const rowMatch = base.departments.map((d) => q !== '' && (d.name.includes(q) || d.aliases.some((a) => a.includes(q))));
  const taskOk = base.tasks.map((t) => f.section === null || t.sectionKey === f.section);
  const taskMatch = base.tasks.map((t) => q !== '' && (t.title.includes(q) || t.label === q));
  return base.assignments.filter(
    (a) => rowOk[a.department] && taskOk[a.task] && (q === '' || rowMatch[a.department] || taskMatch[a.task]),
  );
}

/** Categories present in a document, for the filter menu ('' = uncategorised), most frequent first. */
export function categoriesOf(base: ResponsibilityBase): { category: string; departments: number }[] {
  const n = new Map<string, number>();
  for (const d of base.departments) n.set(d.category ?? '', (n.get(d.category ?? '') ?? 0) + 1);
  return [...n].map(([category, departments]) => ({ category, departments })).sort((a, b) => b.departments - a.departments);
}

export function kindsOf(base: ResponsibilityBase): DepartmentKind[] {
  return [...new Set(base.departments.map((d) => d.kind))];
}
