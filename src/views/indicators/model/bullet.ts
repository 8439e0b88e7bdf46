// Geometry of the bullet chart on a target card: a scale from the start (stated baseline or first
// supplied figure) to the target, with the latest supplied figure. Drawn as SVG in JSX — hundreds of
// cards would be hundreds of ECharts instances, which no filter change could repaint in 100 ms.
import type { Indicator } from '../../../shared/schema';
import type { Assessment } from '../../../kernel/progress/status';

export interface BulletMark {
  kind: 'start' | 'latest' | 'target' | 'targetMax';
  value: number;
  /** Position along the bar, 0–100. */
  pct: number;
}

export interface BulletGeometry {
  min: number;
  max: number;
  marks: BulletMark[];
  /** The filled part: from the start (or the scale's low end) to the latest figure. */
  fill: { from: number; to: number } | null;
}

/** Only for level-like targets with a start or a latest figure; growth rates are shown as paces instead. */
export function bulletGeometry(ind: Indicator, a: Assessment): BulletGeometry | null {
  // A baseline the text states without its year ("迈上7万元新台阶") still belongs on the bar, though
  // no pace can be counted from it.
  const startValue = a.start?.value ?? (ind.baseline && ind.baseline.unit === ind.unit ? ind.baseline.value : undefined);
  if (a.mode !== 'linear' || ind.kind === 'growth' || (startValue === undefined && a.latest === null)) return null;
  const values = [ind.value, ...(ind.valueMax !== null ? [ind.valueMax] : []), startValue, a.latest?.value].filter(
    (v): v is number => v !== undefined,
  );
  let min = Math.min(...values);
  let max = Math.max(...values);
  // Shares and non-negative levels read best from zero when zero is near; otherwise pad the span.
  const span = max - min || Math.abs(max) || 1;
  min = min >= 0 && min - span * 0.5 <= 0 ? 0 : min - span * 0.1;
  max = max + span * 0.1;
  const pct = (v: number) => ((v - min) / (max - min)) * 100;
  const marks: BulletMark[] = [];
  if (startValue !== undefined) marks.push({ kind: 'start', value: startValue, pct: pct(startValue) });
  if (a.latest) marks.push({ kind: 'latest', value: a.latest.value, pct: pct(a.latest.value) });
  marks.push({ kind: 'target', value: ind.value, pct: pct(ind.value) });
  if (ind.valueMax !== null) marks.push({ kind: 'targetMax', value: ind.valueMax, pct: pct(ind.valueMax) });
  const fill = a.latest ? { from: startValue !== undefined ? pct(startValue) : 0, to: pct(a.latest.value) } : null;
  return { min, max, marks, fill };
}
