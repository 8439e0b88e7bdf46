// One way to export any chart (issue 15.1): the view's export option (what the user sees minus
// selection chrome and controls) drawn again off-screen — canvas at 2× for PNG, ECharts' SVG
// renderer for SVG — inside the citation frame (export-frame.ts). Views import this module
// dynamically, so export code loads only when the user exports.
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { downloadDataUrl } from '../lib/download';
import { echarts, THEME_NAME } from './core';
import { framedSvg, framePng, type ExportFrame } from './export-frame';
import { downloadSvg, renderSvg } from './svg-export';

// One hidden canvas chart, resized per export and never disposed: zrender may still be painting
// in a later frame, and disposing under it throws.
let pngChart: ECharts | null = null;

/** The option drawn on a hidden canvas at `ratio`× (no animation), as a PNG data URL. */
export function renderPng(option: EChartsCoreOption, width: number, height: number, ratio = 2): string {
  pngChart ??= echarts.init(document.createElement('div'), THEME_NAME, { renderer: 'canvas', width, height });
  pngChart.resize({ width, height });
  pngChart.setOption({ ...option, animation: false }, { notMerge: true });
  const url = pngChart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#fff' });
  pngChart.clear();
  return url;
}

export interface ChartExport {
  option: EChartsCoreOption;
  width: number;
  height: number;
  frame: ExportFrame;
}

export async function framedPngUrl(x: ChartExport): Promise<string> {
  return framePng(renderPng(x.option, x.width, x.height, 2), x.width, x.height, x.frame, 2);
}

export function framedSvgString(x: ChartExport): string {
  return framedSvg(renderSvg(x.option, x.width, x.height), x.width, x.height, x.frame);
}

export async function exportChart(kind: 'png' | 'svg', x: ChartExport, name: string): Promise<void> {
  if (kind === 'png') downloadDataUrl(`${name}.png`, await framedPngUrl(x));
  else downloadSvg(`${name}.svg`, framedSvgString(x));
}
