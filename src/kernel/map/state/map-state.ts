// Map *state*, apart from drawing (the OWID grapher split): per region of a province, what the
// loaded documents ask of it. Three measures, each a list (the side panel shows the items, the
// colour shows the count):
//   mentions    — tasks whose text names a place in the region (task.places);
//   responsible — tasks where the region's government is a responsible department (a registry entry whose
//                 department has kind 'city' and placeCode = region);
//   targets     — figures stated for a place in the region (indicator.places).
// "No data" is not zero: a province with no document has no data for any region (null), a region
// the documents never name has 0. A region without a division code cannot be matched at all.
import type { Department, Indicator, PolicyDocument, Task, TaskUnit } from '../../../shared/schema';

export type ColourMode = 'mentions' | 'responsible' | 'targets';
export const COLOUR_MODES: readonly ColourMode[] = ['mentions', 'responsible', 'targets'];

export interface TaskRef {
  docId: string;
  task: Task;
}
export interface ResponsibleRef extends TaskRef {
  /** The city-government departments of this region on the task (牵头/配合 kept). */
  departments: TaskUnit[];
}
export interface TargetRef {
  docId: string;
  indicator: Indicator;
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
      for (const c of hit) byCode.get(c)!.mentions.push({ docId: doc.id, task });
      const units = new Map<string, TaskUnit[]>();
      for (const u of task.units) {
        const place = cityOf.get(u.departmentId);
        const c = place ? regionOf(place, codes) : null;
        if (c) units.set(c, [...(units.get(c) ?? []), u]);
      }
      for (const [c, us] of units) byCode.get(c)!.responsible.push({ docId: doc.id, task, departments: us });
    }
    // Targets only: a five-year review's achieved figures are not asked of a region.
    for (const indicator of doc.indicators) {
      if (indicator.stage !== 'target') continue;
      const hit = new Set(indicator.places.map((p) => regionOf(p, codes)).filter((c): c is string => c !== null));
      for (const c of hit) byCode.get(c)!.targets.push({ docId: doc.id, indicator });
    }
  }
  return { provinceCode, docIds: docs.map((d) => d.id), departmentsNamed: docs.some((d) => d.tasks.some((t) => t.unitsStated)), regions: out };
}

/** The number a region is coloured by, or why there is none. */
export function regionValue(state: MapState, region: RegionState, mode: ColourMode): number | NoDataReason {
  if (state.docIds.length === 0) return 'no-document';
  if (!region.code) return 'no-code';
  // Where no document names responsible departments, "0 tasks" would claim what the text never says.
  if (mode === 'responsible' && !state.departmentsNamed) return 'no-departments';
  return region[mode].length;
}
