// PNG and SVG buttons for any chart: the view hands over how to build its export (option, size,
// citation frame); the export code itself loads on the first click (kernel/echarts/export-chart).
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../i18n/strings';
import type { ExportFrame } from '../echarts/export-frame';

export interface ChartExportSpec {
  option: EChartsCoreOption;
  width: number;
  height: number;
  frame: ExportFrame;
}

/** `spec` may be async: e.g. to read the source documents' 文号 and dates from the (cached) manifest. */
export default function ChartExportButtons({ spec, name, label }: { spec: () => ChartExportSpec | Promise<ChartExportSpec>; name: string; label: string }) {
  const run = (kind: 'png' | 'svg') => void Promise.all([import('../echarts/export-chart'), spec()]).then(([x, s]) => x.exportChart(kind, s, name));
  return (
    <span className="chart-export" role="group" aria-label={`${t.exportFrame.export}${t.common.colon}${label}`}>
      <button type="button" onClick={() => run('png')}>{t.exportFrame.png}</button>
      <button type="button" onClick={() => run('svg')}>{t.exportFrame.svg}</button>
    </span>
  );
}
