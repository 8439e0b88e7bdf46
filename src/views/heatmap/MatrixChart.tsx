// The heatmap chart plus its keyboard grid. The grid is a focusable role="grid" element whose one
// active cell mirrors the focus ring drawn on the chart; arrow keys move it, Enter opens the cell.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ECharts } from 'echarts/core';
import EChart from '../../kernel/echarts/EChart';
import { t } from './strings';
import './option/echarts';
import type { HeatmapChart } from './option/heatmap-option';
import type { Window } from './option/layout';
import { classLabel, classOf } from './option/encoding';
import { moveFocus, scrollInto, type GridFocus } from './model/keyboard';
import type { Matrix, MatrixCell } from './model/types';

/** What a click on the matrix reports: a cell or bar (series + index) or a row name on the y axis. */
type ClickParams = { seriesId?: string; dataIndex: number; componentType?: string; value?: string };

interface Props {
  chart: HeatmapChart;
  matrix: Matrix;
  order: readonly number[];
  documentHasRoles: boolean;
  height: number;
  ariaLabel: string;
  /** Id of the chart's text alternative (the "以表格查看" table). */
  describedBy?: string;
  onOpenCell: (cell: MatrixCell) => void;
  onOpenRow: (row: number) => void;
  /** Move the visible window's top-left (display row, column). */
  onStart: (start: { row: number; col: number }) => void;
  onReady: (c: ECharts) => void;
}

