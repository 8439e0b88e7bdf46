import { describe, expect, it } from 'vitest';
import { COUNTS_SHOWN, countsOrder, countsTable } from '../../../src/views/department/model/counts-table';
import type { PortfolioDocument } from '../../../src/views/department/model/portfolio';

const doc = (docId: string, total: number, lead = 0, date: string | null = null): PortfolioDocument => ({
  docId, title: docId, docNumber: null, date, counts: { lead, support: total - lead, responsible: 0, listedFirst: 0, total },
});

describe('counts table order and length', () => {
  it('most tasks first; on a tie more 牵头 first, then the newer document, an unknown date last, then the document order', () => {
    const docs = [doc('a', 2, 0, '2020-01-01'), doc('b', 5), doc('c', 2, 1, '2019-01-01'), doc('d', 2, 0, '2021-03-01'), doc('e', 2, 0, null), doc('f', 2, 0, '2021'), doc('g', 2, 0, null)];
    expect(countsOrder(docs).map((d) => d.docId)).toEqual(['b', 'c', 'd', 'f', 'a', 'e', 'g']);
  });

  it('beyond the first rows the rest is hidden until expanded; a short table is shown whole', () => {
    const many = Array.from({ length: 59 }, (_, i) => doc(`d${i}`, 100 - i));
    const t = countsTable([...many].reverse(), null);
    expect(t.rows).toHaveLength(59);
    expect(t.hidden).toBe(59 - COUNTS_SHOWN);
    expect(t.rows.filter((r) => !r.extra).map((r) => r.doc.docId)).toEqual(many.slice(0, COUNTS_SHOWN).map((d) => d.docId));
    expect(countsTable(many.slice(0, COUNTS_SHOWN + 2), null).hidden).toBe(0);
    expect(countsTable(many.slice(0, COUNTS_SHOWN + 3), null).hidden).toBe(3);
  });

  it('the document the filter names is never hidden, wherever it ranks', () => {
    const many = Array.from({ length: 30 }, (_, i) => doc(`d${i}`, 100 - i));
    const t = countsTable(many, 'd25');
    expect(t.hidden).toBe(30 - COUNTS_SHOWN - 1);
    expect(t.rows.find((r) => r.doc.docId === 'd25')!.extra).toBe(false);
  });
});
