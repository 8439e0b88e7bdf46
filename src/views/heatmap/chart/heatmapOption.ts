// Pure option builder: ordered matrix → ECharts option (heatmap + marginal bars + zoom window).
// No DOM, no React: tested in Node, benchmarked at 300 × 3,000.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../../../app/i18n/strings';
import type { Matrix } from '../model/types';
import { CELL_CLASSES, CLASS_COLOUR, classLabel, classOf, truncateName, type CellClass } from './encoding';
import { clampWindow, initialWindow, LABEL_CHARS, LAYOUT, type Viewport, type Window } from './layout';
import { cellTooltip, columnTooltip, rowTooltip } from './tooltip';

export const FOCUS_SERIES = 'focus';

export interface HeatmapOptionInput {
  matrix: Matrix;
  /** Row permutation from orderRows: display position → matrix row. */
  order: readonly number[];
  documentHasRoles: boolean;
  viewport: Viewport;
  /** A window the user zoomed to; kept across re-orders and filters (clamped). */
  window?: Window | null;
}

/** What a clicked/hovered data item refers to: the chart event carries seriesId + dataIndex. */
export interface ItemRef {
  cell?: number;
  row?: number;
  col?: number;
}

export interface HeatmapChart {
  option: EChartsCoreOption;
  /** seriesId → data index → what it is. */
  lookup: Record<string, ItemRef[]>;
  window: Window;
}

