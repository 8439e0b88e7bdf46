// Map *state*, apart from drawing (the OWID grapher split): per region of a province, what the
// loaded documents ask of it. Three measures, each a list (the side panel shows the items, the
// colour shows the count):
//   mentions    — tasks whose text names a place in the region (task.places);
//   responsible — tasks where the region's government is a responsible department (a registry entry whose
//                 department has kind 'city' and placeCode = region);
//   targets     — figures stated for a place in the region (indicator.places).
// "No data" is not zero: a province with no document has no data for any region (null), a region
// the documents never name has 0. A region without a division code cannot be matched at all.
// Built documents come as the build's place aggregates (index/places/<province>.json: ids only, so
// colouring a province reads one small file, never its documents); a ref's task or target is filled
// in once its document is loaded (the panel of the region the user opens). Local (imported)
// documents are read whole and counted as before.
import type { Department, Indicator, PlaceShard, PolicyDocument, Task, TaskUnit } from '../../../shared/schema';

export type ColourMode = 'mentions' | 'responsible' | 'targets';
export const COLOUR_MODES: readonly ColourMode[] = ['mentions', 'responsible', 'targets'];

export interface TaskRef {
  docId: string;
  taskId: string;
  /** The task itself, when its document is loaded (always for local documents). */
  task?: Task;
}
export interface ResponsibleRef extends TaskRef {
  /** Ids of the region's city-government departments on the task. */
  departmentIds: string[];
  /** Those departments as the task lists them (牵头/配合 kept), when its document is loaded. */
  departments?: TaskUnit[];
}
export interface TargetRef {
  docId: string;
  indicatorId: string;
  indicator?: Indicator;
}

export interface RegionState {
  code: string | null;
  name: string;
  mentions: TaskRef[];
  responsible: ResponsibleRef[];
  targets: TargetRef[];
}

export type NoDataReason = 'no-document' | 'no-code' | 'no-departments';

export interface MapState {
  provinceCode: string;
  docIds: string[];
  /** Whether any of the province's documents names responsible departments (002 and 004 name none). */
  departmentsNamed: boolean;
  regions: RegionState[];
}

/**
 * The region a place code falls in: the region itself (省直辖县 such as 仙桃 429004 and the
 * municipalities' districts are regions of their own), else its prefecture (first four digits + 00:
 * 潞城区 140406 → 长治市 140400). Province-level codes belong to no region.
 */
export function regionOf(place: string, regionCodes: ReadonlySet<string>): string | null {
  if (regionCodes.has(place)) return place;
  const prefecture = `${place.slice(0, 4)}00`;
  return regionCodes.has(prefecture) ? prefecture : null;
}

export function buildMapState(
  provinceCode: string,
  regions: readonly { code: string | null; name: string }[],
  documents: readonly PolicyDocument[],
  departments: readonly Department[],
): MapState {
  const docs = documents.filter((d) => d.provinceCode === provinceCode);
  const codes = new Set(regions.flatMap((r) => (r.code ? [r.code] : [])));
  const byCode = new Map<string, RegionState>();
  const out = regions.map((r): RegionState => {
    const s: RegionState = { code: r.code, name: r.name, mentions: [], responsible: [], targets: [] };
    if (r.code) byCode.set(r.code, s);
    return s;
  });
  const cityOf = new Map<string, string>();
  for (const d of departments) if (d.kind === 'city' && d.placeCode) cityOf.set(d.id, d.placeCode);

  for (const doc of docs) {
    for (const task of doc.tasks) {
      const hit = new Set(task.places.map((p) => regionOf(p, codes)).filter((c): c is string => c !== null));
      for (const c of hit) byCode.get(c)!.mentions.push({ docId: doc.id, taskId: task.id, task });
      const units = new Map<string, TaskUnit[]>();
      for (const u of task.units) {
        const place = cityOf.get(u.departmentId);
        const c = place ? regionOf(place, codes) : null;
        if (c) units.set(c, [...(units.get(c) ?? []), u]);
      }
      for (const [c, us] of units) byCode.get(c)!.responsible.push({ docId: doc.id, taskId: task.id, task, departmentIds: [...new Set(us.map((u) => u.departmentId))], departments: us });
    }
    // Targets only: a five-year review's achieved figures are not asked of a region.
    for (const indicator of doc.indicators) {
      if (indicator.stage !== 'target') continue;
      const hit = new Set(indicator.places.map((p) => regionOf(p, codes)).filter((c): c is string => c !== null));
      for (const c of hit) byCode.get(c)!.targets.push({ docId: doc.id, indicatorId: indicator.id, indicator });
    }
  }
  return { provinceCode, docIds: docs.map((d) => d.id), departmentsNamed: docs.some((d) => d.tasks.some((t) => t.unitsStated)), regions: out };
}

