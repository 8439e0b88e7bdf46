// Strings of the CSV/XLSX exports (the workbook's extra sheets and the buttons), zh-CN and en.
import { pick } from './lang';

const zhCN = {
  csv: 'CSV',
  xlsx: 'XLSX',
  exportCsv: '导出 CSV',
  exportXlsx: '导出 XLSX',
  exporting: '正在生成…',
  failed: (reason: string) => `导出失败：${reason}`,
  sourcesSheet: '来源文件',
  columnsSheet: '列说明',
  sources: { title: '标题', docNumber: '文号', date: '日期', sha256: 'SHA-256（原始文件）' },
  columns: { column: '列', explain: '说明' },
  notStated: '未注明',
  sourcesNote: 'SHA-256 是所收到原始文件的校验值，可用来核对引用的是哪一份文件。',
};

export type ExportStrings = typeof zhCN;

const en: ExportStrings = {
  csv: 'CSV',
  xlsx: 'XLSX',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export XLSX',
  exporting: 'Preparing…',
  failed: (reason: string) => `Export failed: ${reason}`,
  sourcesSheet: 'Sources',
  columnsSheet: 'Columns',
  sources: { title: 'Title', docNumber: 'Document no.', date: 'Date', sha256: 'SHA-256 (original file)' },
  columns: { column: 'Column', explain: 'Meaning' },
  notStated: 'not stated',
  sourcesNote: 'SHA-256 is the checksum of the original file as received: it tells which file a citation refers to.',
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };
export const exportStrings: ExportStrings = pick(tables);
