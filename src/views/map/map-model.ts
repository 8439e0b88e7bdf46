// Everything the chart needs for one size, province and state, computed in one place so the
// screen and the SVG export build the very same picture.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from './strings';
import type { LoadedProvince } from './geo/load';
import { layoutLabels } from './labels/layout';
import type { PlacedLabel } from './labels/placement';
import { buildMapOption } from './option/build-option';
import { canvasLayout } from './option/layout';
import { provinceProjection, type MapProjection } from './projection';
import { colourRegions } from './state/colouring';
import type { ColourMode, MapState } from './state/map-state';
import type { ChartTokens } from '../../kernel/theme/tokens';

export interface MapModelInput {
  province: LoadedProvince;
  mapName: string;
  state: MapState;
  mode: ColourMode;
  showValues: boolean;
  selected: string | null;
  width: number;
  height: number;
  view: { zoom: number; center: number[] | null };
  forExport?: boolean;
  /** The theme's chart tokens; the light theme's when omitted (exports: on a white background). */
  tokens?: ChartTokens;
}

export function mapNote(meta: LoadedProvince['meta']): string {
  const s = meta.source;
  return t.map.note(t.map.mapData(s.package, s.version, s.license), meta.divisionsEdition);
}

export function buildMapModel(input: MapModelInput): { option: EChartsCoreOption; projection: MapProjection; labels: PlacedLabel[] } {
  const { province, width, height } = input;
  const note = mapNote(province.meta);
  const layout = canvasLayout(width, height, note);
  const m = layout.map;
  const projection = provinceProjection(province.regions, {
    width,
    height,
    padding: [m.y, width - m.x - m.w, height - m.y - m.h, m.x],
  });
  // One colouring for the fills, the legend and the labels: the label layout makes room for exactly
  // the values the labels will show (none where a region has no data, 'no-departments' included).
  const colouring = colourRegions(input.state, input.mode, input.tokens?.map);
  const labels = layoutLabels(province.regions, projection, layout.labels, { fontSize: layout.fontSize, values: input.showValues ? colouring.value : undefined });
  const option = buildMapOption({
    mapName: input.mapName,
    provinceName: province.meta.provinceName,
    regions: province.regions,
    projection,
    layout,
    labels,
    state: input.state,
    colouring,
    mode: input.mode,
    showValues: input.showValues,
    selected: input.selected,
    note,
    view: input.view,
    forExport: input.forExport,
    tokens: input.tokens,
  });
  return { option, projection, labels };
}
