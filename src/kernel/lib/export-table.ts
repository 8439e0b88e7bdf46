// What a view exports, once, for both CSV and XLSX: Chinese column headers with a line explaining
// each, the rows (numbers as numbers), and the documents the rows come from (title, 文号, date,
// SHA-256 of the source as received). tableToCsv writes the CSV here; xlsx.ts (loaded only when the
// user asks) writes the workbook. Every cell goes through safeCell (spreadsheet-safe.ts).
import { safeCell, type CellValue } from './spreadsheet-safe';

export interface ExportColumn {
  header: string;
  /** What the column holds, for the 说明 sheet. */
  explain: string;
  /** Width in characters (a Han character counts about two). */
  width: number;
}

export interface ExportSource {
  title: string;
  docNumber: string | null;
  date: string | null;
  sha256: string;
}

export interface ExportTable {
  /** The data sheet's name (≤ 31 characters, no []:*?/\). */
  sheet: string;
  columns: ExportColumn[];
  rows: CellValue[][];
  sources: ExportSource[];
}

/** One CSV field: made safe (safeCell), then RFC 4180 quoting. */
export function csvField(v: CellValue): string {
  const s = safeCell(v);
  if (s === null) return '';
  const text = String(s);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180, CRLF; a BOM so Excel on a Chinese Windows reads UTF-8 as UTF-8 (not GBK). */
export function tableToCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.header)).join(','), ...table.rows.map((r) => r.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The sources of the documents a table's rows come from, in the given order, each once. */
export function sourcesOf(docs: Iterable<{ id: string; title: string; docNumber: string | null; date: string | null; sha256: string }>, ids: Iterable<string>): ExportSource[] {
  const byId = new Map([...docs].map((d) => [d.id, d]));
  const out: ExportSource[] = [];
  for (const id of new Set(ids)) {
    const d = byId.get(id);
    if (d) out.push({ title: d.title, docNumber: d.docNumber, date: d.date, sha256: d.sha256 });
  }
  return out;
}
