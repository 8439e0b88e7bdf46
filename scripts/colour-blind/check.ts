// Which colours must stay apart, per theme, and the check itself. "Adjacent" means what a viewer
// has to tell apart side by side:
// - a sequential palette (the map's count classes, the sections heatmap scale): each step and the
//   next, and "zero" and "no data" against every step and each other (they can border any class);
// - a categorical palette (heatmap roles, 督办 status, measure-history series): every pair, since
//   any two can meet in the grid or on one chart.
import { forcedTokens, THEME_TOKENS, type ChartTokens, type SystemColours } from '../../src/kernel/theme/tokens';
import { seenDifference, VISIONS, type Vision } from './cvd';

/**
 * Minimum CIEDE2000 difference between two adjacent classes, for every simulated vision.
 * ΔE00 ≈ 1 is a just-noticeable difference for two large patches side by side under ideal light;
 * map classes are small, separated by borders, read from a legend across a room and, on a
 * projector, with a fraction of the contrast. Sequential-palette guidance (ColorBrewer's steps
 * measure ≈ 8–15 ΔE00 apart) and colour-blind palette studies treat ≈ 5 as "tell apart at a glance";
 * below ~3 neighbouring classes read as one. We require 5.
 */
export const MIN_DELTA_E = 5;

export interface Pair {
  theme: string;
  palette: string;
  a: string;
  b: string;
  colourA: string;
  colourB: string;
}

export interface PairResult extends Pair {
  vision: Vision;
  deltaE: number;
}

function sequential(theme: string, palette: string, steps: readonly [string, string][]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < steps.length; i++) out.push({ theme, palette, a: steps[i][0], b: steps[i + 1][0], colourA: steps[i][1], colourB: steps[i + 1][1] });
  return out;
}

function allPairs(theme: string, palette: string, items: readonly [string, string][]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push({ theme, palette, a: items[i][0], b: items[j][0], colourA: items[i][1], colourB: items[j][1] });
  return out;
}

export function palettePairs(theme: string, tk: ChartTokens): Pair[] {
  const ramp = tk.map.ramp.map((c, i) => [`class ${i + 1}`, c] as [string, string]);
  const specials: [string, string][] = [
    ['zero', tk.map.zero],
    ['no data', tk.map.noData],
  ];
  return [
    ...sequential(theme, 'map classes', ramp),
    ...specials.flatMap(([name, c]) => ramp.map(([rn, rc]) => ({ theme, palette: 'map classes', a: name, b: rn, colourA: c, colourB: rc }))),
    { theme, palette: 'map classes', a: 'zero', b: 'no data', colourA: tk.map.zero, colourB: tk.map.noData },
    ...allPairs(theme, 'heatmap roles', Object.entries(tk.heatmap.roles)),
    ...allPairs(theme, 'heatmap status', Object.entries(tk.heatmap.status)),
    ...sequential(theme, 'heatmap sections scale', tk.heatmap.sectionRamp.map((c, i) => [`step ${i + 1}`, c] as [string, string])),
    ...allPairs(theme, 'indicator series', tk.indicators.series.map((c, i) => [`series ${i + 1}`, c] as [string, string])),
  ];
}

/** System colours of the two usual forced-colors schemes (Windows "Night sky" / "Desert"-like). */
export const SAMPLE_SYSTEM_COLOURS: Record<string, SystemColours> = {
  'forced (dark system)': { canvas: '#000000', canvasText: '#ffffff', linkText: '#ffff00', highlight: '#1aebff', highlightText: '#000000', grayText: '#3ff23f' },
  'forced (light system)': { canvas: '#ffffff', canvasText: '#000000', linkText: '#00009f', highlight: '#37006e', highlightText: '#ffffff', grayText: '#600000' },
};

export function allThemes(): [string, ChartTokens][] {
  return [...Object.entries(THEME_TOKENS), ...Object.entries(SAMPLE_SYSTEM_COLOURS).map(([n, s]) => [n, forcedTokens(s)] as [string, ChartTokens])];
}

export function checkPalettes(themes = allThemes()): PairResult[] {
  return themes.flatMap(([name, tk]) => palettePairs(name, tk).flatMap((p) => VISIONS.map((vision) => ({ ...p, vision, deltaE: seenDifference(p.colourA, p.colourB, vision) }))));
}
