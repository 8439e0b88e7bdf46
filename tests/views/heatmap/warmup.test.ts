import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildHeatmapOption } from '../../../src/views/heatmap/option/heatmap-option';
import { syntheticData } from '../../fixtures/heatmap/synthetic';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { resetWarmUp, sliceStarts, WARM_SIZE, WARM_SLICES, warmUpMatrixChart, type WarmChart } from '../../../src/views/heatmap/warm-up';
import { hubei, registry } from './fixtures/excerpts';

const { doc, registry: synReg } = syntheticData();
const big = buildResponsibilityBase(doc, synReg);
const small = buildResponsibilityBase(hubei, registry([hubei]));

/** A chart that records what it was asked to draw. */
function fakeCharts() {
  const made: { size: { width: number; height: number }; options: any[]; cleared: number }[] = [];
  const init = (size: { width: number; height: number }): WarmChart => {
    const rec = { size, options: [] as any[], cleared: 0 };
    made.push(rec);
    return { setOption: (o) => rec.options.push(o), clear: () => rec.cleared++ };
  };
  return { made, init };
}

// requestIdleCallback stand-in: callbacks wait until the test runs them.
let nextId = 0;
const pending = new Map<number, () => void>();
const runOne = () => {
  const [id, cb] = pending.entries().next().value!;
  pending.delete(id);
  cb();
};
const runIdle = () => {
  // One callback at a time, as the browser would: each slice schedules the next.
  let n = 0;
  for (; pending.size; n++) runOne();
  return n;
};

describe('warmUpMatrixChart', () => {
  beforeEach(() => {
    resetWarmUp();
    pending.clear();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => (pending.set(++nextId, cb), nextId));
    vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('does nothing until the browser is idle, then draws windows of the real matrix one slice per idle callback', () => {
    const { made, init } = fakeCharts();
    const make = vi.fn(() => buildMatrix(big, big.assignments, 'sections'));
    const done = vi.fn();
    warmUpMatrixChart('sections', make, big.anyRoles, done, init);
    expect(make).not.toHaveBeenCalled();
    expect(made).toHaveLength(0);

    runOne(); // slice 0 builds, draws nothing
    expect(make).toHaveBeenCalledOnce();
    expect(made).toHaveLength(0);
    expect(pending.size).toBe(1);
    runOne(); // slice 1 draws one window
    expect(made).toHaveLength(1);
    expect(made[0].options).toHaveLength(1);

    const callbacks = runIdle();
    expect(callbacks).toBe(WARM_SLICES - 1);
    expect(made).toHaveLength(1); // one hidden chart, reused
    expect(made[0].size).toEqual(WARM_SIZE);
    expect(made[0].options).toHaveLength(WARM_SLICES);
    // Emptied, never disposed: zrender may still be painting the last slice in a later frame.
    expect(made[0].cleared).toBe(1);
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ slices: WARM_SLICES }));

    // Every slice is what the option builder makes for that window of the sections matrix, with count
    // labels, and the windows differ (different cells, so the drawing code runs on varied data).
    const m = make.mock.results[0].value;
    const order = orderRows(m, 'workload');
    const first = buildHeatmapOption({ matrix: m, order, documentHasRoles: big.anyRoles, viewport: WARM_SIZE });
    const starts = sliceStarts(m, WARM_SLICES, first.window.y[1] + 1, first.window.x[1] + 1);
    made[0].options.forEach((o, i) => {
      // (JSON: the formatters are closures, equal in behaviour but not in identity.)
      expect(JSON.stringify(o)).toBe(JSON.stringify(buildHeatmapOption({ matrix: m, order, documentHasRoles: big.anyRoles, viewport: WARM_SIZE, start: starts[i] }).option));
      expect(o.series[0]).toMatchObject({ type: 'heatmap', label: { show: true } });
    });
    const firstCells = new Set(made[0].options.map((o) => JSON.stringify(o.yAxis[0].data)));
    expect(firstCells.size).toBeGreaterThan(1);
  });

  it('warms each kind once per page', () => {
    const { made, init } = fakeCharts();
    warmUpMatrixChart('sections', () => buildMatrix(small, small.assignments, 'sections'), small.anyRoles, undefined, init);
    runIdle();
    expect(made).toHaveLength(1);
    warmUpMatrixChart('sections', () => buildMatrix(small, small.assignments, 'sections'), small.anyRoles, undefined, init);
    expect(runIdle()).toBe(0);
    warmUpMatrixChart('tasks', () => buildMatrix(small, small.assignments, 'tasks'), small.anyRoles, undefined, init);
    runIdle();
    expect(made).toHaveLength(1); // the page's one hidden chart, reused
    expect(made[0].options.at(-1).series[0]).toMatchObject({ id: 'cells', type: 'heatmap' });
  });

  it('cancelled midway: no more slices, the hidden chart is emptied (not disposed), and the kind is warmed later', () => {
    const { made, init } = fakeCharts();
    const done = vi.fn();
    const cancel = warmUpMatrixChart('sections', () => buildMatrix(big, big.assignments, 'sections'), big.anyRoles, done, init);
    runOne();
    runOne();
    expect(made[0].options).toHaveLength(1);
    cancel();
    expect(runIdle()).toBe(0); // the next slice was cancelled
    expect(made[0].options).toHaveLength(1);
    // Emptied, never disposed: zrender may still be painting the last slice in a later frame.
    expect(made[0].cleared).toBe(1);
    expect(done).not.toHaveBeenCalled();
    warmUpMatrixChart('sections', () => buildMatrix(big, big.assignments, 'sections'), big.anyRoles, done, init);
    runIdle();
    expect(done).toHaveBeenCalledOnce();
  });

  it('an empty matrix (everything filtered out) finishes without drawing', () => {
    const { made, init } = fakeCharts();
    const done = vi.fn();
    const none = buildMatrix(small, [], 'sections');
    warmUpMatrixChart('sections', () => none, small.anyRoles, done, init);
    runIdle();
    expect(made).toHaveLength(0);
    expect(done).toHaveBeenCalledWith({ slices: 0, longest: expect.any(Number) });
  });

  it('slice windows stay inside the matrix and step through it', () => {
    const m = buildMatrix(big, big.assignments, 'sections');
    const starts = sliceStarts(m, 8, 10, 5);
    expect(starts[0]).toEqual({ row: 0, col: 0 });
    expect(starts[1]).toEqual({ row: 10, col: 5 });
    for (const s of starts) {
      expect(s.row + 10).toBeLessThanOrEqual(m.rows.length);
      expect(s.col + 5).toBeLessThanOrEqual(m.columns.length);
    }
    // A matrix smaller than the window: every slice starts at the top-left.
    expect(sliceStarts(buildMatrix(small, small.assignments, 'sections'), 3, 500, 500)).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 0 },
      { row: 0, col: 0 },
    ]);
  });
});
