// Number and unit formatting in Chinese convention. Units are shown as the document wrote them
// (万亿元 stays 万亿元); only plain figures are scaled to 万 / 亿, the way officials read them.
import type { Comparator, Indicator } from '../../shared/schema';
import { t } from '../i18n/strings';

/** Units that already carry a magnitude or are ratios: never rescale a figure written with them. */
const NO_SCALE = /^(万|亿|千|百|%|‰|个百分点|百分点|倍)/;

function trimNumber(value: number, digits: number): string {
  // toFixed then drop trailing zeros: 5.50 → 5.5, 3.00 → 3.
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Plain figure with at most `digits` decimals; no thousands separators (Chinese texts write 2500). */
export function formatPlain(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return trimNumber(value, digits);
}

export function formatNumber(value: number, unit = ''): string {
  if (!Number.isFinite(value)) return `${String(value)}${unit}`;
  const abs = Math.abs(value);
  // 百分点 is counted with 个: 每年提高一个百分点 → 1个百分点.
  if (unit === '百分点') return `${formatPlain(value)}个百分点`;
  if (NO_SCALE.test(unit) || abs < 1e4) return `${formatPlain(value)}${unit}`;
  // Scaling never rounds a stated figure: 10460元 → 1.046万元 (not 1.05万元), 123456789 → 1.23456789亿.
  if (abs >= 1e8) return `${formatPlain(value / 1e8, 8)}亿${unit}`;
  return `${formatPlain(value / 1e4, 4)}万${unit}`;
}

export function formatComparator(c: Comparator): string {
  return t.comparator[c];
}

/**
 * "不低于95%", "6%左右", "控制在3.5%", "控制在5.5%左右": comparator in words, the value (and range
 * end), the unit. A change (年均增长, 每年提高 — the verb is in the name) stated plainly gets no 达到.
 */
const CHANGE_NAME = /(?:增长|增加|提高|提升|下降|减少|降低|扩大|新增|增收)$/;

export function formatTarget(
  ind: Pick<Indicator, 'comparator' | 'value' | 'valueMax' | 'unit'> & Partial<Pick<Indicator, 'direction' | 'kind' | 'name'>>,
): string {
  const words = formatComparator(ind.comparator);
  // A range as written (10-11%) keeps both ends; the unit is written once, after the upper end.
  const figure =
    ind.valueMax !== null
      ? `${formatPlain(ind.value)}—${formatNumber(ind.valueMax, ind.unit)}`
      : formatNumber(ind.value, ind.unit);
  // 左右 follows the figure in Chinese ("6%左右"); the other comparators precede it. An approximate
  // ceiling keeps both words: 控制在5.5%左右.
  if (ind.comparator === '~') return ind.direction === 'down' ? `${t.comparator['<=']}${figure}${words}` : `${figure}${words}`;
  // A change stated plainly (年均增长7%, 增长10460元, 每年提高一个百分点): the verb is in the name, no 达到.
  if (ind.comparator === '=' && (ind.kind === 'growth' || (ind.name !== undefined && CHANGE_NAME.test(ind.name)))) return figure;
  return `${words}${figure}`;
}

/** ISO date → 2017年5月15日; null → 未注明 (the source does not state it). */
export function formatDate(iso: string | null): string {
  if (!iso) return t.common.notStated;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
