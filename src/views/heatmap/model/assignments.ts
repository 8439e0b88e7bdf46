// Document's tasks + department registry → flat list of (task, department, role) assignments.
// Built once per document; filters and matrices derive from it.
import type { Department, HeatmapTask, UnitRole } from '../../../shared/schema';
import type { Assignment, MatrixDepartment, MatrixSection, MatrixTask, ResponsibilityBase } from './types';

/** A heatmap index (schema.ts heatmapDocument) or a whole document: what the rows and columns need of each task. */
type DocumentInput = { id: string; tasks: readonly HeatmapTask[] };
/** What a row needs of a registry entry (the heatmap index carries just these). */
export type RegistryEntry = Pick<Department, 'id' | 'name' | 'kind' | 'category' | 'pinyin' | 'aliases'>;

/** A role is "stronger" when it says more: a department named twice on a task (alias + full name) keeps the stronger one. */
const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

export function sectionKeyOf(path: readonly string[], sectionTitle: string | null): string {
  // path = [part, section?, item]: the section numeral is only present when the document has sections.
  return sectionTitle !== null && path.length > 2 ? `${path[0]}·${path[1]}` : path[0];
}

export function sectionLabelOf(path: readonly string[], sectionTitle: string | null): string {
  return sectionTitle !== null && path.length > 2 ? `${path[0]}(${path[1]})` : path[0];
}

export function buildResponsibilityBase(doc: DocumentInput, registry: readonly RegistryEntry[]): ResponsibilityBase {
  const byId = new Map(registry.map((d) => [d.id, d]));
  const departments: MatrixDepartment[] = [];
  const rowOf = new Map<string, number>();
  const tasks: MatrixTask[] = [];
  const sections: MatrixSection[] = [];
  const sectionIndex = new Map<string, number>();
  const assignments: Assignment[] = [];
  let tasksWithDepartments = 0;
  let anyRoles = false;

  doc.tasks.forEach((task, index) => {
    const key = sectionKeyOf(task.path, task.sectionTitle);
    let s = sectionIndex.get(key);
    if (s === undefined) {
      s = sections.length;
      sectionIndex.set(key, s);
      sections.push({
        key,
        label: sectionLabelOf(task.path, task.sectionTitle),
        title: task.sectionTitle ?? task.partTitle,
        taskCount: 0,
      });
    }
    sections[s].taskCount++;
    const hasRoles = task.units.some((u) => u.role !== 'responsible');
    anyRoles ||= hasRoles;
    tasks.push({
      id: task.id,
      index,
      label: task.path.join('·'),
      title: task.title,
      sectionKey: key,
      sectionTitle: sections[s].title,
      hasRoles,
    });
    if (task.unitsStated && task.units.length > 0) tasksWithDepartments++;

    const seen = new Map<number, Assignment>();
    task.units.forEach((unit, position) => {
      let row = rowOf.get(unit.departmentId);
      if (row === undefined) {
        row = departments.length;
        rowOf.set(unit.departmentId, row);
        const reg = byId.get(unit.departmentId);
        // A department missing from the registry still gets a row (named as written), so nothing silently vanishes.
        departments.push({
          id: unit.departmentId,
          name: reg?.name ?? unit.name,
          kind: reg?.kind ?? 'other',
          category: reg?.category ?? null,
          sortKey: reg?.pinyin ?? unit.name,
          firstTask: index,
          aliases: [...new Set([...(reg?.aliases ?? []), unit.name])],
        });
      }
      // The first (or only) department of a list without roles. A sole department is listed first too: calling it
      // "not listed first" drew a task's only owner lighter than the head of a longer list.
      const listedFirst = !hasRoles && position === 0;
      const prev = seen.get(row);
      if (prev) {
        if (STRENGTH[unit.role] > STRENGTH[prev.role]) prev.role = unit.role;
        return;
      }
      const a: Assignment = { task: index, department: row, role: unit.role, listedFirst };
      seen.set(row, a);
      assignments.push(a);
    });
  });

  return { docId: doc.id, departments, tasks, sections, assignments, tasksWithDepartments, anyRoles };
}
