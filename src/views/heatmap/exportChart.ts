// PNG/SVG/CSV downloads of the matrix as shown. SVG is rendered by a throw-away SVG-renderer instance
// with the same option (the on-screen chart uses canvas, whose export is raster only).
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { THEME_NAME } from '../../kernel/echarts/core';
import { downloadBlob, downloadDataUrl, downloadText } from '../../kernel/lib/download';
import { echarts } from './option/echarts';

// One hidden canvas chart for PNG exports, resized per export and never disposed: zrender may still
// be painting in a later frame, and disposing under it throws (see warm-up.ts).
let pngChart: ECharts | null = null;

/** The export option (the whole matrix, chartOption.ts) drawn on a hidden canvas at 2×. */
export function renderPng(option: EChartsCoreOption, width: number, height: number): string {
  pngChart ??= echarts.init(document.createElement('div'), THEME_NAME, { renderer: 'canvas', width, height });
  pngChart.resize({ width, height });
  pngChart.setOption({ ...option, animation: false }, { notMerge: true });
  const url = pngChart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  pngChart.clear();
  return url;
}

export function exportPng(option: EChartsCoreOption, width: number, height: number, name: string): void {
  downloadDataUrl(`${name}.png`, renderPng(option, width, height));
}

export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const c = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height });
  try {
    // The dataZoom sliders are controls, not content: the window they set is kept.
    c.setOption({ ...option, backgroundColor: '#fff' });
    return c.renderToSVGString();
  } finally {
    c.dispose();
  }
}

export function exportSvg(option: EChartsCoreOption, width: number, height: number, name: string): void {
  downloadBlob(`${name}.svg`, new Blob([renderSvg(option, width, height)], { type: 'image/svg+xml' }));
}

export function exportCsv(csv: string, name: string): void {
  downloadText(`${name}.csv`, csv);
}
