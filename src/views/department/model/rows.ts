// One department's tasks as rows the page lists, from either source: the build-time department
// shard (built documents, never loaded whole) or a document imported in this browser. Pure.
import type { Citation, DepartmentTask, DepartmentTaskInfo, PolicyDocument, UnitRole } from '../../../shared/schema';

export interface DepartmentRow {
  docId: string;
  taskId: string;
  path: string[];
  title: string;
  section: string;
  citation: Citation;
  role: UnitRole;
  /** First in a 责任单位 list of a task without roles — shown as such, never as lead. */
  listedFirst: boolean;
  /** How many departments the task names (context: sole owner vs one of nine). */
  departmentCount: number;
}

const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };
const key = (docId: string, taskId: string) => `${docId}\u0000${taskId}`;

/** The shard's pairs of this department joined with the task info; a pair without info is a damaged shard. */
export function rowsFromShard(departmentId: string, shard: { tasks: readonly DepartmentTask[]; taskInfo: readonly DepartmentTaskInfo[] }): DepartmentRow[] {
  const info = new Map(shard.taskInfo.map((i) => [key(i.docId, i.taskId), i]));
  return shard.tasks
    .filter((p) => p.departmentId === departmentId)
    .map((p) => {
      const i = info.get(key(p.docId, p.taskId));
      if (!i) throw new Error(`department index: task ${p.docId}/${p.taskId} has no task info`);
      return {
        docId: p.docId, taskId: p.taskId, path: i.path, title: i.title, section: i.section, citation: i.citation, role: p.role,
        // The shard's listedFirst is "opens the unit list"; it means something only where no roles are given.
        listedFirst: p.listedFirst && !i.hasRoles,
        departmentCount: i.departments,
      };
    });
}

/** The same rows read from a whole document (one imported in this browser). */
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
