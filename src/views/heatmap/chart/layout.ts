// Pixel layout of the matrix and its marginal bars, and the initial zoom window. Computed from the
// viewport so 300 departments × 3,000 tasks opens on a readable window instead of 1-px cells
// (and ECharts only draws the cells inside the window: dataZoom filters the rest).

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
  right: 120, // marginal bars (tasks per department) + y slider
  rightBars: 84,
  top: 92, // legend + marginal bars (departments per task)
  topBars: 44,
  bottom: 70, // column labels + x slider
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
