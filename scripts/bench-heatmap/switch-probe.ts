// Probe for issue 6 (BENCH_ENTRY=switch-probe npm run bench:heatmap): why the FIRST switch to the
// sections matrix costs more than later ones. Draws the task matrix, then switches sections/tasks
// back and forth (s1, t1, s2, …), timing option building and setOption→'finished' separately.
// A page hash #mode=… (BENCH_HASH='#mode=tiny' BENCH_ENTRY=switch-probe npm run bench:heatmap) tries:
// warm = render the full sections option once on a hidden chart first; tiny = the same at 420×220;
// glyphs = fillText every sections label on a throwaway canvas first; merge = replaceMerge instead
// of notMerge; nolabel = no count labels; pmap = piecewise visualMap for sections; prof = wrap each
// step in console.profile (for a CDP Profiler.consoleProfileFinished listener). The performance
// marks `change X`/`end X` let a Chromium trace give main-thread CPU per step.
// Diagnostic only: none of these variants is in the product.
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

async function run() {
  const el = document.getElementById('chart')!;
  const viewport = { width: el.clientWidth, height: el.clientHeight };
  const mode = new URLSearchParams(location.hash.slice(1)).get('mode') ?? 'plain';
  // The first console.profile starts the profiler (~200 ms); do it before anything is timed.
  if (mode === 'prof') { console.profile('init'); console.profileEnd('init'); }
  const { doc, registry } = syntheticData();
  const out: Record<string, number> = {};
  const base = buildResponsibilityBase(doc, registry);
  const tm = buildMatrix(base, base.assignments, 'tasks');
  const tasks = buildHeatmapOption({ matrix: tm, order: orderRows(tm, 'first'), documentHasRoles: base.anyRoles, viewport });
  const chart = echarts.init(el, THEME_NAME, { renderer: 'canvas' });
  await rendered(chart, () => chart.setOption(tasks.option, { notMerge: true }));
  if (mode === 'warm' || mode === 'tiny' || mode === 'mid') {
    const small = mode !== 'warm';
    const sv = mode === 'mid' ? { width: 700, height: 400 } : { width: 420, height: 220 };
    performance.mark('change warm');
    // Render the sections option once on a detached, tiny hidden chart.
    const div = document.createElement('div');
    div.style.cssText = small ? `position:absolute;left:-9999px;width:${sv.width}px;height:${sv.height}px` : 'position:absolute;left:-9999px;width:1366px;height:640px';
    document.body.appendChild(div);
    const sm = buildMatrix(base, base.assignments, 'sections');
    const o = buildHeatmapOption({ matrix: sm, order: orderRows(sm, 'workload'), documentHasRoles: base.anyRoles, viewport: small ? sv : viewport });
    const c2 = echarts.init(div, THEME_NAME, { renderer: 'canvas' });
    const t = performance.now();
    await rendered(c2, () => c2.setOption(o.option, { notMerge: true }));
    out.warmOffscreen = performance.now() - t;
    c2.dispose(); div.remove();
    performance.mark('end warm');
  }
  if (mode === 'chunks') {
    // Many small renders of a sections option on a hidden chart, one per idle callback.
    const div = document.createElement('div');
    div.style.cssText = 'position:absolute;left:-9999px;width:480px;height:320px';
    document.body.appendChild(div);
    const sm = buildMatrix(base, base.assignments, 'sections');
    const ord = orderRows(sm, 'workload');
    const c2 = echarts.init(div, THEME_NAME, { renderer: 'canvas' });
    let longest = 0;
    const t = performance.now();
    const n = Number(new URLSearchParams(location.hash.slice(1)).get('n') ?? 8);
    for (let i = 0; i < n; i++) {
      await new Promise((ok) => requestIdleCallback(ok));
      const o = buildHeatmapOption({ matrix: sm, order: ord, documentHasRoles: base.anyRoles, viewport: { width: 480, height: 320 }, start: { row: i * 10, col: i } });
      const tc = performance.now();
      await rendered(c2, () => c2.setOption(o.option, { notMerge: true }));
      longest = Math.max(longest, performance.now() - tc);
    }
    out.warmOffscreen = performance.now() - t;
    c2.dispose(); div.remove();
    out.warmLongestChunk = longest;
  }
  if (mode === 'wait') await new Promise((ok) => setTimeout(ok, Number(new URLSearchParams(location.hash.slice(1)).get('ms') ?? 700)));
  if (mode === 'glyphs') {
    // Draw every label the sections matrix will show onto a throwaway canvas, in its fonts.
    const t = performance.now();
    const sm = buildMatrix(base, base.assignments, 'sections');
    const ctx = document.createElement('canvas').getContext('2d')!;
    const fam = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
    for (const [size, texts] of [[10, sm.columns.map((c) => c.label)], [11, ['0123456789']], [12, sm.rows.map((r) => r.name)]] as const) {
      ctx.font = `${size}px ${fam}`;
      for (const x of texts) ctx.fillText(x, 0, 20);
    }
    out.warmGlyphs = performance.now() - t;
  }
  const step = async (name: string, kind: 'tasks' | 'sections') => {
    await new Promise((ok) => setTimeout(ok, 50));
    performance.mark(`change ${name}`);
    if (mode === 'prof') console.profile(name);
    const t = performance.now();
    const m = buildMatrix(base, base.assignments, kind);
    const b = buildHeatmapOption({ matrix: m, order: orderRows(m, 'workload'), documentHasRoles: base.anyRoles, viewport });
    // nolabel: sections cells without their count labels; pmap: piecewise visualMap (same colours).
    if (mode === 'nolabel') for (const x of b.option.series as { type: string; label?: unknown }[]) if (x.type === 'heatmap') x.label = { show: false };
    if (mode === 'pmap' && kind === 'sections') {
      const v = (b.option.visualMap as { min: number; max: number }[])[0];
      (b.option.visualMap as unknown[])[0] = { type: 'piecewise', seriesIndex: [0, 1], splitNumber: 5, min: v.min, max: v.max, orient: 'horizontal', top: 4, left: 150, inRange: { color: ['#dcefe9', '#2f8f7b', '#123f35'] } };
    }
    out[`${name} build`] = performance.now() - t;
    const t1 = performance.now();
    await rendered(chart, () => chart.setOption(b.option, mode === 'merge' ? { replaceMerge: ['series', 'visualMap'] } : { notMerge: true }));
    out[`${name} setOption`] = performance.now() - t1;
    out[name] = performance.now() - t;
    if (mode === 'prof') console.profileEnd(name);
    performance.mark(`end ${name}`);
  };
  await step('s1', 'sections');
  await step('t1', 'tasks');
  await step('s2', 'sections');
  await step('t2', 'tasks');
  await step('s3', 'sections');
  (window as unknown as { __bench: unknown }).__bench = out;
}
run().catch((e) => ((window as unknown as { __bench: unknown }).__bench = { error: String(e?.stack ?? e) }));
