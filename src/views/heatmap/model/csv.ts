// CSV of the matrix as shown (same rows, order and filters). One line per department, one column per
// task/section; cells hold the role word (per task) or the count (per section).
import { t } from '../strings';
import type { Matrix } from './types';

function cellRoleWord(counts: Matrix['cells'][number]['counts']): string {
  if (counts.lead) return t.role.lead;
  if (counts.support) return t.role.support;
  return counts.listedFirst ? `${t.role.responsible}（${t.registry.listedFirst}）` : t.role.responsible;
}

/** RFC 4180 quoting, plus a leading ' for text a spreadsheet would run as a formula (=, +, -, @). */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function matrixToCsv(m: Matrix, order: readonly number[]): string {
  const byRow = new Map<number, Map<number, Matrix['cells'][number]>>();
  for (const c of m.cells) {
    let r = byRow.get(c.row);
    if (!r) byRow.set(c.row, (r = new Map()));
    r.set(c.col, c);
  }
  const header = [t.registry.heading('部门'), t.heatmap.departmentKind, t.heatmap.category, t.heatmap.rowTotal, ...m.columns.map((c) => `${c.label} ${c.title}`)];
  const lines = [header.map(csvField).join(',')];
  for (const row of order) {
    const d = m.rows[row];
    const cells = byRow.get(row) ?? new Map();
    const values = m.columns.map((_, col) => {
      const c = cells.get(col);
      if (!c) return '';
      return m.kind === 'tasks' ? cellRoleWord(c.counts) : c.total;
    });
    lines.push([d.name, t.registry.kinds[d.kind], d.category ?? '', m.rowTotals[row], ...values].map(csvField).join(','));
  }
  lines.push([t.heatmap.colTotal, '', '', '', ...m.colTotals].map(csvField).join(','));
  // BOM so Excel on Chinese Windows opens UTF-8 as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
