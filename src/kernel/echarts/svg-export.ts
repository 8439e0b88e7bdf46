// SVG exports of any chart: the option a view draws on screen, rendered again by ECharts' SVG
// renderer into a detached chart (server-side-rendering mode, so nothing touches the page). The
// on-screen charts use canvas, whose own export is raster only.
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { downloadBlob } from '../lib/download';
import { echarts, THEME_NAME } from './core';

// Only exports draw SVG: the renderer is registered here, in the export chunk, not in the views'.
echarts.use([SVGRenderer]);

/** The chart types the option uses must be registered on the shared core (the view's echarts-setup). */
export function renderSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, THEME_NAME, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, backgroundColor: '#ffffff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function downloadSvg(filename: string, svg: string): void {
  downloadBlob(filename, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
}
