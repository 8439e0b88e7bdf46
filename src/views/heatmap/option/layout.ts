// Pixel layout of the matrix and its marginal bars, and the visible window. Computed from the
// viewport so 300 departments × 3,000 tasks shows readable cells instead of 1-px ones.
// Windowing is ours, not ECharts dataZoom: the option only ever holds the visible rows/columns, so
// render cost depends on the screen, not on the matrix (dataZoom kept all 3,000 axis labels and bars
// in the layout pass: ~1 s per sort on this machine, against ~60 ms for the sliced option).

export interface Viewport {
  width: number;
  height: number;
}

export interface Window {
  /** Inclusive [start, end] indices of visible columns / rows (display order). */
  x: [number, number];
  y: [number, number];
}

export const LABEL_CHARS = 9;
export const LAYOUT = {
  left: 150, // row labels: LABEL_CHARS CJK glyphs at 12px + ellipsis
  right: 104, // marginal bars (tasks per department)
  rightBars: 84,
  top: 78, // legend + marginal bars (departments per task)
  topBars: 40,
  bottom: 64, // column labels
  minRow: 16,
  minTaskCol: 14,
  minSectionCol: 40,
};

export function plotSize(v: Viewport): { width: number; height: number } {
  return {
    width: Math.max(100, v.width - LAYOUT.left - LAYOUT.right),
    height: Math.max(80, v.height - LAYOUT.top - LAYOUT.bottom),
  };
}

/** The largest window starting at the top-left that keeps cells at least the minimum size. */
export function initialWindow(rows: number, cols: number, kind: 'tasks' | 'sections', v: Viewport): Window {
  const p = plotSize(v);
  const maxCols = Math.max(1, Math.floor(p.width / (kind === 'tasks' ? LAYOUT.minTaskCol : LAYOUT.minSectionCol)));
  const maxRows = Math.max(1, Math.floor(p.height / LAYOUT.minRow));
  return { x: [0, Math.min(cols, maxCols) - 1], y: [0, Math.min(rows, maxRows) - 1] };
}

/** Clamp a remembered window to a matrix that may have shrunk after a filter. */
export function clampWindow(w: Window, rows: number, cols: number): Window {
  const clamp = ([s, e]: [number, number], n: number): [number, number] => {
    const len = Math.min(e - s, n - 1);
    const start = Math.max(0, Math.min(s, n - 1 - len));
    return [start, start + len];
  };
  return { x: clamp(w.x, cols), y: clamp(w.y, rows) };
}

/** The window of viewport size whose top-left is at start (clamped so it stays inside the matrix). */
export function windowAt(start: { row: number; col: number }, rows: number, cols: number, kind: 'tasks' | 'sections', v: Viewport): Window {
  const w = initialWindow(rows, cols, kind, v);
  return clampWindow({ x: [start.col, start.col + w.x[1]], y: [start.row, start.row + w.y[1]] }, rows, cols);
}
