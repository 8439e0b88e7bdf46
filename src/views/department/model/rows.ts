// One department's tasks as rows the page lists, read from a document imported in this browser (a
// built document's rows come ready from the build-time index: pipeline/indexes/departments.ts, with
// the same rules). Pure.
import type { DepartmentTaskRow, PolicyDocument, UnitRole } from '../../../shared/schema';

/** A task on the department's list (the shared row of the index's task pages). */
export type DepartmentRow = DepartmentTaskRow;

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

/** The department's rows of a whole document (one imported in this browser). */
export function rowsFromDocument(departmentId: string, doc: Pick<PolicyDocument, 'id' | 'tasks'>): DepartmentRow[] {
  const out: DepartmentRow[] = [];
  for (const task of doc.tasks) {
    const mine = task.units.map((u, i) => ({ u, i })).filter(({ u }) => u.departmentId === departmentId);
    if (!mine.length) continue;
    // Named twice on one task (alias + full name): one entry, the stronger role.
    const best = mine.reduce((a, b) => (STRENGTH[b.u.role] > STRENGTH[a.u.role] ? b : a));
    const hasRoles = task.units.some((u) => u.role !== 'responsible');
    out.push({
      docId: doc.id, taskId: task.id, path: task.path, title: task.title, section: task.sectionTitle ?? task.partTitle, citation: task.citation,
      role: best.u.role,
      listedFirst: !hasRoles && mine[0].i === 0, // a sole department is listed first too (same rule as the heatmap)
      departmentCount: new Set(task.units.map((u) => u.departmentId)).size,
    });
  }
  return out;
}
