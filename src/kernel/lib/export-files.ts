// Save an ExportTable as CSV or XLSX. The XLSX writer (and exceljs behind it) is fetched on the
// first XLSX export, never with the view.
import { downloadBlob, downloadText } from './download';
import { tableToCsv, type ExportTable } from './export-table';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadCsv(basename: string, table: ExportTable): void {
  downloadText(`${basename}.csv`, tableToCsv(table));
}

export async function downloadXlsx(basename: string, table: ExportTable): Promise<void> {
  const { buildXlsx } = await import('./xlsx');
  downloadBlob(`${basename}.xlsx`, new Blob([await buildXlsx(table)], { type: XLSX_TYPE }));
}
