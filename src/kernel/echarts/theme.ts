// The ECharts theme of each app theme: text, axes, legends, tooltips and the default series palette
// in the theme's tokens (kernel/theme/tokens.ts). The colours a builder sets itself (region fills,
// heatmap classes …) come from the same tokens, passed to the builder.
import type { ChartTokens } from '../theme/tokens';

// Single quotes inside: the SVG renderer writes this into a double-quoted style attribute.
export const CHART_FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The light theme's default palette (chosen to stay distinguishable on a washed-out projector). */
const LIGHT_SERIES = ['#1f5fa8', '#d9822b', '#2f8f5b', '#b03a48', '#6b4fa0', '#8a6d3b', '#3a8fa8', '#7a7a7a'];

export function echartsTheme(tk: ChartTokens): Record<string, unknown> {
  const axisLine = { lineStyle: { color: tk.line, width: tk.stroke } };
  const axis = {
    axisLine,
    axisTick: { lineStyle: { color: tk.line, width: tk.stroke } },
    axisLabel: { color: tk.ink },
    nameTextStyle: { color: tk.ink },
    // Grid lines: faint in light/dark, but never a thin pale grey on the projector (there: the ink, dashed).
    splitLine: { lineStyle: { color: tk.stroke > 1 ? tk.line : tk.dark ? '#343b45' : '#e0e6f1', type: tk.stroke > 1 ? 'dashed' : 'solid', width: 1 } },
  };
  return {
    color: tk.id === 'light' ? LIGHT_SERIES : [tk.accent, ...tk.indicators.series],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: CHART_FONT, color: tk.ink },
    title: { textStyle: { color: tk.ink }, subtextStyle: { color: tk.muted } },
    legend: { textStyle: { color: tk.ink }, pageTextStyle: { color: tk.ink }, pageIconColor: tk.ink, pageIconInactiveColor: tk.line },
    visualMap: { textStyle: { color: tk.ink } },
    tooltip: {
      backgroundColor: tk.background,
      borderColor: tk.line,
      borderWidth: tk.stroke,
      textStyle: { color: tk.ink },
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
  };
}

/** A stable theme name per token set: forced-colors tokens differ per system palette. */
export function themeKey(tk: ChartTokens): string {
  if (tk.id !== 'forced') return `atlas-${tk.id}`;
  return `atlas-forced-${[tk.background, tk.ink, tk.accent, tk.map.selectedBorder].join('').replace(/#/g, '')}`;
}
