// The targets a department answers for — a target is the department's when its task names the
// department — by due year, each with its status from the kernel's assess (src/kernel/progress):
// overdue (逾期未报) is a target whose year has ended with no figure built or entered, computed from
// dates and entries only, never guessed ("no figure reported", not "behind").
import { assess, type Assessment } from '../../../kernel/progress/status';
import type { DepartmentTarget, Indicator, ProgressRow } from '../../../shared/schema';
import { matches, type Filters } from './portfolio';
import type { DepartmentRow } from './rows';

export interface DepartmentTargetStatus {
  indicator: Indicator;
  docId: string;
  taskTitle: string;
  /** Figures reported for it (built and local). */
  figures: number;
  assessment: Assessment;
}

export interface YearGroup {
  /** null: the document states no year. */
  year: number | null;
  targets: DepartmentTargetStatus[];
  overdue: number;
}

/** The targets of an imported document's tasks that name the department (as the index holds them for a built one). */
export function localTargets(doc: { id: string; indicators: readonly Indicator[] }, rows: readonly DepartmentRow[]): DepartmentTarget[] {
  const mine = new Map(rows.filter((r) => r.docId === doc.id).map((r) => [r.taskId, r]));
  return doc.indicators.flatMap((indicator) => {
    const r = indicator.stage === 'target' && indicator.taskId !== null ? mine.get(indicator.taskId) : undefined;
    return r ? [{ indicator, docId: doc.id, taskTitle: r.title, role: r.role, listedFirst: r.listedFirst }] : [];
  });
}

/** The targets under the page's filters (a target goes with its task's role and document), by due year. */
export function departmentTargets(
  targets: readonly DepartmentTarget[],
  filters: Filters,
  progress: ReadonlyMap<string, ProgressRow[]>,
  currentYear: number,
): YearGroup[] {
  const groups = new Map<number | null, DepartmentTargetStatus[]>();
  const seen = new Set<string>();
  for (const x of targets) {
    const ind = x.indicator;
    if (ind.stage !== 'target' || !ind.taskId || seen.has(ind.id) || !matches(x, filters)) continue;
    seen.add(ind.id);
    const figures = progress.get(ind.id) ?? [];
    const item = { indicator: ind, docId: x.docId, taskTitle: x.taskTitle, figures: figures.length, assessment: assess(ind, figures, currentYear) };
    groups.set(ind.targetYear, [...(groups.get(ind.targetYear) ?? []), item]);
  }
  // Earliest due first; undated last.
  return [...groups]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([year, list]) => ({ year, targets: list, overdue: list.filter((x) => x.assessment.status === 'overdue').length }));
}
