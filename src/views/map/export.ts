// Exports carry what the screen shows minus selection chrome: title, legend and the map note are
// part of the export option; the selected region's outline is not. PNG (2×) and SVG both draw the
// export option off-screen inside the citation frame (sources, build date). Loaded on first export.
import { exportChart, framedSvgString, type ChartExport } from '../../kernel/echarts/export-chart';
import type { ExportFrame } from '../../kernel/echarts/export-frame';
import { LIGHT } from '../../kernel/theme/tokens';
import { buildMapModel, type MapModelInput } from '../../kernel/map/map-model';
import { registerProvinceMap } from '../../kernel/map/register-map';
import '../../kernel/map/echarts-setup';

export function mapExport(input: MapModelInput, frame: ExportFrame): ChartExport {
  // The map's own title and note are drawn on the canvas: the frame adds the citations only.
  // Exports are on a white background in the light theme's colours, whatever theme the screen is in.
  registerProvinceMap(input.mapName, input.province.regions);
  const option = buildMapModel({ ...input, selected: null, forExport: true, tokens: LIGHT }).option;
  return { option, width: input.width, height: input.height, frame: { ...frame, title: '' } };
}

export function svgString(input: MapModelInput, frame: ExportFrame): string {
  return framedSvgString(mapExport(input, frame));
}

export function exportMap(kind: 'png' | 'svg', input: MapModelInput, frame: ExportFrame, filename: string): Promise<void> {
  return exportChart(kind, mapExport(input, frame), filename);
}
