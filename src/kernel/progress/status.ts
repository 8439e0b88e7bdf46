// In the kernel because two views read it (the indicators' cards, the department page's targets).
// On track / behind / unknown, computed only from figures someone stated: the document's own target
// and baseline, and rows a person supplied in data/progress. Nothing is interpolated or guessed: with
// no figure to compare, the answer is "unknown" and the reason says which figure is missing.
import type { Indicator, ProgressRow } from '../../shared/schema';
import { growthSign, impliedGrowth, linearPace, paceMode, requiredGrowth, type PaceMode, type Point } from './pace';
import { dateToYear } from './time';

// overdue (逾期未报): the target's year has ended and nobody has reported a figure — a fact about
// reporting, not a judgement that the target is behind.
export type Status = 'on-track' | 'behind' | 'overdue' | 'unknown';

export type StatusReason =
  | 'met' // the latest figure already satisfies the target
  | 'pace-enough' // at the pace so far the target is reached by its year
  | 'pace-short'
  | 'missed' // the target year has passed without the target being met
  | 'not-a-target' // a figure reported as achieved, not a goal
  | 'no-progress' // no user-supplied figure for this target
  | 'overdue' // no figure at all, and the target year has ended
  | 'baseline-undated' // a baseline the text gives without its year: no pace can be counted from it
  | 'no-target-year'
  | 'one-point'; // a single figure and no baseline: no pace (and, for a plain 达到, no direction) can be read

export interface Assessment {
  status: Status;
  reason: StatusReason;
  mode: PaceMode;
  /** Where the required pace is counted from: the stated baseline, else the first supplied figure. */
  start: Point | null;
  latest: Point | null;
  /** The figure that decides the target: the floor, or the ceiling (upper end of a range) for 控制在. */
  threshold: number;
  /** Per year: indicator units (linear) or signed percent (compound). */
  required: number | null;
  implied: number | null;
}

export function observationsFor(rows: ProgressRow[]): Point[] {
  return rows.map((r) => ({ year: dateToYear(r.date), value: r.value })).sort((a, b) => a.year - b.year);
}

/** A ceiling: 以内/不超过, or 控制在…左右 / 缩小到…左右 (approximate, but from above). */
const isCeiling = (ind: Pick<Indicator, 'comparator' | 'direction'>) => ind.comparator === '<=' || ind.direction === 'down';

/**
 * Which way is better: +1 up, -1 down. The words decide when they say (以上, 控制在, 提高到 …);
 * for a plain 达到 or 左右, a target below the starting figure means coming down. null: nothing says.
 */
export function directionOf(ind: Pick<Indicator, 'comparator' | 'direction'>, threshold: number, start: Point | null): 1 | -1 | null {
  if (ind.comparator === '<=' || ind.direction === 'down') return -1;
  if (ind.comparator === '>=' || ind.comparator === '>' || ind.direction === 'up') return 1;
  return start ? (threshold < start.value ? -1 : 1) : null;
}

/**
 * `currentYear`: the calendar year today (the caller's clock). A target for year Y is due at the end
 * of Y, so it is overdue from Y+1 on when no figure is reported; without `currentYear` nothing is overdue.
 */
export function assess(ind: Indicator, rows: ProgressRow[], currentYear?: number): Assessment {
  const obs = observationsFor(rows);
  const latest = obs.length > 0 ? obs[obs.length - 1] : null;
  const threshold = isCeiling(ind) ? (ind.valueMax ?? ind.value) : ind.value;
  const mode = paceMode(ind);
  const base = { mode, latest, threshold };

  if (ind.kind === 'growth') {
    const required = requiredGrowth({ ...ind, value: threshold });
    const implied = impliedGrowth(ind, obs);
    const out = { ...base, start: null, required, implied };
    if (ind.stage === 'achieved') return { ...out, status: 'unknown', reason: 'not-a-target' };
    if (!latest) return noFigure(out, ind, currentYear);
    if (required === null) return { ...out, status: 'unknown', reason: 'no-target-year' };
    if (implied === null) return { ...out, status: 'unknown', reason: 'one-point' };
    // Signed rates: a fall target (下降) is on track when the fall is at least as steep.
    const d = growthSign(ind) * (isCeiling(ind) ? -1 : 1);
    const ok = d * (implied - required) >= 0;
    return { ...out, status: ok ? 'on-track' : 'behind', reason: ok ? 'pace-enough' : 'pace-short' };
  }

  const baseline = ind.baseline && ind.baseline.year !== null ? { year: ind.baseline.year, value: ind.baseline.value } : null;
  const start = baseline ?? (obs.length >= 2 ? obs[0] : null);
  const required = start && ind.targetYear !== null ? linearPace(start, { year: ind.targetYear, value: threshold }) : null;
  const implied = start && latest && latest !== start ? linearPace(start, latest) : null;
  const out = { ...base, start, required, implied };
  if (ind.stage === 'achieved') return { ...out, status: 'unknown', reason: 'not-a-target' };
  if (!latest) return noFigure(out, ind, currentYear);
  // Say why there is no pace: a baseline without its year is not "no baseline" (a card never contradicts itself).
  const noPace: StatusReason = ind.baseline && ind.baseline.year === null ? 'baseline-undated' : 'one-point';

  const d = directionOf(ind, threshold, start);
  // A plain 达到/左右 with one figure and no baseline: even "met" would be a guess about direction.
  if (d === null) return { ...out, status: 'unknown', reason: noPace };
  // 超过 is passed only above the figure; the other comparators are met at it.
  const gap = d * (latest.value - threshold);
  if (ind.comparator === '>' ? gap > 0 : gap >= 0) return { ...out, status: 'on-track', reason: 'met' };
  if (ind.targetYear === null) return { ...out, status: 'unknown', reason: 'no-target-year' };
  if (latest.year >= ind.targetYear) return { ...out, status: 'behind', reason: 'missed' };
  if (implied === null) return { ...out, status: 'unknown', reason: noPace };
  const projected = latest.value + implied * (ind.targetYear - latest.year);
  const ok = d * (projected - threshold) >= 0;
  return { ...out, status: ok ? 'on-track' : 'behind', reason: ok ? 'pace-enough' : 'pace-short' };
}

/** A target's status while no figure is reported: overdue (逾期未报) once its year has ended, else unknown. */
export function statusWithoutFigure(targetYear: number | null, currentYear: number | undefined): 'overdue' | 'unknown' {
  return currentYear !== undefined && targetYear !== null && targetYear < currentYear ? 'overdue' : 'unknown';
}

function noFigure<T extends Omit<Assessment, 'status' | 'reason'>>(out: T, ind: Pick<Indicator, 'targetYear'>, currentYear: number | undefined): T & Pick<Assessment, 'status' | 'reason'> {
  if (statusWithoutFigure(ind.targetYear, currentYear) === 'overdue') return { ...out, status: 'overdue', reason: 'overdue' };
  return { ...out, status: 'unknown', reason: 'no-progress' };
}
