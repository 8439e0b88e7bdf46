// One document's (department, task) pairs: pure. A department named twice on a task (an alias and
// the full name) keeps the stronger role; listedFirst says it opens the task's unit list.
import type { DepartmentTask, PolicyDocument, UnitRole } from '../../src/shared/schema';

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

/** Every (department, task) pair of the document, strongest role, in document order. */
export function departmentTasks(doc: PolicyDocument): DepartmentTask[] {
  const out: DepartmentTask[] = [];
  for (const t of doc.tasks) {
    const seen = new Map<string, DepartmentTask>();
    t.units.forEach((u, i) => {
      const prev = seen.get(u.departmentId);
      if (!prev) {
        const row = { departmentId: u.departmentId, docId: doc.id, taskId: t.id, role: u.role, listedFirst: i === 0 };
        seen.set(u.departmentId, row);
        out.push(row);
      } else if (STRENGTH[u.role] > STRENGTH[prev.role]) prev.role = u.role;
    });
  }
  return out;
}
