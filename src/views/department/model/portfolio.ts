// A department's portfolio: its task rows by document, counted by role, and filtered by the role
// and document the URL names. Pure; the page only renders it.
import type { DepartmentRow } from './rows';

/**
 * The four disjoint roles a row can have. 'first' and 'none' are the two halves of "the document
 * gives no 牵头/配合": listed first in the 责任单位 list (which does not mean lead), or not.
 */
export type RoleKey = 'lead' | 'support' | 'first' | 'none';
export const ROLE_KEYS: readonly RoleKey[] = ['lead', 'support', 'first', 'none'];

export const roleKey = (r: Pick<DepartmentRow, 'role' | 'listedFirst'>): RoleKey =>
  r.role === 'lead' ? 'lead' : r.role === 'support' ? 'support' : r.listedFirst ? 'first' : 'none';

export interface RoleTally {
  lead: number;
  support: number;
  /** Rows whose document gives no roles (first + none). */
  responsible: number;
  listedFirst: number;
  total: number;
}

/** What the exports and the page cite of a document. */
export interface DocumentFacts {
  id: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  sha256: string;
}

export interface PortfolioDocument {
  docId: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  rows: DepartmentRow[];
  counts: RoleTally;
}

export interface Portfolio {
  documents: PortfolioDocument[];
  totals: RoleTally;
}

const tally = (): RoleTally => ({ lead: 0, support: 0, responsible: 0, listedFirst: 0, total: 0 });

export function tallyRows(rows: readonly DepartmentRow[]): RoleTally {
  const t = tally();
  for (const r of rows) {
    t[r.role]++;
    if (r.listedFirst) t.listedFirst++;
    t.total++;
  }
  return t;
}

/** Rows grouped by document, in the order of `docs`; a document without rows is kept (its count reads 0). */
export function buildPortfolio(rows: readonly DepartmentRow[], docs: readonly DocumentFacts[]): Portfolio {
  const documents = docs.map((d) => {
    const mine = rows.filter((r) => r.docId === d.id);
    return { docId: d.id, title: d.title, docNumber: d.docNumber, date: d.date, rows: mine, counts: tallyRows(mine) };
  });
  return { documents, totals: tallyRows(rows) };
}

export interface Filters {
  role: RoleKey | null;
  doc: string | null;
}

export const NO_FILTERS: Filters = { role: null, doc: null };

export const matches = (r: DepartmentRow, f: Filters) => (f.role === null || roleKey(r) === f.role) && (f.doc === null || r.docId === f.doc);

export interface Facets {
  /** Rows per role within the document filter. */
  roles: Record<RoleKey, number>;
  /** Rows per document within the role filter. */
  documents: Map<string, number>;
}

/** Each facet counted under the other filter, so a count says what choosing it would show. */
export function facets(rows: readonly DepartmentRow[], f: Filters): Facets {
  const roles: Record<RoleKey, number> = { lead: 0, support: 0, first: 0, none: 0 };
  const documents = new Map<string, number>();
  for (const r of rows) {
    if (f.doc === null || r.docId === f.doc) roles[roleKey(r)]++;
    if (f.role === null || roleKey(r) === f.role) documents.set(r.docId, (documents.get(r.docId) ?? 0) + 1);
  }
  return { roles, documents };
}

/** The page's three lists: tasks it leads, tasks it supports, tasks whose document gives no role. */
export interface RoleLists {
  lead: DepartmentRow[];
  support: DepartmentRow[];
  unassigned: DepartmentRow[];
}

export function roleLists(rows: readonly DepartmentRow[], f: Filters): RoleLists {
  const shown = rows.filter((r) => matches(r, f));
  return {
    lead: shown.filter((r) => r.role === 'lead'),
    support: shown.filter((r) => r.role === 'support'),
    unassigned: shown.filter((r) => r.role === 'responsible'),
  };
}

/**
 * ?role= and ?doc= as filters; a value the page does not know is dropped and named, so the view can
 * say so and show everything instead.
 */
export function parseFilters(params: { role: string | null; doc: string | null }, docIds: readonly string[]): { filters: Filters; bad: [name: string, value: string][] } {
  const bad: [string, string][] = [];
  let role: RoleKey | null = null;
  if (params.role !== null) {
    if ((ROLE_KEYS as readonly string[]).includes(params.role)) role = params.role as RoleKey;
    else bad.push(['role', params.role]);
  }
  let doc: string | null = null;
  if (params.doc !== null) {
    if (docIds.includes(params.doc)) doc = params.doc;
    else bad.push(['doc', params.doc]);
  }
  return { filters: { role, doc }, bad };
}