/**
 * The same state from the build's place aggregates of the province, plus the local documents (read
 * whole, with their own departments). A task naming two places of one region counts once; refs
 * carry ids only — fillRefs() adds the tasks and targets of the documents loaded later.
 */
export function buildMapStateFromIndex(
  provinceCode: string,
  regions: readonly { code: string | null; name: string }[],
  shard: PlaceShard,
  localDocuments: readonly PolicyDocument[],
  localDepartments: readonly Department[],
): MapState {
  const local = buildMapState(provinceCode, regions, localDocuments, localDepartments);
  const codes = new Set(regions.flatMap((r) => (r.code ? [r.code] : [])));
  const docOrder = new Map(shard.documents.map((id, i) => [id, i]));
  const order = <R extends { docId: string }>(list: R[]) => list.sort((a, b) => (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0));
  const perRegion = new Map<string, { mentions: Map<string, TaskRef>; responsible: Map<string, ResponsibleRef>; targets: Map<string, TargetRef> }>();
  const at = (c: string) => {
    let r = perRegion.get(c);
    if (!r) perRegion.set(c, (r = { mentions: new Map(), responsible: new Map(), targets: new Map() }));
    return r;
  };
  // The province's own documents only (as buildMapState): a national or other province's document
  // naming a place here is in the aggregate (the place page lists it) but not in this map.
  const own = (docId: string) => docOrder.has(docId);
  for (const a of shard.regions) {
    const c = regionOf(a.code, codes);
    if (!c) continue;
    const r = at(c);
    for (const [docId, taskId] of a.taskIds) if (own(docId) && !r.mentions.has(`${docId}\u0000${taskId}`)) r.mentions.set(`${docId}\u0000${taskId}`, { docId, taskId });
    for (const [docId, indicatorId] of a.targetIds) if (own(docId) && !r.targets.has(`${docId}\u0000${indicatorId}`)) r.targets.set(`${docId}\u0000${indicatorId}`, { docId, indicatorId });
    for (const [docId, taskId, departmentId] of a.responsibleIds) {
      if (!own(docId)) continue;
      const key = `${docId}\u0000${taskId}`;
      const had = r.responsible.get(key);
      if (!had) r.responsible.set(key, { docId, taskId, departmentIds: [departmentId] });
      else if (!had.departmentIds.includes(departmentId)) had.departmentIds.push(departmentId);
    }
  }
  const out = local.regions.map((l): RegionState => {
    const r = l.code ? perRegion.get(l.code) : undefined;
    if (!r) return l;
    return {
      ...l,
      mentions: [...order([...r.mentions.values()]), ...l.mentions],
      responsible: [...order([...r.responsible.values()]), ...l.responsible],
      targets: [...order([...r.targets.values()]), ...l.targets],
    };
  });
  return {
    provinceCode,
    docIds: [...shard.documents, ...local.docIds],
    departmentsNamed: shard.departmentsNamed || local.departmentsNamed,
    regions: out,
  };
}

/** Refs with their tasks and targets from the loaded documents (refs of other documents unchanged). */
export function fillRefs(region: RegionState, docs: readonly PolicyDocument[]): RegionState {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const task = (r: TaskRef) => r.task ?? byId.get(r.docId)?.tasks.find((x) => x.id === r.taskId);
  return {
    ...region,
    mentions: region.mentions.map((r) => (r.task ? r : { ...r, task: task(r) })),
    responsible: region.responsible.map((r) => {
      if (r.task && r.departments) return r;
      const t = task(r);
      return t ? { ...r, task: t, departments: t.units.filter((u) => r.departmentIds.includes(u.departmentId)) } : r;
    }),
    targets: region.targets.map((r) => (r.indicator ? r : { ...r, indicator: byId.get(r.docId)?.indicators.find((i) => i.id === r.indicatorId) })),
  };
}

/** The number a region is coloured by, or why there is none. */
export function regionValue(state: MapState, region: RegionState, mode: ColourMode): number | NoDataReason {
  if (state.docIds.length === 0) return 'no-document';
  if (!region.code) return 'no-code';
  // Where no document names responsible departments, "0 tasks" would claim what the text never says.
  if (mode === 'responsible' && !state.departmentsNamed) return 'no-departments';
  return region[mode].length;
}
