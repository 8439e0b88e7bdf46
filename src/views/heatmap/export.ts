// PNG/SVG/CSV downloads of the matrix as shown. SVG goes through the shared SVG renderer (the
// dataZoom sliders are controls, not content: the window they set is kept).
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { THEME_NAME } from '../../kernel/echarts/core';
import { downloadSvg, renderSvg } from '../../kernel/echarts/svg-export';
import { downloadDataUrl, downloadText } from '../../kernel/lib/download';
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

export function exportSvg(option: EChartsCoreOption, width: number, height: number, name: string): void {
  downloadSvg(`${name}.svg`, renderSvg(option, width, height));
}

export function exportCsv(csv: string, name: string): void {
  downloadText(`${name}.csv`, csv);
}
