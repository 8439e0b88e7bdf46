// The targets a department answers for — a target is the department's when its task names the
// department — by due year, each with its status from the kernel's assess (src/kernel/progress):
// overdue (逾期未报) is a target whose year has ended with no figure built or entered, computed from
// dates and entries only, never guessed ("no figure reported", not "behind").
import { assess, type Assessment } from '../../../kernel/progress/status';
import type { Indicator, ProgressRow } from '../../../shared/schema';
import type { DepartmentRow } from './rows';

export interface DepartmentTarget {
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
  targets: DepartmentTarget[];
  overdue: number;
}

export function departmentTargets(
  rows: readonly DepartmentRow[],
  targets: readonly { indicator: Indicator; docId: string }[],
  progress: ReadonlyMap<string, ProgressRow[]>,
  currentYear: number,
): YearGroup[] {
  const titles = new Map(rows.map((r) => [`${r.docId}\u0000${r.taskId}`, r.title]));
  const groups = new Map<number | null, DepartmentTarget[]>();
  const seen = new Set<string>();
  for (const { indicator: ind, docId } of targets) {
    if (ind.stage !== 'target' || !ind.taskId || seen.has(ind.id)) continue;
    const title = titles.get(`${docId}\u0000${ind.taskId}`);
    if (title === undefined) continue;
    seen.add(ind.id);
    const figures = progress.get(ind.id) ?? [];
    const item = { indicator: ind, docId, taskTitle: title, figures: figures.length, assessment: assess(ind, figures, currentYear) };
    groups.set(ind.targetYear, [...(groups.get(ind.targetYear) ?? []), item]);
  }
  // Earliest due first; undated last.
  return [...groups]
    .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
    .map(([year, list]) => ({ year, targets: list, overdue: list.filter((x) => x.assessment.status === 'overdue').length }));
}
