// The XLSX of an ExportTable, with exceljs. Loaded only when the user exports (export-files.ts
// imports it dynamically): exceljs is ~250 KB gzip and most visits never export.
// Sheets: the data (Chinese headers, header row frozen, column widths, numbers as number cells),
// 来源文件 (title, 文号, date, SHA-256 of every document the rows come from) and 列说明 (what each
// column holds). Text cells go through the same safeCell as the CSV.
import ExcelJS from 'exceljs';
import { exportStrings as s } from '../i18n/export';
import type { ExportTable } from './export-table';
import { safeCell, type CellValue } from './spreadsheet-safe';

const cell = (v: CellValue) => {
  const safe = safeCell(v);
  return safe === null ? null : safe;
};

function headerRow(ws: ExcelJS.Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle' };
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

export async function buildXlsx(table: ExportTable): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '施策图谱';
  const data = wb.addWorksheet(sheetName(table.sheet));
  data.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  for (const r of table.rows) data.addRow(r.map(cell));
  headerRow(data);

  const src = wb.addWorksheet(s.sourcesSheet);
  src.columns = [
    { header: s.sources.title, width: 60 },
    { header: s.sources.docNumber, width: 24 },
    { header: s.sources.date, width: 12 },
    { header: s.sources.sha256, width: 68 },
  ];
  for (const d of table.sources) src.addRow([d.title, d.docNumber ?? s.notStated, d.date ?? s.notStated, d.sha256].map((v) => cell(v)));
  src.addRow([]);
  src.addRow([s.sourcesNote]);
  headerRow(src);

  const cols = wb.addWorksheet(s.columnsSheet);
  cols.columns = [
    { header: s.columns.column, width: 22 },
    { header: s.columns.explain, width: 90 },
  ];
  for (const c of table.columns) cols.addRow([cell(c.header), cell(c.explain)]);
  headerRow(cols);

  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
