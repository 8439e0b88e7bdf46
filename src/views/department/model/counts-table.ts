// The counts table at the top of the department page (issue 11): at 3,000 documents a provincial
// unit such as 省发展改革委 is named in ~60 of them, and a table of every one pushes the page's
// actual work (its task lists, what is overdue) off the screen. Most tasks first — where the unit
// carries the most work, 牵头 before 配合 on a tie, then the newer document — because that is what an
// official scans this table for; the document order is still the filter's list and the task lists'.
// The first COUNTS_SHOWN rows are shown, the rest behind 显示全部 N 份文件 (and always in print). Pure.
import type { PortfolioDocument } from './portfolio';

export const COUNTS_SHOWN = 10;
/** A table only a couple of rows longer than COUNTS_SHOWN is shown whole: a toggle for two rows is noise. */
const SLACK = 2;

export interface CountsRow {
  doc: PortfolioDocument;
  /** Beyond the first rows: shown only when the table is expanded (and in print). */
  extra: boolean;
}

export interface CountsTable {
  rows: CountsRow[];
  /** Rows hidden while collapsed (0: the table is short, no toggle). */
  hidden: number;
}

/** Dates are ISO (YYYY-MM-DD, or shorter): a later one sorts after; an unknown date sorts last. */
const byDateDesc = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1);

export function countsOrder(docs: readonly PortfolioDocument[]): PortfolioDocument[] {
  return docs
    .map((doc, i) => ({ doc, i }))
    .sort((a, b) => b.doc.counts.total - a.doc.counts.total || b.doc.counts.lead - a.doc.counts.lead || byDateDesc(a.doc.date, b.doc.date) || a.i - b.i)
    .map((x) => x.doc);
}

/**
 * The rows in table order; `selected` (the ?doc= filter) is never hidden, so the pressed document stays
 * on screen wherever it ranks.
 */
export function countsTable(docs: readonly PortfolioDocument[], selected: string | null, shown = COUNTS_SHOWN): CountsTable {
  const ordered = countsOrder(docs);
  const collapse = ordered.length > shown + SLACK;
  const rows = ordered.map((doc, i) => ({ doc, extra: collapse && i >= shown && doc.docId !== selected }));
  return { rows, hidden: rows.filter((r) => r.extra).length };
}
