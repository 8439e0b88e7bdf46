// Browser half of npm run bench:heatmap: real ECharts on a real canvas, timed until 'finished'.
import { echarts } from '../../src/views/heatmap/option/echarts';
import { THEME_NAME } from '../../src/kernel/echarts/core';
import { buildHeatmapOption } from '../../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../../src/views/heatmap/model/assignments';
import { filterAssignments, NO_FILTERS } from '../../src/views/heatmap/model/filters';
import { buildMatrix } from '../../src/views/heatmap/model/matrix';
import { orderRows, type Ordering } from '../../src/views/heatmap/model/order';
import { syntheticData, syntheticStatusIndex } from '../../tests/fixtures/heatmap/synthetic';
import { columnStatusOf, statusByTask } from '../../src/views/heatmap/model/status';
import { precomputeSeriation } from '../../src/views/heatmap/precompute-seriation';
import { warmUpMatrixChart, type WarmUpStats } from '../../src/views/heatmap/warm-up';

function rendered(chart: ReturnType<typeof echarts.init>, apply: () => void): Promise<void> {
  return new Promise((ok) => {
    chart.on('finished', function done() {
      chart.off('finished', done);
      ok();
    });
    apply();
  });
}

/** Two frames (the last paint is on screen), then a pause: 100 ms, or #settle=<ms> in the page URL
 *  (BENCH_HASH='#settle=500' npm run bench:heatmap) to see how much of a change right after the first
 *  render is V8 still compiling and collecting in the background on a 2-core machine. */
const hash = new URLSearchParams(location.hash.slice(1));
const SETTLE_MS = Number(hash.get('settle') ?? 100);
const settle = () =>
  new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, SETTLE_MS))));

async function run() {
  const el = document.getElementById('chart')!;
  const viewport = { width: el.clientWidth, height: el.clientHeight };
  const { doc, registry } = syntheticData();
  const out: Record<string, number> = {};

  // First render: from the loaded document to pixels (model + option + ECharts).
  const t0 = performance.now();
  const base = buildResponsibilityBase(doc, registry);
  let matrix = buildMatrix(base, base.assignments, 'tasks');
  let order = orderRows(matrix, 'first');
  let built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  out.modelAndOption = performance.now() - t0;
  const chart = echarts.init(el, THEME_NAME, { renderer: 'canvas' });
  await rendered(chart, () => chart.setOption(built.option, { notMerge: true }));
  out.firstRender = performance.now() - t0;

  // As the view does once a matrix is on screen: draw the other kind in idle slices on a hidden chart
  // (warm-up.ts). #warm=0 skips it, to time the changes as they are before the warm-up has run.
  if (hash.get('warm') !== '0') {
    const tw = performance.now();
    const stats = await new Promise<WarmUpStats>((ok) => warmUpMatrixChart('sections', () => buildMatrix(base, base.assignments, 'sections'), base.anyRoles, ok));
    out['idle warm-up (background)'] = performance.now() - tw;
    out['idle warm-up longest slice'] = stats.longest;
  }


  // Per change: total until ECharts reports 'finished', and how much of it was our model + option.
  const change = async (name: string, f: () => void) => {
    // Marks let `npm run bench:heatmap -- --cpu` cut a Chromium trace into changes (main-thread CPU).
    // Each change starts in a task of its own once the page has settled, as a user's click would: a
    // person cannot click within a millisecond of the last paint, and a change started then would also
    // time the compositor still rastering the previous frame.
    await settle();
    performance.mark(`change ${name}`);
    const t = performance.now();
    f();
    out[`${name} (model+option)`] = performance.now() - t;
    await rendered(chart, () => chart.setOption(built.option, { notMerge: true }));
    out[name] = performance.now() - t;
    performance.mark(`end ${name}`);
  };
  for (const o of ['workload', 'name', 'seriation', 'category'] as Ordering[]) {
    await change(`sort:${o}`, () => {
      order = orderRows(matrix, o);
      built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
    });
  }
  // Colour by 督办 status (?colour=status): a status on four tasks of five, cycling through the four,
  // the fifth unreported — synthetic labels for timing, not data.
  // As the view does: the status index (kernel/entries) is turned into this document's taskId → status
  // once; the change looks each column up in it.
  const taskStatus = statusByTask(syntheticStatusIndex(doc), doc.id);
  await change('colour:status', () => {
    const columnStatus = columnStatusOf(matrix, taskStatus);
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport, columnStatus });
  });
  await change('colour:role', () => {
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  });
  await change('filter:hideCollective', () => {
    const a = filterAssignments(base, { ...NO_FILTERS, kinds: ['government', 'party', 'central', 'city', 'other'] });
    matrix = buildMatrix(base, a, 'tasks');
    order = orderRows(matrix, 'workload');
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  });
  // As the view does after drawing a matrix: seriation in an idle callback, then the user picks it.
  // (sort:seriation above is the other case: picked before the idle callback ran, computed on the spot.)
  const t = performance.now();
  await new Promise<void>((ok) => precomputeSeriation(matrix, ok));
  out['idle seriation (background)'] = performance.now() - t;
  await change('sort:seriation-precomputed', () => {
    order = orderRows(matrix, 'seriation');
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  });
  await change('filter:search', () => {
    matrix = buildMatrix(base, filterAssignments(base, { ...NO_FILTERS, search: '合成部门00' }), 'tasks');
    order = orderRows(matrix, 'workload');
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  });
  await change('pan:right', () => {
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport, start: { row: 40, col: 500 } });
  });
  await change('switch:sections', () => {
    matrix = buildMatrix(base, base.assignments, 'sections');
    order = orderRows(matrix, 'workload');
    built = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  });
  out.cells = base.assignments.length;
  (window as unknown as { __bench: unknown }).__bench = out;
}

run().catch((e) => ((window as unknown as { __bench: unknown }).__bench = { error: String(e?.stack ?? e) }));
