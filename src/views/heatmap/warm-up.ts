// The first time a page draws a kind of matrix it has not drawn yet, ECharts runs code V8 has not
// compiled or optimised: switching 300 departments × 3,000 tasks to the section matrix took ~250 ms
// the first time and ~80 ms after (count labels on ~840 cells, a continuous legend; measured with
// BENCH_ENTRY=switch-probe npm run bench:heatmap). Waiting does not help — only running that code does
// — and one hidden full-size render would block the page for 300–700 ms.
// So, once the shown matrix is on screen, the other kind is drawn a few times on a small chart that
// is never attached to the page, one slice per idle callback, then thrown away. Each slice is a
// window of the real matrix built by the real option builder, so the same code paths get hot. The
// first slice pays the cold cost (~100 ms on this machine), later ones ~20–60 ms. Nothing the user
// sees changes; a page warms each kind once.
import { whenIdle } from '../../kernel/lib/idle';
import { THEME_NAME } from '../../kernel/echarts/core';
import { buildHeatmapOption } from './option/heatmap-option';
import { echarts } from './option/echarts';
import { orderRows } from './model/order';
import type { Matrix, MatrixKind } from './model/types';

/** Size of the hidden chart and number of slices: enough cells in total (~900) for V8 to optimise. */
export const WARM_SIZE = { width: 480, height: 320 };
export const WARM_SLICES = 8;

export interface WarmUpStats {
  slices: number;
  /** Longest slice (ms): how long input could have waited on it. */
  longest: number;
}

/** The part of ECharts the warm-up needs; tests pass a recording fake. */
export interface WarmChart {
  setOption(option: unknown, opts: { notMerge: boolean }): void;
  clear(): void;
}
type Init = (size: { width: number; height: number }) => WarmChart;

const canvasChart: Init = (size) =>
  echarts.init(document.createElement('div'), THEME_NAME, { renderer: 'canvas', ...size }) as unknown as WarmChart;

const warmed = new Set<MatrixKind>();
let hidden: WarmChart | null = null;

/** The top-left of each slice: successive windows down the rows, stepping across the columns. */
export function sliceStarts(m: Matrix, slices: number, rowsPerWindow: number, colsPerWindow: number): { row: number; col: number }[] {
  const rows = Math.max(1, m.rows.length - rowsPerWindow + 1);
  const cols = Math.max(1, m.columns.length - colsPerWindow + 1);
  return Array.from({ length: slices }, (_, i) => ({ row: (i * rowsPerWindow) % rows, col: (i * colsPerWindow) % cols }));
}

/**
 * Draw a matrix of `kind` (the kind not on screen; built by `make` inside the first idle slice) in idle
 * slices on a hidden chart, once per page and kind. Returns a cancel function.
 */
export function warmUpMatrixChart(
  kind: MatrixKind,
  make: () => Matrix,
  documentHasRoles: boolean,
  onDone?: (stats: WarmUpStats) => void,
  init: Init = canvasChart,
): () => void {
  if (warmed.has(kind)) return () => {};
  let chart: WarmChart | null = null;
  let cancel = () => {};
  let longest = 0;
  let slices: ((c: WarmChart) => void)[] = [];
  // One hidden chart for the page, emptied after use but never disposed: zrender may still be
  // finishing a slice's paint in a later frame, and disposing under it throws (null layerStack —
  // seen after clicking a cell right after the first render). Its canvas is 480×320.
  const release = () => {
    chart?.clear();
    chart = null;
  };
  const finish = () => {
    release();
    warmed.add(kind);
    onDone?.({ slices: slices.length, longest });
  };
  // Slice 0 builds the matrix and the slices' options; slices 1… each draw one window.
  const step = (i: number) => {
    const t = performance.now();
    if (i === 0) {
      const m = make();
      if (m.kind !== kind) throw new Error(`warm-up: asked for a ${kind} matrix, got ${m.kind}`);
      if (m.rows.length === 0 || m.columns.length === 0) return finish();
      const order = orderRows(m, 'workload');
      const build = (start?: { row: number; col: number }) => buildHeatmapOption({ matrix: m, order, documentHasRoles, viewport: WARM_SIZE, start });
      const first = build();
      const options = sliceStarts(m, WARM_SLICES, first.window.y[1] + 1, first.window.x[1] + 1).map((start, j) => (j === 0 ? first : build(start)).option);
      slices = options.map((option) => (c: WarmChart) => c.setOption(option, { notMerge: true }));
    } else {
      hidden ??= init(WARM_SIZE);
      chart = hidden;
      slices[i - 1](chart);
    }
    longest = Math.max(longest, performance.now() - t);
    if (i < slices.length) cancel = whenIdle(() => step(i + 1));
    else finish();
  };
  cancel = whenIdle(() => step(0));
  return () => {
    cancel();
    release();
  };
}

/** For tests: forget which kinds were warmed. */
export function resetWarmUp(): void {
  warmed.clear();
  hidden = null;
}
