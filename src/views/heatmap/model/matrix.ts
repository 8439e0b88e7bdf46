// Assignments → a departments × tasks or departments × sections matrix with marginal totals.
import type { Assignment, Matrix, MatrixCell, MatrixColumn, MatrixDepartment, MatrixKind, ResponsibilityBase, RoleCounts } from './types';

export const emptyCounts = (): RoleCounts => ({ lead: 0, support: 0, responsible: 0, listedFirst: 0 });

function add(c: RoleCounts, a: Assignment): void {
  c[a.role]++;
  if (a.listedFirst) c.listedFirst++;
}

export function buildMatrix(base: ResponsibilityBase, assignments: readonly Assignment[], kind: MatrixKind): Matrix {
  const sectionPos = new Map(base.sections.map((s, i) => [s.key, i]));
  // Column id per task: the task itself, or the section it sits in.
  const colKeyOfTask = (t: number) => (kind === 'tasks' ? t : sectionPos.get(base.tasks[t].sectionKey)!);

  // Keep rows and columns that have at least one cell, in base order (first appearance / document order).
  const usedRows = new Uint8Array(base.departments.length);
  const usedCols = new Uint8Array(kind === 'tasks' ? base.tasks.length : base.sections.length);
  for (const a of assignments) {
    usedRows[a.department] = 1;
    usedCols[colKeyOfTask(a.task)] = 1;
  }
  const rowPos = new Int32Array(usedRows.length).fill(-1);
  const rows: MatrixDepartment[] = [];
  base.departments.forEach((d, i) => {
    if (!usedRows[i]) return;
    rowPos[i] = rows.length;
    rows.push(d);
  });
  const colPos = new Int32Array(usedCols.length).fill(-1);
  const columns: MatrixColumn[] = [];
  usedCols.forEach((used, i) => {
    if (!used) return;
    colPos[i] = columns.length;
    if (kind === 'tasks') {
      const t = base.tasks[i];
      columns.push({ id: t.id, label: t.label, title: t.title, context: t.sectionTitle });
    } else {
      const s = base.sections[i];
      columns.push({ id: s.key, label: s.label, title: s.title, context: null });
    }
  });

  // Cells: a dense index when the grid is small enough (section matrices, most documents), else a Map.
  // Totals without Sets: assignments arrive in task order, so a department's distinct tasks are counted
  // by remembering the last task seen per row; departments per column = cells per column.
  const nCols = columns.length;
  const dense = rows.length * nCols <= 4_000_000 ? new Int32Array(rows.length * nCols).fill(-1) : null;
  const sparse = dense ? null : new Map<number, number>();
  const cells: MatrixCell[] = [];
  const lastTask = new Int32Array(rows.length).fill(-1);
  const rowTotals = new Array<number>(rows.length).fill(0);
  const rowRoleTotals = rows.map(emptyCounts);
  const colTotals = new Array<number>(nCols).fill(0);
  for (const a of assignments) {
    const row = rowPos[a.department];
    const col = colPos[colKeyOfTask(a.task)];
    const key = row * nCols + col;
    let ci = dense ? dense[key] : sparse!.get(key) ?? -1;
    if (ci < 0) {
      ci = cells.length;
      cells.push({ row, col, counts: emptyCounts(), total: 0 });
      if (dense) dense[key] = ci;
      else sparse!.set(key, ci);
      colTotals[col]++;
    }
    const cell = cells[ci];
    add(cell.counts, a);
    cell.total++;
    if (lastTask[row] !== a.task) {
      lastTask[row] = a.task;
      rowTotals[row]++;
    }
    add(rowRoleTotals[row], a);
  }
  return {
    kind,
    docId: base.docId,
    rows,
    columns,
    cells,
    rowTotals,
    rowRoleTotals,
    colTotals,
  };
}
