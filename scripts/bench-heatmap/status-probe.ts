// Probe for issue 16 (BENCH_ENTRY=status-probe npm run bench:heatmap): where the time of colouring the
// 300×3,000 task matrix by 督办 status goes. Draws the task matrix (workload order), then toggles
// status/role colouring n times (#n=3), each step timed from option building to ECharts' 'finished'.
// Page-hash variants: mode=full (setOption notMerge, as the view does), patch (merge only the cells
// series, visualMap and column labels), merge (the whole option with replaceMerge series+visualMap);
// behind=✕ draws the "behind" icon with another glyph (✕ is not in Noto Sans CJK: the fallback-font
// lookup it caused was most of the first colouring); pre=1 does two role re-renders first, so the first
// status step is not also the page's first change; prof=1 wraps each step in console.profile (for a CDP
// Profiler.consoleProfileFinished listener). Marks `change X`/`end X` let a Chromium trace give
// main-thread CPU per step. Diagnostic only: the product uses mode=full (patch and merge measured
// within 1–2 ms of it at 300×3,000, see the commit that added this probe).
import { echarts } from '../../src/views/heatmap/option/echarts';
import { THEME_NAME } from '../../src/kernel/echarts/core';
import { buildHeatmapOption } from '../../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../src/views/heatmap/model/matrix';
import { orderRows } from '../../src/views/heatmap/model/order';
import { syntheticData } from '../../tests/fixtures/heatmap/synthetic';

const rendered = (chart: ReturnType<typeof echarts.init>, apply: () => void) =>
  new Promise<void>((ok) => {
    chart.on('finished', function done() { chart.off('finished', done); ok(); });
    apply();
  });
const settle = () => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 100))));

async function run() {
  const el = document.getElementById('chart')!;
  const viewport = { width: el.clientWidth, height: el.clientHeight };
  const hash = new URLSearchParams(location.hash.slice(1));
  const prof = hash.get('prof') === '1';
  const mode = hash.get('mode') ?? 'full';
  const behind = hash.get('behind');
  if (prof) { console.profile('init'); console.profileEnd('init'); }
  const { doc, registry } = syntheticData();
  const out: Record<string, number> = {};
  const base = buildResponsibilityBase(doc, registry);
  const matrix = buildMatrix(base, base.assignments, 'tasks');
  const order = orderRows(matrix, 'workload');
  const chart = echarts.init(el, THEME_NAME, { renderer: 'canvas' });
  const role = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport });
  await rendered(chart, () => chart.setOption(role.option, { notMerge: true }));
  // Synthetic statuses for timing, not data.
  const cycle = ['completed', 'on-schedule', 'at-risk', 'behind', null] as const;
  const swap = (x: string) => (behind ? x.replace('×', behind) : x);
  const step = async (name: string, status: boolean) => {
    await settle();
    performance.mark(`change ${name}`);
    if (prof) console.profile(name);
    const t = performance.now();
    const b = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport, columnStatus: status ? matrix.columns.map((_, i) => cycle[i % cycle.length]) : undefined });
    const o = b.option as Record<string, unknown[]>;
    const xAxes = o.xAxis as { data: string[] }[];
    if (status && behind) {
      for (const p of (o.visualMap as { pieces: { label: string }[] }[])[0].pieces) p.label = swap(p.label);
      for (const ax of xAxes.slice(0, 2)) ax.data = ax.data.map(swap);
    }
    out[`${name} build`] = performance.now() - t;
    if (mode === 'patch') {
      const cells = (o.series as { id: string }[]).find((x) => x.id === 'cells')!;
      await rendered(chart, () => chart.setOption({ visualMap: o.visualMap, xAxis: [{ data: xAxes[0].data }, { data: xAxes[1].data }], series: [cells] }));
    } else if (mode === 'merge') await rendered(chart, () => chart.setOption(b.option, { replaceMerge: ['series', 'visualMap'] }));
    else await rendered(chart, () => chart.setOption(b.option, { notMerge: true }));
    out[name] = performance.now() - t;
    if (prof) console.profileEnd(name);
    performance.mark(`end ${name}`);
  };
  if (hash.get('pre') === '1') { await step('role0', false); await step('role00', false); }
  for (let i = 1; i <= Number(hash.get('n') ?? 3); i++) {
    await step(`status${i}`, true);
    await step(`role${i}`, false);
  }
  (window as unknown as { __bench: unknown }).__bench = out;
}
run().catch((e) => ((window as unknown as { __bench: unknown }).__bench = { error: String(e?.stack ?? e) }));
