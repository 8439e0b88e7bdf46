// CSV of the matrix as shown (same rows, order and filters). One line per department, one column per
// task/section; cells hold the role word (per task) or the count (per section).
import { t } from '../strings';
import { tableToCsv, type ExportColumn, type ExportSource, type ExportTable } from '../../../kernel/lib/export-table';
import type { CellValue } from '../../../kernel/lib/spreadsheet-safe';
import type { Matrix } from './types';

function cellRoleWord(counts: Matrix['cells'][number]['counts']): string {
  if (counts.lead) return t.role.lead;
  if (counts.support) return t.role.support;
  return counts.listedFirst ? `${t.role.responsible}（${t.registry.listedFirst}）` : t.role.responsible;
}

/** The matrix as an export table (CSV and XLSX); `sources` are the document's title, 文号, date and SHA-256. */
export function matrixTable(m: Matrix, order: readonly number[], sources: ExportSource[] = []): ExportTable {
  const byRow = new Map<number, Map<number, Matrix['cells'][number]>>();
  for (const c of m.cells) {
    let r = byRow.get(c.row);
    if (!r) byRow.set(c.row, (r = new Map()));
    r.set(c.col, c);
  }
  const columns: ExportColumn[] = [
    { header: t.registry.heading('部门'), explain: '责任单位（经审核的规范名称）', width: 24 },
    { header: t.heatmap.departmentKind, explain: '单位类型', width: 10 },
    { header: t.heatmap.category, explain: '部门类别（经审核的词典）；空表示未归类', width: 12 },
    { header: t.heatmap.rowTotal, explain: '该单位承担的任务数（按当前筛选）', width: 10 },
    ...m.columns.map((c) => ({
      header: `${c.label} ${c.title}`,
      explain: m.kind === 'tasks' ? `任务 ${c.label}：牵头、配合或负责（文件只列责任单位时写“负责”，列于首位者注明）` : `部分 ${c.label}：该单位在这一部分承担的任务数`,
      width: m.kind === 'tasks' ? 14 : 10,
    })),
  ];
  const rows: CellValue[][] = [];
  for (const row of order) {
    const d = m.rows[row];
    const cells = byRow.get(row) ?? new Map();
    const values = m.columns.map((_, col) => {
      const c = cells.get(col);
      if (!c) return null;
      return m.kind === 'tasks' ? cellRoleWord(c.counts) : c.total;
    });
    rows.push([d.name, t.registry.kinds[d.kind], d.category ?? null, m.rowTotals[row], ...values]);
  }
  rows.push([t.heatmap.colTotal, null, null, null, ...m.colTotals]);
  return { sheet: t.heatmap.heading, columns, rows, sources };
}

export function matrixToCsv(m: Matrix, order: readonly number[]): string {
  return tableToCsv(matrixTable(m, order));
}
