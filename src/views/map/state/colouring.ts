// Region colouring is map state, not drawing: per region, its value under the colour mode (or no
// value, for any no-data reason including 'no-departments'), the legend bins and the fill. The option,
// the legend and the region labels all read this one result, so they cannot disagree.
import { binOf, countBins, type Bin, type MapPalette } from './bins';
import { LIGHT } from '../../../kernel/theme/tokens';
import { regionValue, type ColourMode, type MapState } from './map-state';

export interface RegionColouring {
  bins: Bin[];
  /** region name → fill */
  colour: Map<string, string>;
  /** region name → the count shown with values on; absent where the region has no data. */
  value: Map<string, string>;
  hasNoData: boolean;
}

export function colourRegions(state: MapState, mode: ColourMode, palette: MapPalette = LIGHT.map): RegionColouring {
  const values = state.regions.map((r) => regionValue(state, r, mode));
  const numeric = values.filter((v): v is number => typeof v === 'number');
  // With no numbers at all (no document for the province) the legend shows only "no data".
  const bins = numeric.length > 0 ? countBins(numeric, palette) : [];
  const colour = new Map<string, string>();
  const value = new Map<string, string>();
  state.regions.forEach((r, i) => {
    const v = values[i];
    colour.set(r.name, typeof v === 'number' ? binOf(bins, v).colour : palette.noData);
    if (typeof v === 'number') value.set(r.name, String(v));
  });
  return { bins, colour, value, hasNoData: values.some((v) => typeof v !== 'number') };
}
