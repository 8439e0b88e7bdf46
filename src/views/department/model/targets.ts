// The targets a department answers for — those of its tasks — by due year, and which are overdue:
// the year has ended (the target for Y is due at the end of Y) and no figure has been reported,
// built or entered here. Computed from dates and entries only, never guessed (逾期未报, not "behind").
import type { Indicator, PolicyDocument } from '../../../shared/schema';
import type { Portfolio } from './portfolio';

export interface DepartmentTarget {
  indicator: Indicator;
  docId: string;
  taskTitle: string;
  reported: boolean;
  overdue: boolean;
}

export interface YearGroup {
  /** null: the document states no year. */
  year: number | null;
  targets: DepartmentTarget[];
}

export function departmentTargets(portfolio: Portfolio, docs: readonly Pick<PolicyDocument, 'id' | 'indicators'>[], reported: ReadonlySet<string>, currentYear: number): YearGroup[] {
  const groups = new Map<number | null, DepartmentTarget[]>();
  for (const d of portfolio.documents) {
    const doc = docs.find((x) => x.id === d.docId);
    if (!doc) continue;
    const titles = new Map(d.tasks.map((p) => [p.task.id, p.task.title]));
    for (const ind of doc.indicators) {
      if (ind.stage !== 'target' || !ind.taskId || !titles.has(ind.taskId)) continue;
      const has = reported.has(ind.id);
      const item = { indicator: ind, docId: doc.id, taskTitle: titles.get(ind.taskId)!, reported: has, overdue: !has && ind.targetYear !== null && ind.targetYear < currentYear };
      groups.set(ind.targetYear, [...(groups.get(ind.targetYear) ?? []), item]);
    }
  }
  // Earliest due first; undated last.
  return [...groups].sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity)).map(([year, targets]) => ({ year, targets }));
}
