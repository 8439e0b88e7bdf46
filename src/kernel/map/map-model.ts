// Everything the chart needs for one size, province and state, computed in one place so the
// screen, the static first view (static/static-map.ts) and the SVG export build the very same picture.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from './strings';
import type { LoadedProvince } from './geo/load';
import { layoutLabels, projectRegions } from './labels/layout';
import type { PlacedLabel, Point } from './labels/placement';
import { buildMapOption } from './option/build-option';
import { legendSize } from './option/legend';
import { canvasLayout, type CanvasLayout } from './option/layout';
import { provinceProjection, type MapProjection } from './projection';
import { colourRegions, type RegionColouring } from './state/colouring';
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

/** The drawing's geometry and colours, before any renderer: one projection and one label layout. */
export interface MapScene {
  input: MapModelInput;
  note: string;
  layout: CanvasLayout;
  projection: MapProjection;
  /** Per region (in the file's order): its polygons' rings in pixels. */
  projected: Point[][][][];
  colouring: RegionColouring;
  labels: PlacedLabel[];
}

export function mapNote(meta: LoadedProvince['meta']): string {
  const s = meta.source;
  return t.map.note(t.map.mapData(s.package, s.version, s.license), meta.divisionsEdition);
}

export function buildMapScene(input: MapModelInput): MapScene {
  const { province, width, height } = input;
  const note = mapNote(province.meta);
  // One colouring for the fills, the legend and the labels: the label layout makes room for exactly
  // the values the labels will show (none where a region has no data, 'no-departments' included).
  const colouring = colourRegions(input.state, input.mode, input.tokens?.map);
  const layout = canvasLayout(width, height, note, legendSize(colouring, t.map.legendUnit[input.mode]));
  const m = layout.map;
  const projection = provinceProjection(province.regions, {
    width,
    height,
    padding: [m.y, width - m.x - m.w, height - m.y - m.h, m.x],
  });
  const projected = projectRegions(province.regions, projection);
  const labels = layoutLabels(province.regions, projection, layout.labels, { fontSize: layout.fontSize, values: input.showValues ? colouring.value : undefined }, projected);
  return { input, note, layout, projection, projected, colouring, labels };
}

/** The ECharts option of a scene. */
export function mapOption(scene: MapScene): EChartsCoreOption {
  const { input } = scene;
  return buildMapOption({
    mapName: input.mapName,
    provinceName: input.province.meta.provinceName,
    regions: input.province.regions,
    projection: scene.projection,
    layout: scene.layout,
    labels: scene.labels,
    projected: scene.projected,
    state: input.state,
    colouring: scene.colouring,
    mode: input.mode,
    showValues: input.showValues,
    selected: input.selected,
    note: scene.note,
    view: input.view,
    forExport: input.forExport,
    tokens: input.tokens,
  });
}

export function buildMapModel(input: MapModelInput): { option: EChartsCoreOption; projection: MapProjection; labels: PlacedLabel[] } {
  const scene = buildMapScene(input);
  return { option: mapOption(scene), projection: scene.projection, labels: scene.labels };
}
