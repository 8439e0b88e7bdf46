// Pace arithmetic. Levels, shares and counts move linearly (公里/年, 百分点/年): that is how the plans
// state and how officials check them. Growth targets are compound: "年均增长7%" is itself an annual
// rate, and "较2017年下降10%" is a cumulative change whose annual equivalent is a root, not a tenth.
import type { Indicator } from '../../shared/schema';

export interface Point {
  year: number;
  value: number;
}

export type PaceMode = 'linear' | 'compound';

export interface Pace {
  mode: PaceMode;
  /** linear: indicator units per year (百分点 for shares); compound: signed percent per year (−1.3 = falls 1.3%/yr). */
  perYear: number;
}

type PaceIndicator = Pick<Indicator, 'kind' | 'name' | 'value' | 'unit' | 'targetYear' | 'baseline' | 'citation'>;

/** A change stated in 百分点 (每年提高一个百分点) adds up; it does not compound. */
export function isAdditiveGrowth(ind: Pick<Indicator, 'unit'>): boolean {
  return /百分点/.test(ind.unit);
}

export function paceMode(ind: Pick<Indicator, 'kind' | 'unit'>): PaceMode {
  return ind.kind === 'growth' && !isAdditiveGrowth(ind) ? 'compound' : 'linear';
}

/** Growth stated as a fall (下降/降低/减少) counts negative; the figure itself is written as a magnitude. */
export function growthSign(ind: Pick<Indicator, 'name'>): 1 | -1 {
  return /下降|降低|减少|缩小|压减/.test(ind.name) ? -1 : 1;
}

/**
 * For a growth target, the year the change is counted from when the text states one
 * ("较2017年下降10%"): then the figure is cumulative. Without it the figure is an annual rate.
 */
export function growthReferenceYear(ind: PaceIndicator): number | null {
  if (ind.baseline?.year != null) return ind.baseline.year;
  const m = /(?:较|比)(\d{4})年/.exec(ind.citation.quote);
  return m ? Number(m[1]) : null;
}

/** Linear pace between two points; null when they do not span time. */
export function linearPace(from: Point, to: Point): number | null {
  const years = to.year - from.year;
  return years > 0 ? (to.value - from.value) / years : null;
}

/** Annual compound rate (percent) equivalent to a cumulative signed change of `percent` over `years`. */
export function compoundAnnual(percent: number, years: number): number | null {
  if (years <= 0 || percent <= -100) return null;
  return (Math.pow(1 + percent / 100, 1 / years) - 1) * 100;
}

/** Geometric mean of yearly signed growth rates (percent). */
export function meanGrowth(rates: number[]): number | null {
  if (rates.length === 0 || rates.some((r) => r <= -100)) return null;
  const log = rates.reduce((s, r) => s + Math.log(1 + r / 100), 0) / rates.length;
  return (Math.exp(log) - 1) * 100;
}

/** The signed annual rate a growth target asks for, or null when it cannot be known. */
export function requiredGrowth(ind: PaceIndicator): number | null {
  const sign = growthSign(ind);
  const ref = growthReferenceYear(ind);
  if (ref === null) return sign * ind.value; // already an annual rate
  if (ind.targetYear === null || ind.targetYear <= ref) return null;
  if (isAdditiveGrowth(ind)) return (sign * ind.value) / (ind.targetYear - ref);
  return compoundAnnual(sign * ind.value, ind.targetYear - ref);
}

/**
 * The signed annual rate implied by user-supplied figures for a growth target: yearly rates for an
 * annual-rate target, the cumulative change so far for a target counted from a reference year.
 */
export function impliedGrowth(ind: PaceIndicator, observations: Point[]): number | null {
  if (observations.length === 0) return null;
  const sign = growthSign(ind);
  const ref = growthReferenceYear(ind);
  if (ref === null) {
    const rates = observations.map((o) => sign * o.value);
    return isAdditiveGrowth(ind) ? rates.reduce((a, b) => a + b, 0) / rates.length : meanGrowth(rates);
  }
  const latest = observations[observations.length - 1];
  if (latest.year <= ref) return null;
  if (isAdditiveGrowth(ind)) return (sign * latest.value) / (latest.year - ref);
  return compoundAnnual(sign * latest.value, latest.year - ref);
}
