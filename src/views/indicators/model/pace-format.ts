// How a pace reads on a card: signed, with the unit it moves in per year. A share moves in 百分点
// (67% − 64% is 3 百分点, not 3%); a compound rate is a percent per year.
import type { Indicator } from '../../../shared/schema';
import { formatPlain } from '../../../kernel/lib/format';
import { t } from '../strings';
import type { PaceMode } from '../../../kernel/progress/pace';

export function paceUnit(ind: Pick<Indicator, 'unit' | 'kind'>, mode: PaceMode): string {
  if (mode === 'compound') return '%';
  if (ind.unit === '%' && ind.kind !== 'growth') return t.indicators.percentPoint;
  return ind.unit;
}

export function formatPace(value: number | null, ind: Pick<Indicator, 'unit' | 'kind'>, mode: PaceMode): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatPlain(Math.abs(value), 2)}${paceUnit(ind, mode)}${t.indicators.perYear}`;
}

/** Short document label for axes and chips: province and the start of the title. */
export function docLabel(province: string, title: string, max = 12): string {
  const short = title.length > max ? `${title.slice(0, max)}…` : title;
  return `${province}·${short}`;
}
