// Strings of the CSV/XLSX exports (Chinese; the workbook's extra sheets and the buttons).
export const exportStrings = {
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
