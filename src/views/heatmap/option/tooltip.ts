// Tooltip HTML for the heatmap. Everything from the document (task titles, department names, section
// titles) goes through escapeHtml: ECharts renders tooltip strings as HTML.
import { escapeHtml } from '../../../kernel/lib/escape';
import { t } from '../strings';
import type { Matrix, MatrixCell } from '../model/types';
import { classLabel, classOf } from './encoding';

const line = (label: string, value: string) => `<div>${escapeHtml(label)}：${escapeHtml(value)}</div>`;

export function cellTooltip(m: Matrix, cell: MatrixCell, documentHasRoles: boolean): string {
  const row = m.rows[cell.row];
  const col = m.columns[cell.col];
  const head = `<div style="font-weight:600">${escapeHtml(row.name)}</div>`;
  if (m.kind === 'tasks') {
    return (
      head +
      `<div>${escapeHtml(col.label)} ${escapeHtml(col.title)}</div>` +
      (col.context ? line(t.heatmap.section, col.context) : '') +
      line(t.registry.role, classLabel(classOf(cell), documentHasRoles))
    );
  }
  const c = cell.counts;
  const parts: string[] = [];
  if (c.lead) parts.push(`${t.role.lead} ${c.lead}`);
  if (c.support) parts.push(`${t.role.support} ${c.support}`);
  if (c.responsible) {
    parts.push(`${t.role.responsible} ${c.responsible}` + (c.listedFirst ? `（${t.registry.listedFirst} ${c.listedFirst}）` : ''));
  }
  return head + `<div>${escapeHtml(col.label)} ${escapeHtml(col.title)}</div>` + line(t.heatmap.count, `${cell.total}`) + line(t.registry.byRole, parts.join('，'));
}

export function rowTooltip(m: Matrix, row: number): string {
  const r = m.rows[row];
  const c = m.rowRoleTotals[row];
  const roles = [
    c.lead ? `${t.role.lead} ${c.lead}` : '',
    c.support ? `${t.role.support} ${c.support}` : '',
    c.responsible ? `${t.role.responsible} ${c.responsible}` + (c.listedFirst ? `（${t.registry.listedFirst} ${c.listedFirst}）` : '') : '',
  ].filter(Boolean);
  return (
    `<div style="font-weight:600">${escapeHtml(r.name)}</div>` +
    line(t.heatmap.departmentKind, t.registry.kinds[r.kind]) +
    line(t.heatmap.category, r.category ?? t.registry.uncategorised) +
    line(t.heatmap.rowTotal, `${m.rowTotals[row]}`) +
    (roles.length ? line(t.registry.byRole, roles.join('，')) : '') +
    `<div style="color:#666;margin-top:4px">${escapeHtml(t.heatmap.openDepartment)}</div>`
  );
}

export function columnTooltip(m: Matrix, col: number): string {
  const c = m.columns[col];
  return (
    `<div style="font-weight:600">${escapeHtml(c.label)} ${escapeHtml(c.title)}</div>` +
    (c.context ? line(t.heatmap.section, c.context) : '') +
    line(t.heatmap.colTotal, `${m.colTotals[col]}`)
  );
}
