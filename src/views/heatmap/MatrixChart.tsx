// The heatmap chart plus its keyboard grid. The grid is a focusable role="grid" element whose one
// active cell mirrors the focus ring drawn on the chart; arrow keys move it, Enter opens the cell.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ECharts } from 'echarts/core';
import EChart from '../../app/components/EChart';
import { t } from '../../app/i18n/strings';
import './chart/echarts';
import { FOCUS_SERIES, type HeatmapChart } from './chart/heatmapOption';
import type { Window } from './chart/layout';
import { classLabel, classOf } from './chart/encoding';
import { moveFocus, scrollInto, type GridFocus } from './model/keyboard';
import type { Matrix, MatrixCell } from './model/types';

interface Props {
  chart: HeatmapChart;
  matrix: Matrix;
  order: readonly number[];
  documentHasRoles: boolean;
  height: number;
  ariaLabel: string;
  onOpenCell: (cell: MatrixCell) => void;
  onOpenRow: (row: number) => void;
  onWindow: (w: Window) => void;
  onReady: (c: ECharts) => void;
}

export default function MatrixChart({ chart, matrix: m, order, documentHasRoles, height, ariaLabel, onOpenCell, onOpenRow, onWindow, onReady }: Props) {
  const instance = useRef<ECharts | null>(null);
  const win = useRef<Window>(chart.window);
  const [focus, setFocus] = useState<GridFocus>({ row: 0, col: 0 });
  const [gridFocused, setGridFocused] = useState(false);
  win.current = chart.window;

  // Cell lookup by display position, for the keyboard grid.
  const cellAt = useCallback(
    (f: GridFocus): MatrixCell | undefined => {
      const row = order[f.row];
      return m.cells.find((c) => c.row === row && c.col === f.col);
    },
    [m, order],
  );

  // Draw (or clear) the focus ring whenever focus, option or focus state changes.
  useEffect(() => {
    const c = instance.current;
    if (!c || c.isDisposed()) return;
    const data = gridFocused && m.rows.length ? [[focus.col, focus.row, 1]] : [];
    c.setOption({ series: [{ id: FOCUS_SERIES, data }] });
  }, [focus, gridFocused, chart, m.rows.length]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      const cell = cellAt(focus);
      if (cell) onOpenCell(cell);
      else onOpenRow(order[focus.row]);
      e.preventDefault();
      return;
    }
    const w = win.current;
    const next = moveFocus(focus, e.key, { rows: m.rows.length, cols: m.columns.length, pageRows: w.y[1] - w.y[0] + 1, pageCols: w.x[1] - w.x[0] + 1 }, e.ctrlKey || e.metaKey, e.altKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    // Keep the focused cell inside the zoom window.
    const x = scrollInto(w.x, next.col);
    const y = scrollInto(w.y, next.row);
    if (x !== w.x || y !== w.y) {
      win.current = { x, y };
      instance.current?.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, startValue: x[0], endValue: x[1] });
      instance.current?.dispatchAction({ type: 'dataZoom', dataZoomIndex: 2, startValue: y[0], endValue: y[1] });
      onWindow(win.current);
    }
  };

  const events = useRef<Record<string, (p: any) => void>>({});
  events.current.click = (p: { seriesId?: string; dataIndex: number; componentType?: string; value?: string }) => {
    if (p.componentType === 'yAxis') {
      const row = m.rows.findIndex((r) => r.name === p.value);
      if (row >= 0) onOpenRow(row);
      return;
    }
    const ref = p.seriesId ? chart.lookup[p.seriesId]?.[p.dataIndex] : undefined;
    if (ref?.cell !== undefined) onOpenCell(m.cells[ref.cell]);
    else if (ref?.row !== undefined) onOpenRow(ref.row);
  };
  events.current.datazoom = () => {
    const dz = (instance.current?.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] }).dataZoom;
    if (!dz || dz.length < 3) return;
    win.current = { x: [dz[0].startValue ?? 0, dz[0].endValue ?? 0], y: [dz[2].startValue ?? 0, dz[2].endValue ?? 0] };
    onWindow(win.current);
  };
  // Stable handler identities: echarts-for-react rebinds when onEvents changes.
  const [onEvents] = useState(() => ({
    click: (p: any) => events.current.click(p),
    datazoom: (p: any) => events.current.datazoom(p),
  }));

  const f = { row: Math.min(focus.row, m.rows.length - 1), col: Math.min(focus.col, m.columns.length - 1) };
  const focusedCell = m.rows.length ? cellAt(f) : undefined;
  const row = m.rows[order[f.row]];
  const col = m.columns[f.col];
  const focusText = row && col
    ? `${row.name} × ${col.label} ${col.title}：${focusedCell ? (m.kind === 'tasks' ? classLabel(classOf(focusedCell), documentHasRoles) : t.heatmap.sectionCell(focusedCell.total)) : t.heatmap.cellNone}`
    : '';

  return (
    <div className="heatmap-chart">
      <EChart
        option={chart.option}
        height={height}
        ariaLabel={ariaLabel}
        onEvents={onEvents}
        onChartReady={(c) => {
          instance.current = c;
          onReady(c);
        }}
      />
      <div
        role="grid"
        tabIndex={0}
        className="heatmap-grid"
        aria-label={t.heatmap.gridLabel}
        aria-rowcount={m.rows.length}
        aria-colcount={m.columns.length}
        aria-activedescendant="heatmap-active-cell"
        onKeyDown={onKeyDown}
        onFocus={() => setGridFocused(true)}
        onBlur={() => setGridFocused(false)}
        data-testid="heatmap-grid"
      >
        <div role="row" aria-rowindex={f.row + 1}>
          <div role="gridcell" id="heatmap-active-cell" aria-colindex={f.col + 1} aria-selected="true" aria-live="polite">
            {focusText}
          </div>
        </div>
        <p className="heatmap-hint">{t.heatmap.keyboardHint}</p>
      </div>
    </div>
  );
}