export default function MatrixChart({ chart, matrix: m, order, documentHasRoles, height, ariaLabel, describedBy, onOpenCell, onOpenRow, onStart, onReady }: Props) {
  const instance = useRef<ECharts | null>(null);
  const [focus, setFocus] = useState<GridFocus>({ row: 0, col: 0 });
  const [gridFocused, setGridFocused] = useState(false);
  const w: Window = chart.window;

  // Cell lookup by display position, for the keyboard grid.
  const cellAt = useCallback(
    (f: GridFocus): MatrixCell | undefined => {
      const row = order[f.row];
      return m.cells.find((c) => c.row === row && c.col === f.col);
    },
    [m, order],
  );

  // The focus ring is an HTML box over the canvas, placed with convertToPixel: moving it never
  // re-renders the chart (a setOption between mousedown and mouseup would swallow ECharts' click).
  const [ring, setRing] = useState<{ left: number; top: number; width: number; height: number } | null>(null);
  useEffect(() => {
    const c = instance.current;
    const inside = focus.col >= w.x[0] && focus.col <= w.x[1] && focus.row >= w.y[0] && focus.row <= w.y[1];
    if (!c || c.isDisposed() || !gridFocused || !inside) return setRing(null);
    const at = (x: number, y: number) => c.convertToPixel({ gridIndex: 0 }, [x, y]) as number[];
    const a = at(focus.col - w.x[0], focus.row - w.y[0]);
    const b = at(focus.col - w.x[0] + 1, focus.row - w.y[0] + 1);
    const cw = Math.abs(b[0] - a[0]);
    const ch = Math.abs(b[1] - a[1]);
    setRing({ left: a[0] - cw / 2, top: a[1] - ch / 2, width: cw, height: ch });
  }, [focus, gridFocused, chart, w]);

  const onKeyDown = (e: KeyboardEvent) => {
    // From the cell shown as focused: a filter may have shrunk the matrix under a remembered focus.
    const at = { row: Math.max(0, Math.min(focus.row, m.rows.length - 1)), col: Math.max(0, Math.min(focus.col, m.columns.length - 1)) };
    if (e.key === 'Enter') {
      const cell = cellAt(at);
      if (cell) onOpenCell(cell);
      else onOpenRow(order[at.row]);
      e.preventDefault();
      return;
    }
    const next = moveFocus(at, e.key, { rows: m.rows.length, cols: m.columns.length, pageRows: w.y[1] - w.y[0] + 1, pageCols: w.x[1] - w.x[0] + 1 }, e.ctrlKey || e.metaKey, e.altKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    // Keep the focused cell inside the visible window.
    const x = scrollInto(w.x, next.col);
    const y = scrollInto(w.y, next.row);
    if (x[0] !== w.x[0] || y[0] !== w.y[0]) onStart({ row: y[0], col: x[0] });
  };

  const events = useRef<{ click?: (p: ClickParams) => void }>({});
  events.current.click = (p: ClickParams) => {
    if (p.componentType === 'yAxis') {
      const row = m.rows.findIndex((r) => r.name === p.value);
      if (row >= 0) onOpenRow(row);
      return;
    }
    const ref = p.seriesId ? chart.lookup[p.seriesId]?.[p.dataIndex] : undefined;
    if (ref?.cell !== undefined) onOpenCell(m.cells[ref.cell]);
    else if (ref?.row !== undefined) onOpenRow(ref.row);
  };
  // Stable handler identities: echarts-for-react rebinds when onEvents changes.
  const [onEvents] = useState(() => ({
    click: (p: ClickParams) => events.current.click?.(p),
  }));

  const f = { row: Math.min(focus.row, m.rows.length - 1), col: Math.min(focus.col, m.columns.length - 1) };
  const focusedCell = m.rows.length ? cellAt(f) : undefined;
  const row = m.rows[order[f.row]];
  const col = m.columns[f.col];
  const focusText = row && col
    ? `${row.name} × ${col.label} ${col.title}：${focusedCell ? (m.kind === 'tasks' ? classLabel(classOf(focusedCell), documentHasRoles) : t.heatmap.sectionCell(focusedCell.total)) : t.heatmap.cellNone}`
    : '';

  const spanX = w.x[1] - w.x[0] + 1;
  const spanY = w.y[1] - w.y[0] + 1;
  // Wheel pans the window: vertical wheel moves rows, Shift+wheel (or a horizontal wheel) moves columns.
  const onWheel = (e: React.WheelEvent) => {
    const dx = e.shiftKey ? e.deltaY : e.deltaX;
    const dy = e.shiftKey ? 0 : e.deltaY;
    const col = Math.max(0, Math.min(m.columns.length - spanX, w.x[0] + Math.sign(dx) * Math.ceil(spanX / 4)));
    const row = Math.max(0, Math.min(m.rows.length - spanY, w.y[0] + Math.sign(dy) * 3));
    if (col !== w.x[0] || row !== w.y[0]) onStart({ row, col });
  };

  return (
    <div className="heatmap-chart" onWheel={onWheel}>
      <div className="heatmap-bar">
        <div
          role="grid"
          tabIndex={0}
          className="heatmap-grid"
          aria-label={t.heatmap.gridLabel}
          aria-describedby="heatmap-hint"
          aria-rowcount={m.rows.length}
          aria-colcount={m.columns.length}
          aria-activedescendant="heatmap-active-cell"
          title={t.heatmap.keyboardHint}
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
          <span id="heatmap-hint" className="heatmap-hint">{t.heatmap.keyboardHint}</span>
        </div>
        {m.columns.length > spanX && (
          <label className="heatmap-pan">
            {t.heatmap.panColumns(w.x[0] + 1, w.x[1] + 1, m.columns.length)}
            <input type="range" min={0} max={m.columns.length - spanX} value={w.x[0]} onChange={(e) => onStart({ row: w.y[0], col: Number(e.target.value) })} />
          </label>
        )}
        {m.rows.length > spanY && (
          <label className="heatmap-pan">
            {t.heatmap.panRows(w.y[0] + 1, w.y[1] + 1, m.rows.length)}
            <input type="range" min={0} max={m.rows.length - spanY} value={w.y[0]} onChange={(e) => onStart({ row: Number(e.target.value), col: w.x[0] })} />
          </label>
        )}
      </div>
      <div className="heatmap-canvas">
        {ring && <div className="heatmap-ring" style={ring} aria-hidden="true" />}
        <EChart
          option={chart.option}
          height={height}
          ariaLabel={ariaLabel}
          describedBy={describedBy}
          onEvents={onEvents}
          onChartReady={(c) => {
            instance.current = c;
            onReady(c);
          }}
        />
      </div>
    </div>
  );
}
