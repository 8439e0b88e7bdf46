// Place aggregates: per region, the tasks and targets that name it. The per-document part is pure;
// merging adds a document's regions into its province's shard. A region's own government (a city
// department, kind 'city' with its place code) on a task's unit list is counted in the build's
// finish step, where the registry is known (pipeline/indexes/write.ts); the browser adds a local
// (imported) document's regions with the same functions. Pure; shared by the pipeline and the app.
import type { PlaceAggregate, PolicyDocument } from './schema';

export const emptyPlace = (code: string): PlaceAggregate => ({ code, tasks: 0, targets: 0, responsible: 0, taskIds: [], targetIds: [], achievedIds: [], responsibleIds: [], written: [] });

/** Regions one document names, with the (document, task) pairs behind each count. */
export function documentPlaces(doc: PolicyDocument): PlaceAggregate[] {
  const byCode = new Map<string, PlaceAggregate>();
  const at = (code: string) => {
    let a = byCode.get(code);
    if (!a) byCode.set(code, (a = emptyPlace(code)));
    return a;
  };
  for (const t of doc.tasks) {
    for (const code of new Set(t.places)) {
      const a = at(code);
      a.tasks++;
      a.taskIds.push([doc.id, t.id]);
    }
    for (const m of t.placeMentions) addWritten(at(m.code), m.name, 1);
  }
  // Targets apart from a five-year review's achieved figures (those are not asked of a region).
  for (const i of doc.indicators) {
    for (const code of new Set(i.places)) {
      const a = at(code);
      if (i.stage === 'target') {
        a.targets++;
        a.targetIds.push([doc.id, i.id]);
      } else a.achievedIds.push([doc.id, i.id]);
    }
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** [docId, taskId, departmentId] for every city government named on a task, by the city's code. */
export function responsiblePairs(doc: PolicyDocument, cityOf: ReadonlyMap<string, string>): Array<{ code: string; ref: [string, string, string] }> {
  const out: Array<{ code: string; ref: [string, string, string] }> = [];
  for (const t of doc.tasks) {
    const seen = new Set<string>();
    for (const u of t.units) {
      const code = cityOf.get(u.departmentId);
      if (!code || seen.has(u.departmentId)) continue;
      seen.add(u.departmentId);
      out.push({ code, ref: [doc.id, t.id, u.departmentId] });
    }
  }
  return out;
}

function addWritten(a: PlaceAggregate, name: string, n: number): void {
  const i = a.written.findIndex(([w]) => w === name);
  if (i < 0) a.written.push([name, n]);
  else a.written[i] = [name, a.written[i]![1] + n];
  // Most frequent first; ties keep the order first seen (a stable sort).
  a.written.sort((x, y) => y[1] - x[1]);
}

/** Add one document's regions into a running aggregate (same codes summed, pairs appended). */
export function mergePlaces(into: Map<string, PlaceAggregate>, regions: readonly PlaceAggregate[]): void {
  for (const r of regions) {
    const a = into.get(r.code);
    if (!a) into.set(r.code, { ...r, taskIds: [...r.taskIds], targetIds: [...r.targetIds], achievedIds: [...r.achievedIds], responsibleIds: [...r.responsibleIds], written: r.written.map(([w, n]) => [w, n]) });
    else {
      a.tasks += r.tasks;
      a.targets += r.targets;
      a.responsible += r.responsible;
      a.taskIds.push(...r.taskIds);
      a.targetIds.push(...r.targetIds);
      a.achievedIds.push(...r.achievedIds);
      a.responsibleIds.push(...r.responsibleIds);
      for (const [w, n] of r.written) addWritten(a, w, n);
    }
  }
}

