// Shapes of the responsibility matrix. The model is pure data: no ECharts, no React, so ordering,
// filtering and seriation can be tested (and benchmarked) in Node.
import type { DepartmentKind, UnitRole } from '../../../shared/schema';

/** A department (row) as the matrix sees it: registry facts plus where it first appears. */
export interface MatrixDepartment {
  id: string;
  name: string;
  kind: DepartmentKind;
  category: string | null;
  /** Name order key: the registry's pinyin reading (build time), else the name as written. */
  sortKey: string;
  /** Index of the first task (document order) naming this department: "first appearance" ordering. */
  firstTask: number;
  /** Other names of the department (registry aliases, the form the document writes): search matches them too. */
  aliases: string[];
}

/** A task (column of the per-task matrix). */
export interface MatrixTask {
  id: string;
  index: number;
  /** Numbering as written, joined: 四·一·2. */
  label: string;
  title: string;
  sectionKey: string;
  sectionTitle: string;
  /** False when the document names no roles for this task's departments (责任单位 lists): see listedFirst. */
  hasRoles: boolean;
}

/** A section (column of the per-section matrix): the part/section a task sits in. */
export interface MatrixSection {
  key: string;
  label: string;
  title: string;
  taskCount: number;
}

/** One department named on one task. */
export interface Assignment {
  task: number;
  department: number;
  role: UnitRole;
  /** First department listed on a task whose document gives no roles. Emphasised as "listed first", never as lead. */
  listedFirst: boolean;
}

/** Everything extracted from one document, before filters: built once per document. */
export interface ResponsibilityBase {
  docId: string;
  departments: MatrixDepartment[];
  tasks: MatrixTask[];
  sections: MatrixSection[];
  assignments: Assignment[];
  /** Tasks where the document states departments at all; 0 → the view says the document names none. */
  tasksWithDepartments: number;
  /** Whether any task in the document gives roles (牵头/配合). */
  anyRoles: boolean;
}

export interface RoleCounts {
  lead: number;
  support: number;
  responsible: number;
  /** Of the responsible ones, how many were listed first. */
  listedFirst: number;
}

/** A cell of either matrix: row/col are positions in the matrix's own rows/columns arrays. */
export interface MatrixCell {
  row: number;
  col: number;
  counts: RoleCounts;
  total: number;
}

export type MatrixKind = 'tasks' | 'sections';

export interface MatrixColumn {
  id: string;
  label: string;
  title: string;
  /** For task columns, the section title (context in tooltips); for sections, null. */
  context: string | null;
}

/** A matrix ready for ordering and drawing. Rows keep first-appearance order until ordered. */
export interface Matrix {
  kind: MatrixKind;
  docId: string;
  rows: MatrixDepartment[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
  /** Tasks per department (distinct tasks, not cell sums, so the section matrix agrees with the task one). */
  rowTotals: number[];
  rowRoleTotals: RoleCounts[];
  /** Departments per column. */
  colTotals: number[];
}
