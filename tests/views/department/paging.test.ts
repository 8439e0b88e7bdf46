// The department page's paged lists: which index pages each list needs for the rows it asks for,
// and what it shows from the pages in — no gap, a filter to one document shows its full list, a
// role filter reads only pages holding that role's rows, an imported document's rows are at hand.
import { describe, expect, it } from 'vitest';
import { roleKey, type RoleKey } from '../../../src/shared/department-roles';
import { countRows, NO_FILTERS, type PortfolioSource } from '../../../src/views/department/model/portfolio';
import { countIn, listShown, listTotal, pagesFor, rowsByDocument, rowsFor, shownRows, type Wants } from '../../../src/views/department/model/paging';
import type { DepartmentRow } from '../../../src/views/department/model/rows';

const row = (docId: string, i: number, k: RoleKey): DepartmentRow => ({
  docId, taskId: `${docId}-${i}`, path: [String(i)], title: `${docId}任务${i}`, section: 's', citation: { docId, start: 0, end: 1, line: i, quote: 'q' },
  role: k === 'lead' || k === 'support' ? k : 'responsible', listedFirst: k === 'first', departmentCount: 2,
});
// Six documents on four pages. d1: 30 led; d2: 30 supported; d3: 60 without roles (20 first); d4: 10 led;
// d5: 5 supported; d6: 40 led. Pages as the build cuts them at 50: [d1 d2] [d3] [d4 d5 d6], then an imported one.
const spec: Array<[string, number | null, Array<[RoleKey, number]>]> = [
  ['d1', 0, [['lead', 30]]], ['d2', 0, [['support', 30]]], ['d3', 1, [['first', 20], ['none', 40]]],
  ['d4', 2, [['lead', 10]]], ['d5', 2, [['support', 5]]], ['d6', 2, [['lead', 40]]], ['local', null, [['none', 3], ['lead', 2]]],
];
const all = new Map(spec.map(([id, , parts]) => {
  let i = 0;
  return [id, parts.flatMap(([k, n]) => Array.from({ length: n }, () => row(id, i++, k)))] as const;
}));
const docs: PortfolioSource[] = spec.map(([id, page]) => ({ id, title: id, docNumber: null, date: null, sha256: id, counts: countRows(all.get(id)!), page }));
const pageRows = (p: number) => spec.filter(([, page]) => page === p).flatMap(([id]) => all.get(id)!);
const local = new Map([['local', all.get('local')!]]);
const loaded = (...pages: number[]) => rowsByDocument(pages.map(pageRows), local);
const W: Wants = { lead: 50, support: 50, unassigned: 50 };

describe('paged department lists', () => {
  it('counts per list from the index alone, under the filters', () => {
    expect(['lead', 'support', 'unassigned'].map((l) => listTotal(docs, l as 'lead', NO_FILTERS))).toEqual([82, 35, 63]);
    expect(listTotal(docs, 'unassigned', { role: 'first', doc: null })).toBe(20);
    expect(listTotal(docs, 'lead', { role: 'first', doc: null })).toBe(0);
    expect(countIn(docs[2], 'unassigned', { role: null, doc: 'd3' })).toBe(60);
    expect(countIn(docs[2], 'unassigned', { role: null, doc: 'd1' })).toBe(0);
    expect(listShown('lead', { role: 'none', doc: null })).toBe(false);
    expect(listShown('unassigned', { role: 'none', doc: null })).toBe(true);
  });

  it('the first view asks for the pages holding each list’s first rows, whole documents', () => {
    // lead: d1 (30) then d4 (10) then d6 (40) → pages 0, 2; support: d2, d5 → 0, 2; unassigned: d3 → 1.
    expect(pagesFor(docs, NO_FILTERS, W)).toEqual([0, 1, 2]);
    expect(pagesFor(docs, NO_FILTERS, { lead: 30, support: 30, unassigned: 50 })).toEqual([0, 1]);
    // A document's rows are never split: asking for 50 of d3's 60 gives all 60.
    expect(rowsFor(docs, 'unassigned', NO_FILTERS, 50)).toBe(60);
    expect(rowsFor(docs, 'lead', NO_FILTERS, 31)).toBe(40);
  });

  it('a list shows rows in document order up to the first document not in yet: no gap', () => {
    // Page 0 and the imported document are in, page 2 is not: lead shows d1 only (d4 on page 2 comes first), not d1 + local.
    const rows = loaded(0);
    const lead = shownRows(docs, rows, 'lead', NO_FILTERS);
    expect([lead.rows.length, lead.total]).toEqual([30, 82]);
    expect(new Set(lead.rows.map((r) => r.docId))).toEqual(new Set(['d1']));
    // With every page in: every row, in document order, the imported document's last.
    const full = shownRows(docs, loaded(0, 1, 2), 'lead', NO_FILTERS);
    expect(full.rows.map((r) => r.docId)).toEqual([...Array(30).fill('d1'), ...Array(10).fill('d4'), ...Array(40).fill('d6'), 'local', 'local']);
    expect(full.rows.length).toBe(full.total);
  });

  it('a filter to one document reads its one page and shows its full list, past the page step', () => {
    const f = { role: null, doc: 'd3' };
    expect(pagesFor(docs, f, W)).toEqual([1]);
    const list = shownRows(docs, loaded(1), 'unassigned', f);
    expect(list.rows.length).toBe(60);
    expect(list.rows.every((r) => r.docId === 'd3')).toBe(true);
    expect(shownRows(docs, loaded(1), 'lead', f)).toEqual({ rows: [], total: 0 });
    // And one on a shared page: only that document's rows, though the page holds others.
    const d5 = shownRows(docs, loaded(2), 'support', { role: null, doc: 'd5' });
    expect([d5.rows.length, d5.total, new Set(d5.rows.map((r) => r.docId)).size]).toEqual([5, 5, 1]);
    expect(pagesFor(docs, { role: null, doc: 'd5' }, W)).toEqual([2]);
  });

  it('a role filter reads only pages holding that role; its rows only', () => {
    expect(pagesFor(docs, { role: 'first', doc: null }, W)).toEqual([1]);
    expect(pagesFor(docs, { role: 'support', doc: null }, W)).toEqual([0, 2]);
    const first = shownRows(docs, loaded(1), 'unassigned', { role: 'first', doc: null });
    expect([first.rows.length, first.total]).toEqual([20, 20]);
    expect(first.rows.every((r) => roleKey(r) === 'first')).toBe(true);
    // Role and document: the imported document's own page is at hand, none to load.
    expect(pagesFor(docs, { role: 'none', doc: 'local' }, W)).toEqual([]);
    expect(shownRows(docs, loaded(), 'unassigned', { role: 'none', doc: 'local' }).rows.map((r) => r.taskId)).toEqual(['local-0', 'local-1', 'local-2']);
  });

  it('显示更多 asks for a step more: the next pages of that list only', () => {
    const more = { ...W, lead: 40 + 50 };
    expect(pagesFor(docs, { role: 'lead', doc: null }, { ...W, lead: 30 })).toEqual([0]);
    expect(pagesFor(docs, { role: 'lead', doc: null }, more)).toEqual([0, 2]);
    expect(shownRows(docs, loaded(0, 2), 'lead', { role: 'lead', doc: null }).rows.length).toBe(82);
  });
});
