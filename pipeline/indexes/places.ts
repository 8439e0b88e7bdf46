// Place aggregates: per region, the tasks and targets that name it. The per-document part is pure;
// merging adds a document's regions into its province's shard.
import type { Department, PlaceAggregate, PolicyDocument } from '../../src/shared/schema';

/** Regions one document names, with the (document, task) pairs behind each count. */
export function documentPlaces(doc: PolicyDocument, registry: ReadonlyMap<string, Pick<Department, 'placeCode'>> = new Map()): PlaceAggregate[] {
  const byCode = new Map<string, PlaceAggregate>();
  const at = (code: string) => {
    let a = byCode.get(code);
    if (!a) byCode.set(code, (a = { code, tasks: 0, targets: 0, responsible: 0, taskIds: [], targetIds: [] }));
    return a;
  };
  for (const t of doc.tasks) {
    for (const code of new Set(t.places)) {
      const a = at(code);
      a.tasks++;
      a.taskIds.push([doc.id, t.id]);
    }
    const own = new Set(t.units.map((u) => registry.get(u.departmentId)?.placeCode).filter((c): c is string => !!c));
    for (const code of own) at(code).responsible++;
  }
  for (const i of doc.indicators) {
    for (const code of new Set(i.places)) {
      const a = at(code);
      a.targets++;
      a.targetIds.push([doc.id, i.id]);
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Add one document's regions into a running aggregate (same codes summed, pairs appended). */
export function mergePlaces(into: Map<string, PlaceAggregate>, regions: readonly PlaceAggregate[]): void {
  for (const r of regions) {
    const a = into.get(r.code);
    if (!a) into.set(r.code, { ...r, taskIds: [...r.taskIds], targetIds: [...r.targetIds] });
    else {
      a.tasks += r.tasks;
      a.targets += r.targets;
      a.responsible += r.responsible;
      a.taskIds.push(...r.taskIds);
      a.targetIds.push(...r.targetIds);
    }
  }
}
