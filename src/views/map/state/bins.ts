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

// The colours are the theme's (kernel/theme/tokens.ts: ramp, zero, no data); the light theme's are
// the defaults, and what tests and exports use.
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';

export type MapPalette = Pick<ChartTokens['map'], 'ramp' | 'zero' | 'noData'>;

/** Number of classes a legend has at most (the ramp's length in every theme). */
const MAX_CLASSES = 6;
export const ZERO_COLOUR = LIGHT.map.zero;
export const NO_DATA_COLOUR = LIGHT.map.noData;

function ramp(n: number, colours: readonly string[]): string[] {
  if (n >= colours.length) return colours.slice(0, n);
  // Spread n steps over the whole ramp so two bins still look clearly different.
  return Array.from({ length: n }, (_, i) => colours[n === 1 ? colours.length - 2 : Math.round((i * (colours.length - 1)) / (n - 1))]);
}

export function countBins(values: readonly number[], palette: MapPalette = LIGHT.map): Bin[] {
  for (const v of values) if (!Number.isInteger(v) || v < 0) throw new Error(`invalid count: ${v}`);
  const max = Math.max(0, ...values);
  const ranges: [number, number][] = [];
  // All zero: the legend is just 0 (no empty "1" bin).
  if (max <= 4) for (let i = 1; i <= max; i++) ranges.push([i, i]);
  else for (let lo = 1; lo <= max; lo *= 2) ranges.push([lo, lo * 2 - 1]);
  if (ranges.length > MAX_CLASSES) {
    // Merge the top bins (only when a count passes 63): keep the ramp readable.
    const last = ranges.splice(MAX_CLASSES - 1);
    ranges.push([last[0][0], last[last.length - 1][1]]);
  }
  const colours = ramp(ranges.length, palette.ramp);
  return [
    { min: 0, max: 0, label: '0', colour: palette.zero },
    ...ranges.map(([lo, hi], i) => ({ min: lo, max: hi, label: lo === hi ? `${lo}` : `${lo}–${hi}`, colour: colours[i] })),
  ];
}

export function binOf(bins: readonly Bin[], value: number): Bin {
  const bin = bins.find((b) => value >= b.min && value <= b.max);
  if (!bin) throw new Error(`value ${value} outside the legend bins`);
  return bin;
}
