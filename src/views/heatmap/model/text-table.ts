// The matrix as a text alternative (the chart's "以表格查看" table): one row per unit in the order
// and filters shown, its task count, and which tasks it carries grouped by role — the same cells the
// chart colours (classOf), so the table and the picture never disagree. A table with one column per
// task would be 50+ columns wide; a screen reader user wants "what does this unit do", row by row.
import type { ChartTableModel } from '../../../kernel/lib/chart-table';
import { t } from '../strings';
import { classLabel, classOf, type CellClass } from '../option/encoding';
import type { Matrix } from './types';

const CLASS_ORDER: CellClass[] = ['lead', 'support', 'listedFirst', 'responsible'];

export function matrixTextTable(m: Matrix, order: readonly number[], documentHasRoles: boolean, documentTitle: string): ChartTableModel {
  const byRow = new Map<number, Matrix['cells']>();
  for (const c of m.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = order.map((row) => {
    const cells = [...(byRow.get(row) ?? [])].sort((a, b) => a.col - b.col);
    let detail: string;
    if (m.kind === 'tasks') {
      const groups = new Map<CellClass, string[]>();
      for (const c of cells) {
        const k = classOf(c);
        const g = groups.get(k);
        if (g) g.push(m.columns[c.col].label);
        else groups.set(k, [m.columns[c.col].label]);
      }
      detail = CLASS_ORDER.filter((k) => groups.has(k))
        .map((k) => `${classLabel(k, documentHasRoles)}${t.common.colon}${groups.get(k)!.join(t.common.listSep)}`)
        .join('；');
    } else {
      detail = cells.map((c) => t.heatmap.tableSection(m.columns[c.col].label, c.total)).join(t.common.listSep);
    }
    return { key: m.rows[row].id, cells: [m.rows[row].name, m.rowTotals[row], detail || t.common.none] };
  });
  return {
    caption: t.heatmap.tableCaption(documentTitle),
    columns: [t.common.department, t.heatmap.rowTotal, m.kind === 'tasks' ? t.heatmap.tableDetailTasks : t.heatmap.tableDetailSections],
    rows,
  };
}
