// Pure option builder: one measure over time. x = year, y = value in the measure's unit; per series
// (province/scope) achieved figures are filled circles and targets hollow diamonds (shape, not only
// colour, tells them apart). The tooltip quotes the sentence each point comes from (escaped).
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from '../../../kernel/lib/escape';
import { formatNumber } from '../../../kernel/lib/format';
import type { MeasureHistory } from '../model/measure-history';
import { t } from '../strings';
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';


export interface HistoryItem {
  seriesIndex: number;
  dataIndex: number;
}

export function buildHistoryOption(h: MeasureHistory, tk: ChartTokens = LIGHT): { option: EChartsCoreOption; points: MeasureHistory['series'][number]['points'][] } {
  // The theme's series colours (Okabe–Ito in the light theme: colour-blind safe).
  const COLOURS = tk.indicators.series;
  const groups: MeasureHistory['series'][number]['points'][] = [];
  const series: Record<string, unknown>[] = [];
  h.series.forEach((s, k) => {
    for (const stage of ['achieved', 'target'] as const) {
      const pts = s.points.filter((p) => p.stage === stage);
      if (pts.length === 0) continue;
      groups.push(pts);
      series.push({
        type: 'scatter',
        name: `${s.label}·${stage === 'target' ? t.indicators.historyTarget : t.indicators.historyAchieved}`,
        data: pts.map((p) => [p.year, p.value]),
        symbol: stage === 'target' ? 'diamond' : 'circle',
        symbolSize: 12,
        itemStyle: stage === 'target' ? { color: tk.indicators.hollow, borderColor: COLOURS[k % COLOURS.length], borderWidth: 2 * tk.stroke } : { color: COLOURS[k % COLOURS.length] },
      });
    }
  });
  const years = h.series.flatMap((s) => s.points.map((p) => p.year));
  const option: EChartsCoreOption = {
    animation: false,
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'value', min: Math.min(...years) - 1, max: Math.max(...years) + 1, interval: 1, axisLabel: { formatter: (v: number) => `${v}` } },
    yAxis: { type: 'value', name: h.unit, scale: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        const pt = groups[p.seriesIndex]?.[p.dataIndex];
        if (!pt) return '';
        const inferred = pt.indicator.yearBasis === 'inferred' ? `（${t.indicators.inferred}）` : '';
        return (
          `<div style="font-weight:600">${escapeHtml(pt.indicator.name)}：${escapeHtml(formatNumber(pt.indicator.value, pt.indicator.unit))}</div>` +
          `<div>${pt.year}年${inferred} · ${pt.stage === 'target' ? t.indicators.historyTarget : t.indicators.historyAchieved}</div>` +
          `<div>${escapeHtml(pt.docTitle)}</div>` +
          `<div style="max-width:24em;white-space:normal">“${escapeHtml(pt.indicator.citation.quote)}”</div>`
        );
      },
    },
    series,
  };
  return { option, points: groups };
}
