// Exports carry what the screen shows: title, legend and the map note are part of the canvas.
// PNG: the live chart at 2× pixel ratio. SVG: the same option rendered by ECharts' SVG renderer
// into a detached chart (server-side-rendering mode, so nothing touches the page).
import type { ECharts } from 'echarts/core';
import { echarts, THEME_NAME } from '../../kernel/echarts/core';
import { downloadBlob, downloadDataUrl } from '../../kernel/lib/download';
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
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width: input.width, height: input.height });
  try {
    const { option } = buildMapModel({ ...input, forExport: true });
    chart.setOption({ ...option, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function exportSvg(input: MapModelInput, filename: string): void {
  downloadBlob(filename, new Blob([svgString(input)], { type: 'image/svg+xml;charset=utf-8' }));
}
