// One document's department × task matrix: pure. A department named twice on a task (an alias and
// the full name) keeps the stronger role; listedFirst says it opens the task's unit list.
import type { Department, DepartmentTask, HeatmapDepartments, HeatmapMatrix, PolicyDocument, UnitRole } from '../../src/shared/schema';
import { SCHEMA_VERSION } from '../../src/shared/schema';
import { toColumns } from '../../src/shared/columnar';

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

export function heatmapMatrix(doc: PolicyDocument): HeatmapMatrix {
  const pairs = departmentTasks(doc);
  const deptPos = new Map<string, number>();
  const departments: HeatmapMatrix['departments'] = [];
  const names = new Map(doc.tasks.flatMap((t) => t.units.map((u) => [u.departmentId, u.name] as const)));
  for (const p of pairs) {
    if (deptPos.has(p.departmentId)) continue;
    deptPos.set(p.departmentId, departments.length);
    departments.push({ id: p.departmentId, name: names.get(p.departmentId) ?? p.departmentId });
  }
  const taskPos = new Map(doc.tasks.map((t, i) => [t.id, i]));
  const cells = pairs.map((p) => ({ d: deptPos.get(p.departmentId)!, t: taskPos.get(p.taskId)!, role: p.role, first: p.listedFirst ? 1 : 0 }));
  return {
    schemaVersion: SCHEMA_VERSION,
    docId: doc.id,
    departments,
    tasks: doc.tasks.map((t) => ({ id: t.id, label: t.path.join('·'), title: t.title, section: t.sectionTitle ?? t.partTitle })),
    cells: toColumns(cells),
  };
}

/** The registry entries of the departments one document's pairs name, in their order (ids the registry lacks are left out: the heatmap names those as written). */
export function heatmapDepartments(docId: string, pairs: readonly DepartmentTask[], registry: ReadonlyMap<string, Department>): HeatmapDepartments {
  const ids = [...new Set(pairs.filter((p) => p.docId === docId).map((p) => p.departmentId))];
  const departments = ids.flatMap((id) => {
    const d = registry.get(id);
    return d ? [{ id: d.id, name: d.name, aliases: d.aliases, pinyin: d.pinyin, kind: d.kind, category: d.category }] : [];
  });
  return { schemaVersion: SCHEMA_VERSION, docId, departments };
}
