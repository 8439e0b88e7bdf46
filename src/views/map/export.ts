// Exports carry what the screen shows: title, legend and the map note are part of the canvas.
// PNG: the live chart at 2× pixel ratio. SVG: the export model through the shared SVG renderer.
import type { ECharts } from 'echarts/core';
import { downloadSvg, renderSvg } from '../../kernel/echarts/svg-export';
import { downloadDataUrl } from '../../kernel/lib/download';
import { buildMapModel, type MapModelInput } from './map-model';

export function pngDataUrl(chart: ECharts): string {
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
}

export function exportPng(chart: ECharts, filename: string): string {
  const url = pngDataUrl(chart);
  downloadDataUrl(filename, url);
  return url;
}

export function svgString(input: MapModelInput): string {
  return renderSvg(buildMapModel({ ...input, forExport: true }).option, input.width, input.height);
}

export function exportSvg(input: MapModelInput, filename: string): void {
  downloadSvg(filename, svgString(input));
}
