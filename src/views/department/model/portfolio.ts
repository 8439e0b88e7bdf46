// A department's portfolio: per document its counts by role (the index's tallies, or counted from an
// imported document's rows), totals, the filter facets, and the role and document filters the URL
// names. Pure; it needs no task rows, so the page shows them before (and without) loading its lists.
import { roleKey, ROLE_KEYS, type RoleKey } from '../../../shared/department-roles';
import type { DepartmentRoleCounts } from '../../../shared/schema';
import type { DepartmentRow } from './rows';

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

/**
 * A document of the portfolio: its facts, the department's counts on it by role, and where its rows
 * are — a page of the built index (`page`), or at hand (null: a document imported in this browser).
 */
export interface PortfolioSource extends DocumentFacts {
  counts: DepartmentRoleCounts;
  page: number | null;
}

export interface PortfolioDocument {
  docId: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  counts: RoleTally;
}

export interface Portfolio {
  documents: PortfolioDocument[];
  totals: RoleTally;
}

export const countRows = (rows: readonly DepartmentRow[]): DepartmentRoleCounts => {
  const c: DepartmentRoleCounts = { lead: 0, support: 0, first: 0, none: 0 };
  for (const r of rows) c[roleKey(r)]++;
  return c;
};

export const tallyOf = (c: DepartmentRoleCounts): RoleTally => ({
  lead: c.lead, support: c.support, responsible: c.first + c.none, listedFirst: c.first, total: c.lead + c.support + c.first + c.none,
});

export const totalOf = (c: DepartmentRoleCounts) => c.lead + c.support + c.first + c.none;

/** Counts per document, in the order of `docs`; a document without rows is kept (its count reads 0). */
export function buildPortfolio(docs: readonly PortfolioSource[]): Portfolio {
  const sum: DepartmentRoleCounts = { lead: 0, support: 0, first: 0, none: 0 };
  for (const d of docs) for (const k of ROLE_KEYS) sum[k] += d.counts[k];
  return {
    documents: docs.map((d) => ({ docId: d.id, title: d.title, docNumber: d.docNumber, date: d.date, counts: tallyOf(d.counts) })),
    totals: tallyOf(sum),
  };
}

export interface Filters {
  role: RoleKey | null;
  doc: string | null;
}

export const NO_FILTERS: Filters = { role: null, doc: null };

export const matches = (r: Pick<DepartmentRow, 'docId' | 'role' | 'listedFirst'>, f: Filters) => (f.role === null || roleKey(r) === f.role) && (f.doc === null || r.docId === f.doc);

export interface Facets {
  /** Rows per role within the document filter. */
  roles: Record<RoleKey, number>;
  /** Rows per document within the role filter. */
  documents: Map<string, number>;
}

/** Each facet counted under the other filter, so a count says what choosing it would show. */
export function facets(docs: readonly PortfolioSource[], f: Filters): Facets {
  const roles: Record<RoleKey, number> = { lead: 0, support: 0, first: 0, none: 0 };
  const documents = new Map<string, number>();
  for (const d of docs) {
    if (f.doc === null || d.id === f.doc) for (const k of ROLE_KEYS) roles[k] += d.counts[k];
    const n = f.role === null ? totalOf(d.counts) : d.counts[f.role];
    if (n > 0) documents.set(d.id, (documents.get(d.id) ?? 0) + n);
  }
  return { roles, documents };
}

/** Rows under both filters, across every document (what the filters select, loaded or not). */
export function matchCount(docs: readonly PortfolioSource[], f: Filters): number {
  let n = 0;
  for (const d of docs) if (f.doc === null || d.id === f.doc) n += f.role === null ? totalOf(d.counts) : d.counts[f.role];
  return n;
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
