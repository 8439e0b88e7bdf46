// What a briefing says, from the data alone: its key targets with their status (computed by the
// shared rule in kernel/targets — 逾期未报 when the year has ended with no figure; 推定 years kept
// as marked), the departments that answer for most tasks (牵头 / 配合 counts), and the documents
// cited. Pure: the page only lays it out. Nothing is filled in that the data does not hold.
import type { BriefIndex, Department, Indicator, PolicyDocument, ProgressRow, ProvinceDocuments, TargetEntryRow } from '../../../shared/schema';
import { addTallies, BRIEF_TARGETS, rankDepartments, tallyDepartments, type DepartmentTally } from '../../../shared/brief-index';
import { buildEntries, entriesFromRows, type TargetEntry } from '../../../kernel/targets/catalogue';
import { statusWithoutFigure } from '../../../kernel/progress/status';
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

export type { RoleTally } from '../../../shared/brief-index';
export type BriefDepartment = DepartmentTally;

export interface BriefCitation {
  n: number;
  docId: string;
  title: string;
  docNumber: string | null;
  date: string | null;
  /** A document's own briefing has it; the province's (from the indexes) does not, and does not show it. */
  issuer?: string | null;
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

export const MAX_TARGETS = BRIEF_TARGETS;
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

/** Departments named on the documents' tasks, most tasks led first (then supported, then all). */
export function topDepartments(docs: readonly PolicyDocument[], registry: readonly Pick<Department, 'id' | 'name'>[], max = MAX_DEPARTMENTS): { departments: BriefDepartment[]; more: number } {
  const byId = new Map(registry.map((d) => [d.id, d.name]));
  // The registry's name; failing that, the name as the document writes it.
  const all = rankDepartments(tallyDepartments(docs.flatMap((d) => d.tasks), (id) => byId.get(id)).values());
  return { departments: all.slice(0, max), more: Math.max(0, all.length - max) };
}

/** What buildMapState (kernel/map/state/map-state.ts) reads of a department: the heatmap index's entries carry it. */
export type MapDepartment = Pick<Department, 'id' | 'kind' | 'placeCode'>;
/** The heatmap index's registry entries as buildMapState's departments (it is typed for whole entries, reads these three fields). */
export const forMap = (list: readonly MapDepartment[]) => list as readonly Department[];

export interface BriefInput {
  docs: readonly PolicyDocument[];
  progress: readonly ProgressRow[];
  local: readonly LocalProgress[];
  statusIndex: Map<string, StatusEntry[]>;
  /** The registry entries of the documents' departments (their names): the whole registry or the heatmap index's. */
  registry: readonly Pick<Department, 'id' | 'name'>[];
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

export interface ProvinceBriefInput {
  /** The province's brief index (pipeline/indexes/brief.ts) and its built documents in manifest order. */
  index: BriefIndex;
  documents: ProvinceDocuments['documents'];
  /**
   * The province's whole target catalogue, needed only when a figure is reported for one of its
   * targets (see needsCatalogue); null otherwise.
   */
  catalogue: readonly TargetEntryRow[] | null;
  /** Documents of the province imported in this browser (read whole), and their departments. */
  localDocs: readonly PolicyDocument[];
  localRegistry: readonly Department[];
  progress: readonly ProgressRow[];
  local: readonly LocalProgress[];
  statusIndex: Map<string, StatusEntry[]>;
  currentYear: number;
}

/**
 * Whether a figure (progress.json or entered in this browser) is reported for a target of these
 * built documents: then its status may be anything, and the briefing reads the whole catalogue
 * instead of the index's first targets (shared/brief-index.ts says why those suffice otherwise).
 * Target ids start with their document's id; a false match only costs the larger read.
 */
export function needsCatalogue(docIds: readonly string[], progress: readonly ProgressRow[], local: readonly LocalProgress[]): boolean {
  const ids = [...progress.map((r) => r.indicatorId), ...local.map((l) => l.indicatorId)];
  return ids.some((i) => docIds.some((d) => i.startsWith(d)));
}

/** The province briefing from the build's indexes (plus the province's local documents, read whole). */
export function buildProvinceBriefing(input: ProvinceBriefInput): Briefing {
  const { index, currentYear } = input;
  const citations: BriefCitation[] = [
    ...input.documents.map((d) => ({ docId: d.id, title: d.title, docNumber: d.docNumber, date: d.date })),
    ...input.localDocs.map((d) => ({ docId: d.id, title: d.title, docNumber: d.docNumber, date: d.date, issuer: d.issuer })),
  ].map((c, i) => ({ n: i + 1, ...c }));
  const citationOf = new Map(citations.map((c) => [c.docId, c.n]));
  const progress = [...input.progress];
  const local = [...input.local];
  const targetsOnly = (es: TargetEntry[]) => es.filter((e) => e.indicator.stage === 'target');
  const localEntries = targetsOnly(buildEntries([...input.localDocs], progress, currentYear, local));
  const byStatus: Record<Status, number> = { overdue: 0, behind: 0, 'on-track': 0, unknown: 0 };
  let built: TargetEntry[];
  let builtCount: number;
  if (input.catalogue) {
    built = targetsOnly(entriesFromRows(input.catalogue, progress, currentYear, local));
    builtCount = built.length;
    for (const e of built) byStatus[e.assessment.status]++;
  } else {
    // No figure for any built target: each is overdue or unknown by its year alone.
    built = targetsOnly(entriesFromRows(index.targets, progress, currentYear, local));
    builtCount = 0;
    for (const [year, n] of index.targetYears) {
      byStatus[statusWithoutFigure(year, currentYear)] += n;
      builtCount += n;
    }
  }
  for (const e of localEntries) byStatus[e.assessment.status]++;
  const picked = pickTargets([...built, ...localEntries], MAX_TARGETS);
  const targets = picked.map((entry) => ({
    entry,
    taskStatus: entry.indicator.taskId ? latestStatus(input.statusIndex, entry.docId, entry.indicator.taskId) : null,
    citation: citationOf.get(entry.docId)!,
  }));
  const names = new Map(input.localRegistry.map((d) => [d.id, d.name]));
  const tallies = new Map<string, DepartmentTally>(index.departments.map((d) => [d.id, d]));
  for (const d of tallyDepartments(input.localDocs.flatMap((x) => x.tasks), (id) => names.get(id)).values()) {
    const had = tallies.get(d.id);
    tallies.set(d.id, had ? addTallies(had, d) : d);
  }
  const all = rankDepartments(tallies.values());
  const total = builtCount + localEntries.length;
  return {
    targets,
    moreTargets: total - picked.length,
    departments: all.slice(0, MAX_DEPARTMENTS),
    moreDepartments: Math.max(0, all.length - MAX_DEPARTMENTS),
    citations,
    counts: { tasks: index.tasks + input.localDocs.reduce((n, d) => n + d.tasks.length, 0), targets: total, byStatus },
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
