// Legend bins for counts. Counts here are small integers (a document names a city a handful of
// times), so bins are whole numbers a presenter can read out: 0 | 1 | 2 | 3 when the range is
// small, else doubling ranges 1 | 2–3 | 4–7 | 8–15 … (equal steps on a log scale, no fractional
// boundaries). Zero gets its own pale colour; "no data" is not a bin (drawn grey and hatched).
export interface Bin {
  min: number;
  /** Inclusive upper end. */
  max: number;
  label: string;
  colour: string;
}

// ColorBrewer Blues (Cynthia Brewer, Apache-2.0 licensed scheme), darkened at the low end so the
// first bin stays distinct from zero on a washed-out projector.
const RAMP = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];
// Warm beige, dark enough to stand off a white panel on a washed-out projector; no data is grey + dashed.
export const ZERO_COLOUR = '#e8dfcc';
export const NO_DATA_COLOUR = '#d0d0d0';

function ramp(n: number): string[] {
  if (n >= RAMP.length) return RAMP.slice(0, n);
  // Spread n steps over the whole ramp so two bins still look clearly different.
  return Array.from({ length: n }, (_, i) => RAMP[n === 1 ? RAMP.length - 2 : Math.round((i * (RAMP.length - 1)) / (n - 1))]);
}

export function countBins(values: readonly number[]): Bin[] {
  for (const v of values) if (!Number.isInteger(v) || v < 0) throw new Error(`invalid count: ${v}`);
  const max = Math.max(0, ...values);
  const ranges: [number, number][] = [];
  // All zero: the legend is just 0 (no empty "1" bin).
  if (max <= 4) for (let i = 1; i <= max; i++) ranges.push([i, i]);
  else for (let lo = 1; lo <= max; lo *= 2) ranges.push([lo, lo * 2 - 1]);
  if (ranges.length > RAMP.length) {
    // Merge the top bins (only when a count passes 63): keep the ramp readable.
    const last = ranges.splice(RAMP.length - 1);
    ranges.push([last[0][0], last[last.length - 1][1]]);
  }
  const colours = ramp(ranges.length);
  return [
    { min: 0, max: 0, label: '0', colour: ZERO_COLOUR },
    ...ranges.map(([lo, hi], i) => ({ min: lo, max: hi, label: lo === hi ? `${lo}` : `${lo}–${hi}`, colour: colours[i] })),
  ];
}

export function binOf(bins: readonly Bin[], value: number): Bin {
  const bin = bins.find((b) => value >= b.min && value <= b.max);
  if (!bin) throw new Error(`value ${value} outside the legend bins`);
  return bin;
}
