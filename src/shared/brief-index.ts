// What the province briefing needs of a province's documents, computed the same way by the pipeline
// (index/brief/<province>.json, pipeline/indexes/brief.ts) and by the app (documents imported in the
// browser, and a document's own briefing). Pure and shared, like the schema.
//
// Targets: the briefing lists overdue (逾期未报) targets first, then behind, on track and unknown,
// the earliest year first within a status. A target with no reported figure is overdue when its
// year has ended and unknown otherwise — its status only grows with its year — so among targets
// without figures that order is simply (year, document order), whatever the year of viewing. The
// index therefore carries the first BRIEF_TARGETS of them in that order and a count per year; a
// target with a figure (progress.json, or entered in the browser) needs its own row (the app then
// reads the province's target catalogue).
import type { TaskUnit, UnitRole } from './schema';

/** Targets a province briefing lists (the rest are counted, and linked to the indicators view). */
export const BRIEF_TARGETS = 24;

/** Tasks a department is named on, by its role there (named twice on a task: once, the stronger role). */
export interface RoleTally {
  lead: number;
  support: number;
  responsible: number;
  total: number;
}

export interface DepartmentTally {
  id: string;
  name: string;
  counts: RoleTally;
}

// 牵头 says more than 配合, which says more than a plain listing (the heatmap and the department
// page rank a department named twice on one task the same way).
const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

/**
 * Add the tasks' departments into `into` (by id). `nameOf`: the registry's name of a department,
 * failing that the name as the document writes it.
 */
export function tallyDepartments(tasks: Iterable<{ units: readonly TaskUnit[] }>, nameOf: (id: string) => string | undefined, into = new Map<string, DepartmentTally>()): Map<string, DepartmentTally> {
  for (const task of tasks) {
    const best = new Map<string, TaskUnit>();
    for (const u of task.units) {
      const seen = best.get(u.departmentId);
      if (!seen || STRENGTH[u.role] > STRENGTH[seen.role]) best.set(u.departmentId, u);
    }
    for (const [id, u] of best) {
      const d = into.get(id) ?? { id, name: nameOf(id) ?? u.name, counts: { lead: 0, support: 0, responsible: 0, total: 0 } };
      d.counts[u.role]++;
      d.counts.total++;
      into.set(id, d);
    }
  }
  return into;
}

/** Most tasks led first, then supported, then all, then by name. */
export function rankDepartments(list: Iterable<DepartmentTally>): DepartmentTally[] {
  return [...list].sort((a, b) => b.counts.lead - a.counts.lead || b.counts.support - a.counts.support || b.counts.total - a.counts.total || a.name.localeCompare(b.name, 'zh'));
}

/** Two tallies of one department (built and imported documents): counts added. */
export function addTallies(a: DepartmentTally, b: DepartmentTally): DepartmentTally {
  return { id: a.id, name: a.name, counts: { lead: a.counts.lead + b.counts.lead, support: a.counts.support + b.counts.support, responsible: a.counts.responsible + b.counts.responsible, total: a.counts.total + b.counts.total } };
}

/** The order of targets without a figure (see the header): stated year (none last), then document order. */
export function byYearThenOrder<T extends { year: number | null; order: number }>(a: T, b: T): number {
  return (a.year ?? Infinity) - (b.year ?? Infinity) || a.order - b.order;
}
