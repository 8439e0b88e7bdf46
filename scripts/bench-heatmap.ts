// npm run bench:heatmap — synthetic 300 departments × 3,000 tasks.
// 1. Node: the pure model steps (median of 5). 2. Chromium: first render and sort/filter changes with
// real ECharts, bundled by Vite from scripts/bench-heatmap/entry.ts. Goals: first render ≤ 500 ms,
// a filter or sort change ≤ 100 ms.
// --cpu: one more page load under a Chromium trace reports the renderer main thread's CPU time per
// change (thread time of its tasks between the entry's marks): steadier than wall time when the
// machine is shared and the page waits for a core.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildHeatmapOption } from '../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../src/views/heatmap/model/assignments';
import { filterAssignments, NO_FILTERS } from '../src/views/heatmap/model/filters';
import { buildMatrix } from '../src/views/heatmap/model/matrix';
import { orderRows, ORDERINGS } from '../src/views/heatmap/model/order';
import { syntheticData, syntheticStatusIndex } from '../tests/fixtures/heatmap/synthetic';
import { columnStatusOf, statusByTask } from '../src/views/heatmap/model/status';
import { seriateRows } from '../src/views/heatmap/model/seriation';

const root = resolve(import.meta.dirname, '..');
// Page loads per run (BENCH_LOADS): wall times on a shared 2-core machine swing 2× between loads, so
// the median of several is printed with its range. BENCH_ENTRY picks the browser entry (entry or the
// switch-probe diagnostic) and BENCH_HASH is appended to the page URL (switch-probe reads #mode=…).
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f: () => unknown, runs = 5): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    xs.push(performance.now() - t);
  }
  return median(xs);
}
const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