export function buildHeatmapOption(input: HeatmapOptionInput): HeatmapChart {
  const { matrix: m, order, documentHasRoles, viewport } = input;
  const nRows = m.rows.length;
  const nCols = m.columns.length;
  const displayOf = new Int32Array(nRows);
  order.forEach((row, pos) => (displayOf[row] = pos));
  const win = input.window ? clampWindow(input.window, nRows, nCols) : initialWindow(nRows, nCols, m.kind, viewport);
  const lookup: Record<string, ItemRef[]> = {};
  const series: Record<string, unknown>[] = [];
  const legend: string[] = [];

  if (m.kind === 'tasks') {
    // One heatmap series per cell class: colour + legend entry per role, and the legend can hide a role.
    const data: Record<CellClass, [number, number, number][]> = { lead: [], support: [], listedFirst: [], responsible: [] };
    const refs: Record<CellClass, ItemRef[]> = { lead: [], support: [], listedFirst: [], responsible: [] };
    m.cells.forEach((cell, i) => {
      const c = classOf(cell);
      data[c].push([cell.col, displayOf[cell.row], 1]);
      refs[c].push({ cell: i });
    });
    for (const c of CELL_CLASSES) {
      if (!data[c].length) continue;
      const name = classLabel(c, documentHasRoles);
      legend.push(name);
      lookup[`cells-${c}`] = refs[c];
      series.push({
        id: `cells-${c}`, name, type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0, data: data[c],
        itemStyle: { color: CLASS_COLOUR[c], borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 2 } },
      });
    }
  } else {
    lookup.cells = m.cells.map((_, i) => ({ cell: i }));
    series.push({
      id: 'cells', name: t.heatmap.count, type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0,
      // A red frame marks cells where the department leads at least one task (only in documents with roles).
      data: m.cells.map((cell) => ({
        value: [cell.col, displayOf[cell.row], cell.total],
        itemStyle: cell.counts.lead ? { borderColor: CLASS_COLOUR.lead, borderWidth: 2 } : undefined,
      })),
      label: { show: true, fontSize: 11, formatter: (p: { value: number[] }) => `${p.value[2]}` },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
    });
  }

  // Marginal bars. Right: tasks per department, stacked by the same classes as the cells.
  const rowStack: Record<CellClass, number[]> = { lead: [], support: [], listedFirst: [], responsible: [] };
  order.forEach((row) => {
    const c = m.rowRoleTotals[row];
    rowStack.lead.push(c.lead);
    rowStack.support.push(c.support);
    rowStack.listedFirst.push(c.listedFirst);
    rowStack.responsible.push(c.responsible - c.listedFirst);
  });
  for (const c of CELL_CLASSES) {
    if (!rowStack[c].some((v) => v > 0)) continue;
    lookup[`rowbar-${c}`] = order.map((row) => ({ row }));
    series.push({
      id: `rowbar-${c}`, name: m.kind === 'tasks' ? classLabel(c, documentHasRoles) : undefined, type: 'bar', stack: 'row',
      xAxisIndex: 2, yAxisIndex: 2, data: rowStack[c], barCategoryGap: '20%', large: nRows > 400,
      itemStyle: { color: CLASS_COLOUR[c] },
    });
  }
  // Top: departments per column.
  lookup.colbar = m.columns.map((_, col) => ({ col }));
  series.push({
    id: 'colbar', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: m.colTotals, barCategoryGap: '15%',
    large: nCols > 400, itemStyle: { color: '#7a7a7a' },
  });

  // Keyboard focus ring: filled in imperatively (setOption merge by id) so arrow keys don't rebuild the option.
  series.push({
    id: FOCUS_SERIES, type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0, data: [], silent: true, z: 10,
    tooltip: { show: false },
    itemStyle: { color: 'rgba(0,0,0,0)', borderColor: '#111', borderWidth: 3 },
  });

  const rowNames = order.map((row) => m.rows[row].name);
  const colLabels = m.columns.map((c) => c.label);
  const maxCount = m.cells.reduce((a, c) => Math.max(a, c.total), 1);
  const { left, right, top, bottom, topBars, rightBars } = LAYOUT;
  const mainGrid = { left, right, top, bottom };

  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true },
    legend: m.kind === 'tasks' ? { top: 4, left, data: legend, selectedMode: true } : undefined,
    visualMap:
      m.kind === 'sections'
        ? { type: 'continuous', min: 1, max: maxCount, seriesIndex: 0, orient: 'horizontal', top: 0, left, itemHeight: 120, calculable: false, inRange: { color: ['#dcefe9', '#2f8f7b', '#123f35'] }, text: [`${maxCount}`, '1'] }
        : undefined,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesId?: string; dataIndex: number; componentType?: string }) => {
        const ref = p.seriesId ? lookup[p.seriesId]?.[p.dataIndex] : undefined;
        if (!ref) return '';
        if (ref.cell !== undefined) return cellTooltip(m, m.cells[ref.cell], documentHasRoles);
        if (ref.row !== undefined) return rowTooltip(m, ref.row);
        return columnTooltip(m, ref.col!);
      },
    },
    grid: [
      mainGrid,
      { left, right, top: top - topBars - 4, height: topBars },
      { right: right - rightBars - 6, width: rightBars - 14, top, bottom },
    ],
    xAxis: [
      {
        type: 'category', gridIndex: 0, data: colLabels, position: 'bottom',
        axisLabel: { rotate: m.kind === 'tasks' ? 90 : 0, fontSize: 10, hideOverlap: true },
        axisTick: { show: false }, splitArea: { show: false },
      },
      { type: 'category', gridIndex: 1, data: colLabels, show: false },
      { type: 'value', gridIndex: 2, show: true, position: 'top', splitNumber: 2, axisLabel: { fontSize: 10 }, splitLine: { show: false } },
    ],
    yAxis: [
      {
        type: 'category', gridIndex: 0, data: rowNames, inverse: true, triggerEvent: true,
        axisLabel: { fontSize: 12, formatter: (name: string) => truncateName(name, LABEL_CHARS) },
        axisTick: { show: false },
      },
      { type: 'value', gridIndex: 1, show: true, splitNumber: 2, axisLabel: { fontSize: 10 }, splitLine: { show: false } },
      { type: 'category', gridIndex: 2, data: rowNames, inverse: true, show: false },
    ],
    dataZoom: [
      { type: 'slider', xAxisIndex: [0, 1], startValue: win.x[0], endValue: win.x[1], bottom: 4, height: 16, showDetail: false, filterMode: 'filter' },
      { type: 'inside', xAxisIndex: [0, 1], startValue: win.x[0], endValue: win.x[1], zoomOnMouseWheel: 'shift', moveOnMouseWheel: false, filterMode: 'filter' },
      { type: 'slider', yAxisIndex: [0, 2], startValue: win.y[0], endValue: win.y[1], right: 4, width: 14, showDetail: false, filterMode: 'filter' },
      { type: 'inside', yAxisIndex: [0, 2], startValue: win.y[0], endValue: win.y[1], zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: true, filterMode: 'filter' },
    ],
    series,
  };
  return { option, lookup, window: win };
}
