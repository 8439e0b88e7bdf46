// Arrow-key movement over the matrix in display coordinates (row = position in the ordering).
// Empty cells are reachable too: "this department does not carry this task" is information.

export interface GridFocus {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Visible rows/columns: PageUp/PageDown and Alt+PageUp/PageDown move by one window. */
  pageRows: number;
  pageCols: number;
}

const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));

/** New focus for a key, or null when the key is not a grid movement key. */
export function moveFocus(f: GridFocus, key: string, size: GridSize, ctrl = false, alt = false): GridFocus | null {
  const { rows, cols } = size;
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(f.row - 1, rows), col: f.col };
    case 'ArrowDown':
      return { row: clamp(f.row + 1, rows), col: f.col };
    case 'ArrowLeft':
      return { row: f.row, col: clamp(f.col - 1, cols) };
    case 'ArrowRight':
      return { row: f.row, col: clamp(f.col + 1, cols) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: f.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row: f.row, col: cols - 1 };
    case 'PageUp':
      return alt ? { row: f.row, col: clamp(f.col - size.pageCols, cols) } : { row: clamp(f.row - size.pageRows, rows), col: f.col };
    case 'PageDown':
      return alt ? { row: f.row, col: clamp(f.col + size.pageCols, cols) } : { row: clamp(f.row + size.pageRows, rows), col: f.col };
    default:
      return null;
  }
}

/** Shift a [start, end] window the least amount so that index i is inside it. */
export function scrollInto([s, e]: [number, number], i: number): [number, number] {
  if (i < s) return [i, i + (e - s)];
  if (i > e) return [i - (e - s), i];
  return [s, e];
}