const { doc, registry } = syntheticData();
const base = buildResponsibilityBase(doc, registry);
const matrix = buildMatrix(base, base.assignments, 'tasks');
// The machine is shared: print the load so numbers can be read in context.
console.log(`load average: ${(await import('node:os')).loadavg().map((v) => v.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
console.log(`synthetic: ${base.departments.length} departments × ${base.tasks.length} tasks, ${base.assignments.length} assignments`);
console.log('Node (median of 5):');
console.log(`  base from document     ${ms(time(() => buildResponsibilityBase(doc, registry)))}`);
console.log(`  filter (hide collect.) ${ms(time(() => filterAssignments(base, { ...NO_FILTERS, kinds: ['government', 'party', 'central', 'city', 'other'] })))}`);
console.log(`  task matrix            ${ms(time(() => buildMatrix(base, base.assignments, 'tasks')))}`);
console.log(`  section matrix         ${ms(time(() => buildMatrix(base, base.assignments, 'sections')))}`);
// seriateRows directly: orderRows caches seriation per matrix, which would time a cache hit.
for (const o of ORDERINGS) console.log(`  order: ${o.padEnd(15)} ${ms(time(() => (o === 'seriation' ? seriateRows(matrix) : orderRows(matrix, o))))}`);
const order = orderRows(matrix, 'workload');
console.log(`  option builder         ${ms(time(() => buildHeatmapOption({ matrix, order, documentHasRoles: true, viewport: { width: 1366, height: 640 } })))}`);
const statuses = syntheticStatusIndex(doc);
console.log(`  status per task        ${ms(time(() => statusByTask(statuses, doc.id)))}`);
const taskStatus = statusByTask(statuses, doc.id);
console.log(`  status per column      ${ms(time(() => columnStatusOf(matrix, taskStatus)))}`);
console.log(`  option (by status)     ${ms(time(() => buildHeatmapOption({ matrix, order, documentHasRoles: true, viewport: { width: 1366, height: 640 }, columnStatus: columnStatusOf(matrix, taskStatus) })))}`);

// Browser: bundle the entry with Vite (library-free IIFE) and load it into a blank page.
const out = mkdtempSync(join(tmpdir(), 'bench-heatmap-'));
try {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // Library mode leaves process.env.NODE_ENV in place; the app build replaces it the same way.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      lib: { entry: resolve(root, `scripts/bench-heatmap/${process.env.BENCH_ENTRY ?? 'entry'}.ts`), formats: ['iife'], name: 'benchHeatmap', fileName: () => 'bench.js' },
    },
  });
  const js = readFileSync(join(out, 'bench.js'), 'utf8');
  writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="chart" style="width:1366px;height:640px"></div>');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let cpu: Record<string, number> | null = null;
  try {
    const load = async (hash: string) => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
      await page.goto(`file://${join(out, 'index.html')}${hash}`);
      await page.addScriptTag({ content: js });
      await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, { timeout: 60_000 });
      const r = (await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench)) as Record<string, number> & { error?: string };
      await page.close();
      if (r.error) throw new Error(r.error);
      return r;
    };
    const print = (runs: Record<string, number>[], only?: (k: string) => boolean) => {
      for (const k of Object.keys(runs[0]).filter((k) => k !== 'cells' && (!only || only(k)))) {
        const xs = runs.map((r) => r[k]);
        const v = median(xs);
        const spread = `[${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]`.padStart(11);
        const goal = k === 'firstRender' ? 500 : k.includes(':') && !k.includes('(') ? 100 : null;
        console.log(`  ${k.padEnd(22)} ${ms(v)} ${spread}${goal ? `  (goal ≤ ${goal} ms: ${v <= goal ? 'met' : 'MISSED'})` : ''}`);
      }
    };
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < LOADS; i++) runs.push(await load(process.env.BENCH_HASH ?? ''));
    if (process.argv.includes('--cpu')) cpu = await cpuPass(browser, js, out);
    console.log(`Chromium (median [min–max] of ${LOADS} page loads; each includes model + option + ECharts until "finished"; changes start once the page has settled):`);
    print(runs);
    // The same page without the idle warm-up: what a user who switches before it has run would see.
    if (!process.env.BENCH_ENTRY && !process.env.BENCH_HASH) {
      const cold: Record<string, number>[] = [];
      for (let i = 0; i < Math.min(LOADS, 5); i++) cold.push(await load('#warm=0'));
      console.log(`Without the idle warm-up (#warm=0; median [min–max] of ${cold.length} page loads):`);
      print(cold, (k) => k.startsWith('switch:') && !k.includes('('));
    }
    if (cpu) {
      console.log('Chromium main-thread CPU per change (one traced page load; thread time, not wall time):');
      for (const [k, v] of Object.entries(cpu)) console.log(`  ${k.padEnd(22)} ${ms(v)}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** One traced page load: CPU ms of the renderer main thread's tasks between `change X` and `end X` marks. */
async function cpuPass(browser: import('playwright-core').Browser, js: string, dir: string): Promise<Record<string, number>> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`file://${join(dir, 'index.html')}`);
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.addScriptTag({ content: js });
  await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, { timeout: 60_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number }[] };
  await page.close();
  const events = trace.traceEvents;
  const marks = events.filter((e) => e.name.startsWith('change ') || e.name.startsWith('end '));
  if (!marks.length) throw new Error('no change marks in the trace');
  const { pid, tid } = marks[0];
  const tasks = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && /RunTask$/.test(e.name) && e.tdur !== undefined);
  const out: Record<string, number> = {};
  for (const start of marks.filter((e) => e.name.startsWith('change '))) {
    const name = start.name.slice('change '.length);
    const end = marks.find((e) => e.name === `end ${name}`);
    if (!end) continue;
    // Tasks that overlap the change's span; the change starts inside a task, so count that one whole.
    out[name] = tasks.filter((e) => e.ts + (e.dur ?? 0) > start.ts && e.ts < end.ts).reduce((a, e) => a + e.tdur! / 1000, 0);
  }
  return out;
}
