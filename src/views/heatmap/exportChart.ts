// PNG/SVG/CSV downloads of the matrix as shown. SVG is rendered by a throw-away SVG-renderer instance
// with the same option (the on-screen chart uses canvas, whose export is raster only).
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { THEME_NAME } from '../../app/echarts/core';
import { echarts } from './chart/echarts';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportPng(chart: ECharts, name: string): void {
  const dataUrl = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const bytes = atob(dataUrl.split(',')[1]);
  const buf = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) buf[i] = bytes.charCodeAt(i);
  download(`${name}.png`, new Blob([buf], { type: 'image/png' }));
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
  download(`${name}.svg`, new Blob([renderSvg(option, width, height)], { type: 'image/svg+xml' }));
}

export function exportCsv(csv: string, name: string): void {
  download(`${name}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
