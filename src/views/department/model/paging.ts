// The page's three task lists, paged: which pages of the index each list needs to show its first
// `want` rows under the filters, and the rows it can show from the pages in. The counts per document
// (the index) say where each list's rows are, so a list fetches only pages holding its rows, and a
// filter to one document reads that document's one page and shows its full list. A list shows its
// rows in document order up to the first document whose page is not in yet — never a gap. Pure.
import { roleKey, type RoleKey } from '../../../shared/department-roles';
import { matches, type Filters, type PortfolioSource } from './portfolio';
import type { DepartmentRow } from './rows';

/** Tasks it leads (牵头), supports (配合), and those whose document gives no roles (first and none together). */
export type ListKind = 'lead' | 'support' | 'unassigned';
export const LISTS: readonly ListKind[] = ['lead', 'support', 'unassigned'];
export const LIST_ROLES: Record<ListKind, readonly RoleKey[]> = { lead: ['lead'], support: ['support'], unassigned: ['first', 'none'] };

/** A list is shown unless the role filter names a role outside it. */
export const listShown = (list: ListKind, f: Filters) => f.role === null || LIST_ROLES[list].includes(f.role);

/** The document's rows in the list under the filters. */
export function countIn(d: PortfolioSource, list: ListKind, f: Filters): number {
  if (f.doc !== null && d.id !== f.doc) return 0;
  return LIST_ROLES[list].reduce((n, k) => n + (f.role === null || f.role === k ? d.counts[k] : 0), 0);
}

export const listTotal = (docs: readonly PortfolioSource[], list: ListKind, f: Filters) => docs.reduce((n, d) => n + countIn(d, list, f), 0);

/** The documents (in order) a list needs for its first `want` rows: whole documents, so it may be more. */
function neededDocuments(docs: readonly PortfolioSource[], list: ListKind, f: Filters, want: number): PortfolioSource[] {
  const out: PortfolioSource[] = [];
  let n = 0;
  for (const d of docs) {
    if (n >= want) break;
    const c = countIn(d, list, f);
    if (c === 0) continue;
    out.push(d);
    n += c;
  }
  return out;
}

/** Rows the list would show with `want` rows asked for (every page in): whole documents, so ≥ want unless the list is shorter. */
export const rowsFor = (docs: readonly PortfolioSource[], list: ListKind, f: Filters, want: number) =>
  neededDocuments(docs, list, f, want).reduce((n, d) => n + countIn(d, list, f), 0);

export type Wants = Record<ListKind, number>;

/** The built pages the shown lists need, ascending. */
export function pagesFor(docs: readonly PortfolioSource[], f: Filters, wants: Wants): number[] {
  const pages = new Set<number>();
  for (const list of LISTS) {
    if (!listShown(list, f)) continue;
    for (const d of neededDocuments(docs, list, f, wants[list])) if (d.page !== null) pages.add(d.page);
  }
  return [...pages].sort((a, b) => a - b);
}

/** Rows by document from the pages in and from the documents at hand (imported ones). */
export function rowsByDocument(pages: Iterable<readonly DepartmentRow[]>, local: ReadonlyMap<string, readonly DepartmentRow[]>): Map<string, DepartmentRow[]> {
  const out = new Map<string, DepartmentRow[]>();
  for (const rows of pages) for (const r of rows) (out.get(r.docId) ?? out.set(r.docId, []).get(r.docId)!).push(r);
  for (const [id, rows] of local) out.set(id, [...rows]);
  return out;
}

export interface ShownList {
  rows: DepartmentRow[];
  /** Rows of the list under the filters, loaded or not. */
  total: number;
}

/** The list's rows in document order, up to the first needed document whose rows are not in yet. */
export function shownRows(docs: readonly PortfolioSource[], rows: ReadonlyMap<string, readonly DepartmentRow[]>, list: ListKind, f: Filters): ShownList {
  const out: DepartmentRow[] = [];
  let total = 0;
  let open = true;
  for (const d of docs) {
    const c = countIn(d, list, f);
    if (c === 0) continue;
    total += c;
    const mine = open ? rows.get(d.id) : undefined;
    if (!mine) {
      open = false;
      continue;
    }
    for (const r of mine) if (matches(r, f) && LIST_ROLES[list].includes(roleKey(r))) out.push(r);
  }
  return { rows: out, total };
}
