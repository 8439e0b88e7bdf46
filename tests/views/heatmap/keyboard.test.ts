import { describe, expect, it } from 'vitest';
import { moveFocus, scrollInto } from '../../../src/views/heatmap/model/keyboard';

const size = { rows: 5, cols: 100, pageRows: 2, pageCols: 30 };

describe('moveFocus', () => {
  it('moves one cell with arrows and stops at the edges', () => {
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowDown', size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 4, col: 99 }, 'ArrowRight', size)).toEqual({ row: 4, col: 99 });
    expect(moveFocus({ row: 4, col: 99 }, 'ArrowLeft', size)).toEqual({ row: 4, col: 98 });
  });
  it('Home/End go along the row; with Ctrl to the corners', () => {
    expect(moveFocus({ row: 3, col: 50 }, 'Home', size)).toEqual({ row: 3, col: 0 });
    expect(moveFocus({ row: 3, col: 50 }, 'End', size, true)).toEqual({ row: 4, col: 99 });
  });
  it('PageDown moves a window of rows; Alt+PageDown a window of columns', () => {
    expect(moveFocus({ row: 1, col: 0 }, 'PageDown', size)).toEqual({ row: 3, col: 0 });
    expect(moveFocus({ row: 1, col: 80 }, 'PageDown', size, false, true)).toEqual({ row: 1, col: 99 });
  });
  it('ignores other keys', () => {
    expect(moveFocus({ row: 1, col: 1 }, 'a', size)).toBeNull();
  });
});

describe('scrollInto', () => {
  it('keeps the window when visible, else shifts it minimally', () => {
    expect(scrollInto([10, 19], 12)).toEqual([10, 19]);
    expect(scrollInto([10, 19], 25)).toEqual([16, 25]);
    expect(scrollInto([10, 19], 3)).toEqual([3, 12]);
  });
});
