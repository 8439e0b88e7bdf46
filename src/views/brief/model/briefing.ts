// What a briefing says, from the data alone: its key targets with their status (computed by the
// shared rule in kernel/targets — 逾期未报 when the year has ended with no figure; 推定 years kept
// as marked), the departments that answer for most tasks (牵头 / 配合 counts), and the documents
// cited. Pure: the page only lays it out. Nothing is filled in that the data does not hold.
import type { Department, Indicator, PolicyDocument, ProgressRow, TaskUnit, UnitRole } from '../../../shared/schema';
import { buildEntries, type TargetEntry } from '../../../kernel/targets/catalogue';
import type { Status } from '../../../kernel/progress/status';
import type { LocalProgress } from '../../../kernel/entries/types';
import { latestStatus, type StatusEntry } from '../../../kernel/entries/task-status';

export interface BriefTarget {
  entry: TargetEntry;
  /** The 督办 status of the task carrying the target (latest entry), null when none was reported. */
  taskStatus: StatusEntry | null;
  /** 1-based number of its document in the citations list. */
  citation: number;
}

/** Tasks a department is named on, by its role there (a department named twice on a task counts once, with the stronger role). */
export interface RoleTally {
  lead: number;
  support: number;
  responsible: number;
  total: number;
}

export interface BriefDepartment {
  id: string;
  name: string;
  counts: RoleTally;
}

export interface BriefCitation {
  n: number;
  docId: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  issuer: string | null;
}

export interface Briefing {
  targets: BriefTarget[];
  /** Targets left out of the briefing (see MAX_TARGETS): the page says how many and links to them. */
  moreTargets: number;
  departments: BriefDepartment[];
  moreDepartments: number;
  citations: BriefCitation[];
  counts: { tasks: number; targets: number; byStatus: Record<Status, number> };
}

export const MAX_TARGETS = 24;
export const MAX_DEPARTMENTS = 10;

// What needs a reader's attention first: overdue reports and targets off pace, then those on
// track, then the ones nothing can be said about. Within a rank, the earliest due year first.
const RANK: Record<Status, number> = { overdue: 0, behind: 1, 'on-track': 2, unknown: 3 };

export function pickTargets(entries: readonly TargetEntry[], max = MAX_TARGETS): TargetEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => RANK[a.e.assessment.status] - RANK[b.e.assessment.status] || (a.e.indicator.targetYear ?? Infinity) - (b.e.indicator.targetYear ?? Infinity) || a.i - b.i)
    .slice(0, max)
    .map((x) => x.e);
}

// 牵头 says more than 配合, which says more than a plain listing (the heatmap and the department
// page rank a department named twice on one task the same way).
const STRENGTH: Record<UnitRole, number> = { lead: 2, support: 1, responsible: 0 };

/** Departments named on the documents' tasks, most tasks led first (then supported, then all). */
export function topDepartments(docs: readonly PolicyDocument[], registry: readonly Department[], max = MAX_DEPARTMENTS): { departments: BriefDepartment[]; more: number } {
  const byId = new Map(registry.map((d) => [d.id, d]));
  const tallies = new Map<string, BriefDepartment>();
  for (const task of docs.flatMap((d) => d.tasks)) {
    const best = new Map<string, TaskUnit>();
    for (const u of task.units) {
      const seen = best.get(u.departmentId);
      if (!seen || STRENGTH[u.role] > STRENGTH[seen.role]) best.set(u.departmentId, u);
    }
    for (const [id, u] of best) {
      // The registry's name; failing that, the name as the document writes it.
      const d = tallies.get(id) ?? { id, name: byId.get(id)?.name ?? u.name, counts: { lead: 0, support: 0, responsible: 0, total: 0 } };
      d.counts[u.role]++;
      d.counts.total++;
      tallies.set(id, d);
    }
  }
  const all = [...tallies.values()].sort((a, b) => b.counts.lead - a.counts.lead || b.counts.support - a.counts.support || b.counts.total - a.counts.total || a.name.localeCompare(b.name, 'zh'));
  return { departments: all.slice(0, max), more: Math.max(0, all.length - max) };
}

export interface BriefInput {
  docs: readonly PolicyDocument[];
  progress: readonly ProgressRow[];
  local: readonly LocalProgress[];
  statusIndex: Map<string, StatusEntry[]>;
  registry: readonly Department[];
  /** Today's year: what is overdue (逾期未报). */
  currentYear: number;
  /** How many targets to list: a document's briefing lists all of them, a province's the first MAX_TARGETS. */
  maxTargets?: number;
}

export function buildBriefing(input: BriefInput): Briefing {
  const docs = [...input.docs];
  const citations: BriefCitation[] = docs.map((d, i) => ({ n: i + 1, docId: d.id, title: d.title, docNumber: d.docNumber, date: d.date, issuer: d.issuer }));
  const citationOf = new Map(citations.map((c) => [c.docId, c.n]));
  const entries = buildEntries(docs, [...input.progress], input.currentYear, [...input.local]).filter((e) => e.indicator.stage === 'target');
  const byStatus: Record<Status, number> = { overdue: 0, behind: 0, 'on-track': 0, unknown: 0 };
  for (const e of entries) byStatus[e.assessment.status]++;
  const picked = pickTargets(entries, input.maxTargets ?? MAX_TARGETS);
  const targets = picked.map((entry) => ({
    entry,
    taskStatus: entry.indicator.taskId ? latestStatus(input.statusIndex, entry.docId, entry.indicator.taskId) : null,
    citation: citationOf.get(entry.docId)!,
  }));
  const top = topDepartments(docs, input.registry);
  return {
    targets,
    moreTargets: entries.length - picked.length,
    departments: top.departments,
    moreDepartments: top.more,
    citations,
    counts: { tasks: docs.reduce((n, d) => n + d.tasks.length, 0), targets: entries.length, byStatus },
  };
}

/** The year shown for a target and whether the text implies it (推定) rather than writes it. */
export function targetYear(ind: Pick<Indicator, 'targetYear' | 'yearBasis'>): { year: number | null; inferred: boolean } {
  return { year: ind.targetYear, inferred: ind.targetYear !== null && ind.yearBasis === 'inferred' };
}

/** The build date as YYYY-MM-DD, or null when the manifest has none (or something else). */
export function buildDate(builtAt: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(builtAt ?? '');
  return m ? m[1] : null;
}
