// npm run bench:indicators — median time from a filter change to the next repaint on /indicators,
// with every document's targets replicated ×10 (synthetic copies with new ids, served in place of
// the real files). Builds the app into a temp folder and serves it with vite preview.
// --cpu: a second pass per facet under a Chromium trace reports the renderer main thread's CPU time
// per change (thread time, so it varies far less than wall time on a machine shared by many).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const REPLICAS = 10;
const CHANGES = 21;
const GOAL_MS = 100;

function replicate(doc: { indicators: { id: string }[] }): unknown {
  const indicators = doc.indicators.flatMap((ind) =>
    Array.from({ length: REPLICAS }, (_, k) => (k === 0 ? ind : { ...ind, id: `${ind.id}~x${k}` })),
  );
  return { ...doc, indicators };
}

const CPU = process.argv.includes('--cpu');
// Main-thread trace events that make up a repaint: the change handler (React render and commit,
// ECharts setOption) and the frame's style, layout and paint.
const REPAINT_EVENTS = ['EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Change one filter from inside the page and time it until the frame after the change is painted. */
async function timeChange(page: Page, testId: string, value: string): Promise<number> {
  return page.evaluate(
    ([id, v]) =>
      new Promise<number>((done) => {
        const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
        const t0 = performance.now();
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // rAF runs before the paint; the task queued from it runs after that frame is painted.
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
      }),
    [testId, value] as const,
  );
}

async function measure(page: Page, testId: string): Promise<number[]> {
  const values = await page.$$eval(`[data-testid="${testId}"] option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
  const times: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    times.push(await timeChange(page, testId, values[(i + 1) % values.length]));
    await page.waitForTimeout(50);
  }
  await timeChange(page, testId, '');
  return times;
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { data?: { type?: string } } }

/** CPU ms per change on the renderer main thread, by event name, from a trace of `changes` changes. */
function cpuPerChange(trace: Buffer, changes: number): Record<string, number> {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents.filter((e) => e.ph === 'X');
  const changeEvent = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change');
  if (!changeEvent) throw new Error('no change event in the trace');
  const out: Record<string, number> = {};
  for (const e of events) {
    if (e.pid !== changeEvent.pid || e.tid !== changeEvent.tid || !REPAINT_EVENTS.includes(e.name)) continue;
    out[e.name] = (out[e.name] ?? 0) + (e.tdur ?? 0) / 1000 / changes;
  }
  return out;
}

async function main() {
  const out = mkdtempSync(join(tmpdir(), 'bench-indicators-'));
  const build = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  if (!existsSync(join(out, 'data/manifest.json'))) throw new Error('no pipeline output in public/data: run npm run data first');
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', out, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    let targets = 0;
    await page.route('**/data/docs/*.json', (route) => {
      const file = join(out, new URL(route.request().url()).pathname);
      const doc = replicate(JSON.parse(readFileSync(file, 'utf8')));
      targets += (doc as { indicators: unknown[] }).indicators.length;
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) });
    });
    await page.goto(`http://127.0.0.1:${port}/indicators?achieved=1`);
    await page.waitForSelector('[data-testid="result-count"]', { timeout: 30_000 });
    console.log(`indicators ×${REPLICAS}: ${targets} (targets and achieved figures, all shown)`);
    for (const tab of ['cards', 'table'] as const) {
      await page.click(`[data-testid="tab-${tab}"]`);
      for (const facet of ['filter-category', 'filter-province']) {
        const times = await measure(page, facet);
        const m = median(times);
        console.log(
          `${tab.padEnd(5)} ${facet.padEnd(16)} median ${m.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${times.length})  goal ≤ ${GOAL_MS} ms ${m <= GOAL_MS ? 'OK' : 'MISSED'}`,
        );
        if (CPU) {
          await browser.startTracing(page, { categories: ['devtools.timeline'] });
          await measure(page, facet);
          const cpu = cpuPerChange(await browser.stopTracing(), CHANGES + 1);
          const total = Object.values(cpu).reduce((a, b) => a + b, 0);
          const parts = REPAINT_EVENTS.filter((k) => cpu[k]).map((k) => `${k} ${cpu[k].toFixed(1)}`).join(', ');
          console.log(`      main-thread CPU per change ${total.toFixed(1)} ms (${parts})`);
        }
      }
    }
  } finally {
    await browser.close();
    server.kill();
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
