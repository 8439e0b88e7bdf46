// The map's text alternative in one sentence (the chart's aria-label): how many regions have a
// value and the highest ones, from regionValue — the number the chart colours each region by. Every
// region's value is in the region list beside the map, which the chart names as its description.
import type { ColourMode, MapState } from '../../../kernel/map/state/map-state';
import { regionValue } from '../../../kernel/map/state/map-state';

const TOP = 3;

/** "太原市 12、大同市 8、朔州市 5" for the regions with the highest non-zero values (ties by list order). */
export function topRegions(state: MapState, mode: ColourMode, sep: string, n = TOP): string {
  return state.regions
    .map((r, i) => ({ r, i, v: regionValue(state, r, mode) }))
    .filter((x): x is { r: typeof x.r; i: number; v: number } => typeof x.v === 'number' && x.v > 0)
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, n)
    .map((x) => `${x.r.name} ${x.v}`)
    .join(sep);
}

/** Regions with a number (0 included) and in all: "no data" is not zero, so they are counted apart. */
export function regionsWithValue(state: MapState, mode: ColourMode): { withValue: number; total: number } {
  return { withValue: state.regions.filter((r) => typeof regionValue(state, r, mode) === 'number').length, total: state.regions.length };
}
