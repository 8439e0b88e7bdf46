// Pure option builder: ordered matrix + visible window → ECharts option (heatmap + marginal bars).
// Only the window's rows, columns and cells go into the option (see layout.ts for why).
// No DOM, no React: tested in Node, benchmarked at 300 × 3,000.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../strings';
import type { Matrix } from '../model/types';
import { CELL_CLASSES, CLASS_CODE, classLabel, classOf, STATUS_CLASSES, STATUS_CODE, statusLabel, truncateName, type CellClass, type StatusClass } from './encoding';
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';
import type { TaskStatusValue } from '../../../shared/schema';
import { LABEL_CHARS, LAYOUT, windowAt, type Viewport, type Window } from './layout';
import { cellTooltip, columnTooltip, rowTooltip } from './tooltip';

export interface HeatmapOptionInput {
  matrix: Matrix;
  /** Row permutation from orderRows: display position → matrix row. */
  order: readonly number[];
  documentHasRoles: boolean;
  viewport: Viewport;
  /** Top-left of the visible window (display row, column); the size comes from the viewport. */
  start?: { row: number; col: number };
  /** Per column of a task matrix, its 督办 status (null: none reported): colour cells by status instead of role. */
  columnStatus?: readonly (TaskStatusValue | null)[];
  /** Exports: room (px) for the row labels, shown uncut; on screen they are truncated to LAYOUT.left. */
  labelWidth?: number;
  /** The theme's chart tokens (kernel/theme); the light theme's when omitted (exports draw on white). */
  tokens?: ChartTokens;
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

/** What ECharts passes an axis label's tooltip formatter (tickIndex: position in the axis data). */
interface AxisLabelParams {
  tickIndex?: number;
  value?: string;
}

export function buildHeatmapOption(input: HeatmapOptionInput): HeatmapChart {
  const { matrix: m, order, documentHasRoles, viewport } = input;
  const tk = input.tokens ?? LIGHT;
  const roleColour = tk.heatmap.roles;
  const cellBorder = { borderColor: tk.heatmap.cellBorder, borderWidth: tk.stroke };
  const nRows = m.rows.length;
  const nCols = m.columns.length;
  const displayOf = new Int32Array(nRows);
  order.forEach((row, pos) => (displayOf[row] = pos));
  const win = windowAt(input.start ?? { row: 0, col: 0 }, nRows, nCols, m.kind, viewport);
  const [x0, x1] = win.x;
  const [y0, y1] = win.y;
  const inWindow = (col: number, pos: number) => col >= x0 && col <= x1 && pos >= y0 && pos <= y1;
  const lookup: Record<string, ItemRef[]> = {};
  const series: Record<string, unknown>[] = [];

  // ECharts heatmaps take their colour from a visualMap (and insist on one outside production builds),
  // so the per-task matrix encodes the cell class as the value and a piecewise visualMap colours it:
  // one colour and one legend entry per class; clicking an entry hides that class.
  const pieces: { value: number; label: string; color: string }[] = [];
  if (m.kind === 'tasks') {
    const refs: ItemRef[] = [];
    const data: [number, number, number][] = [];
    const byStatus = input.columnStatus;
    if (byStatus) {
      // The whole legend, always: "no task is behind" is information too.
      m.cells.forEach((cell, i) => {
        const pos = displayOf[cell.row];
        if (!inWindow(cell.col, pos)) return;
        data.push([cell.col - x0, pos - y0, STATUS_CODE[byStatus[cell.col] ?? 'none']]);
        refs.push({ cell: i });
      });
      for (const c of STATUS_CLASSES) pieces.push({ value: STATUS_CODE[c], label: statusLabel(c), color: tk.heatmap.status[c] });
    } else {
      const present = new Set<CellClass>();
      m.cells.forEach((cell, i) => {
        const c = classOf(cell);
        present.add(c);
        const pos = displayOf[cell.row];
        if (!inWindow(cell.col, pos)) return;
        data.push([cell.col - x0, pos - y0, CLASS_CODE[c]]);
        refs.push({ cell: i });
      });
      for (const c of CELL_CLASSES) {
        if (present.has(c)) pieces.push({ value: CLASS_CODE[c], label: classLabel(c, documentHasRoles), color: roleColour[c] });
      }
    }
    lookup.cells = refs;
    series.push({
      id: 'cells', name: t.heatmap.count, type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0, data, progressive: 0,
      itemStyle: cellBorder,
      emphasis: { itemStyle: { borderColor: tk.heatmap.cellHover, borderWidth: 2 * tk.stroke } },
    });
  } else {
    // Cells where the department leads at least one task get a red frame (only in documents with
    // roles). They go in a second heatmap series with the frame set once, instead of an itemStyle per
    // data item: per-item options put ECharts on its slow per-item path (~15–35 ms at ~700 cells), and
    // plain [x, y, count] rows let it draw the count label from the value without calling a formatter
    // per cell (another ~30 ms). Measured in Chromium with npm run bench:heatmap.
    const refs: ItemRef[] = [];
    const leadRefs: ItemRef[] = [];
    const data: [number, number, number][] = [];
    const leadData: [number, number, number][] = [];
    m.cells.forEach((cell, i) => {
      const pos = displayOf[cell.row];
      if (!inWindow(cell.col, pos)) return;
      const lead = cell.counts.lead > 0;
      (lead ? leadRefs : refs).push({ cell: i });
      (lead ? leadData : data).push([cell.col - x0, pos - y0, cell.total]);
    });
    lookup.cells = refs;
    lookup['cells-lead'] = leadRefs;
    const cellSeries = { name: t.heatmap.count, type: 'heatmap', xAxisIndex: 0, yAxisIndex: 0, progressive: 0, label: { show: true, fontSize: 11 } };
    series.push(
      { ...cellSeries, id: 'cells', data, itemStyle: cellBorder },
      { ...cellSeries, id: 'cells-lead', data: leadData, itemStyle: { borderColor: roleColour.lead, borderWidth: 2 * tk.stroke } },
    );
  }

  // Marginal bars. Right: tasks per department, stacked by the same classes as the cells.
  const rowStack: Record<CellClass, number[]> = { lead: [], support: [], listedFirst: [], responsible: [] };
  const visibleRows = order.slice(y0, y1 + 1);
  const visibleCols = m.columns.slice(x0, x1 + 1);
  visibleRows.forEach((row) => {
    const c = m.rowRoleTotals[row];
    rowStack.lead.push(c.lead);
    rowStack.support.push(c.support);
    rowStack.listedFirst.push(c.listedFirst);
    rowStack.responsible.push(c.responsible - c.listedFirst);
  });
  for (const c of CELL_CLASSES) {
    if (!rowStack[c].some((v) => v > 0)) continue;
    lookup[`rowbar-${c}`] = visibleRows.map((row) => ({ row }));
    series.push({
      id: `rowbar-${c}`, type: 'bar', stack: 'row',
      xAxisIndex: 2, yAxisIndex: 2, data: rowStack[c], barCategoryGap: '20%',
      itemStyle: { color: roleColour[c] },
    });
  }
  // Top: departments per column.
  lookup.colbar = visibleCols.map((_, i) => ({ col: x0 + i }));
  series.push({
    id: 'colbar', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: m.colTotals.slice(x0, x1 + 1), barCategoryGap: '15%',
    itemStyle: { color: tk.heatmap.neutralBar },
  });

  const rowNames = visibleRows.map((row) => m.rows[row].name);
  // In status colouring each task's label starts with its status icon (readable without colour).
  const statusIcon = (col: number) => t.taskStatus.icon[(input.columnStatus?.[col] ?? 'none') as StatusClass];
  const colLabels = input.columnStatus && m.kind === 'tasks' ? visibleCols.map((c, k) => `${statusIcon(x0 + k)} ${c.label}`) : visibleCols.map((c) => c.label);
  // Bar axes keep the whole matrix's maximum so panning does not rescale them.
  const maxRowTotal = m.rowTotals.reduce((a, b) => Math.max(a, b), 1);
  const maxColTotal = m.colTotals.reduce((a, b) => Math.max(a, b), 1);
  const maxCount = m.cells.reduce((a, c) => Math.max(a, c.total), 1);
  const { right, top, bottom, topBars, rightBars } = LAYOUT;
  const left = input.labelWidth ?? LAYOUT.left;
  const mainGrid = { left, right, top, bottom };

  const option: EChartsCoreOption = {
    animation: false,
    aria: { enabled: true },
    visualMap: [
      m.kind === 'sections'
        ? { type: 'continuous', min: 1, max: maxCount, seriesIndex: [0, 1], orient: 'horizontal', top: 4, left, itemHeight: 120, itemWidth: 12, calculable: false, inRange: { color: [...tk.heatmap.sectionRamp] }, text: [`${maxCount}`, '1'] }
        : { type: 'piecewise', seriesIndex: 0, orient: 'horizontal', top: 4, left, pieces, itemGap: 16, inverse: true },
    ],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesId?: string; dataIndex: number; componentType?: string }) => {
        const ref = p.seriesId ? lookup[p.seriesId]?.[p.dataIndex] : undefined;
        if (!ref) return '';
        if (ref.cell !== undefined) return cellTooltip(m, m.cells[ref.cell], documentHasRoles, input.columnStatus ? (input.columnStatus[m.cells[ref.cell].col] ?? 'none') : undefined);
        if (ref.row !== undefined) return rowTooltip(m, ref.row);
        return columnTooltip(m, ref.col!);
      },
    },
    grid: [
      mainGrid,
      { left, right, top: top - topBars - 4, height: topBars },
      { right: right - rightBars + 6, width: rightBars - 24, top, bottom },
    ],
    xAxis: [
      {
        type: 'category', gridIndex: 0, data: colLabels, position: 'bottom',
        axisLabel: { rotate: m.kind === 'tasks' ? 90 : 0, fontSize: 10, interval: 0 },
        // Hovering a column label shows the task or section it stands for.
        tooltip: { show: true, formatter: (p: AxisLabelParams) => (p.tickIndex === undefined ? '' : columnTooltip(m, x0 + p.tickIndex)) },
        axisTick: { show: false }, splitArea: { show: false },
      },
      { type: 'category', gridIndex: 1, data: colLabels, show: false },
      // Marginal axes label only their maximum: enough to read the bars, no colliding tick labels.
      { type: 'value', gridIndex: 2, show: true, position: 'top', max: maxRowTotal, interval: maxRowTotal, axisLabel: { fontSize: 10, showMinLabel: false }, splitLine: { show: false } },
    ],
    yAxis: [
      {
        type: 'category', gridIndex: 0, data: rowNames, inverse: true, triggerEvent: true,
        axisLabel: { fontSize: 12, formatter: input.labelWidth ? (name: string) => name : (name: string) => truncateName(name, LABEL_CHARS) },
        // Hovering a (possibly truncated) department name shows the full name and its totals.
        tooltip: { show: true, formatter: (p: AxisLabelParams) => (p.tickIndex === undefined ? '' : rowTooltip(m, visibleRows[p.tickIndex])) },
        axisTick: { show: false },
      },
      { type: 'value', gridIndex: 1, show: true, max: maxColTotal, interval: maxColTotal, axisLabel: { fontSize: 10, showMinLabel: false }, splitLine: { show: false } },
      { type: 'category', gridIndex: 2, data: rowNames, inverse: true, show: false },
    ],
    series,
    // The sections matrix frames cells where the department leads: say so next to the colour scale.
    ...(m.kind === 'sections' && documentHasRoles && m.cells.some((c) => c.counts.lead > 0)
      ? {
          graphic: [
            {
              type: 'group', left: left + 200, top: 2,
              children: [
                { type: 'rect', shape: { x: 0, y: 3, width: 16, height: 12 }, style: { fill: tk.heatmap.frameFill, stroke: roleColour.lead, lineWidth: 2 * tk.stroke } },
                { type: 'text', x: 22, y: 2, style: { text: t.heatmap.leadFrame, fontSize: 12, fill: tk.ink } },
              ],
            },
          ],
        }
      : {}),
  };
  return { option, lookup, window: win };
}
