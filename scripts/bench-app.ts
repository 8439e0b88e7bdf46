// npm run bench:app — (1) gzip size of the JavaScript the overview and the reader need (entry +
// its static imports + the boot chunk it imports after the first paint + the reader chunk, each with their static imports), and whether ECharts is in it;
// (2) medians of five navigation-to-rendered-reader times in Chromium (goal ≤ 300 ms) on both paths
// a user takes: in-app navigation from the loaded overview, and a cold load of a shared /doc/ link;
// (3) the Lighthouse 12 scores of the overview, map, indicators and heatmap, mobile and desktop
// (scripts/bench-lighthouse.ts run on this same build; issue 14's goals). --no-lighthouse skips (3).
// Also the JS each chart view adds to the first view's, and whether presenter code is in the latter.
// Uses dist/data when the pipeline has written it, else the test fixture (said in the output).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
// Own output folder: dist/ is rebuilt by others on this shared machine at any time.
const dist = resolve(root, 'node_modules/.cache/atlas-bench-dist');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const PORT = Number(process.env.BENCH_PORT) || 4183;

interface Chunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  src?: string;
}

function closure(manifest: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function sizeReport() {
  const manifest: Record<string, Chunk> = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  // The reader is bundled into the entry today; if it is ever split out again, count its chunk too.
  const reader = Object.keys(manifest).find((k) => k.endsWith('src/views/reader/ReaderView.tsx'));
  // The entry imports the app (src/shell/boot.tsx) only after the first paint; every page needs it.
  // boot.tsx's closure is one chunk named boot (scripts/vite/boot-chunk.ts), which has no module key.
  const boot = Object.keys(manifest).find((k) => k.endsWith('src/shell/boot.tsx')) ?? Object.keys(manifest).find((k) => manifest[k].name === 'boot' && /\.js$/.test(manifest[k].file));
  const keys = new Set([...closure(manifest, entry), ...(boot ? closure(manifest, boot) : []), ...(reader ? closure(manifest, reader) : [])]);
  let raw = 0;
  let gz = 0;
  let echarts = false;
  const rows: string[] = [];
  for (const k of keys) {
    const buf = readFileSync(resolve(dist, manifest[k].file));
    const g = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += g;
    // zrender is ECharts' renderer: its class names survive minification.
    if (/zrender|ZRender|__ec_inner/.test(buf.toString('utf8'))) echarts = true;
    rows.push(`  ${manifest[k].file.padEnd(44)} ${(g / 1024).toFixed(1).padStart(7)} KB gz`);
  }
  console.log('JS needed for overview + reader:');
  console.log(rows.join('\n'));
  // Presenter mode (fullscreen, stepping) belongs to the views that offer it, never the first view.
  const presenter = [...keys].some((k) => /requestFullscreen/.test(readFileSync(resolve(dist, manifest[k].file), 'utf8')));
  console.log(`  total ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (goal ≤ 120 KB) — ECharts in it: ${echarts ? 'YES' : 'no'}, presenter code in it: ${presenter ? 'YES' : 'no'}`);
  // What a chart view loads on top of it (its chunk and static imports: ECharts, its components).
  const views = ['map/MapView', 'indicators/IndicatorsView', 'heatmap/HeatmapView'];
  const extra = views.map((v) => {
    const key = Object.keys(manifest).find((k) => k.endsWith(`src/views/${v}.tsx`));
    if (!key) return `${v}: no chunk`;
    let vgz = 0;
    for (const k of closure(manifest, key)) if (!keys.has(k)) vgz += gzipSync(readFileSync(resolve(dist, manifest[k].file)), { level: 9 }).length;
    return `${v.split('/')[0]} +${(vgz / 1024).toFixed(1)} KB`;
  });
  console.log(`  chart views add (gzip, their chunk + static imports): ${extra.join(', ')}`);
  return { gz, echarts };
}

/** In-page probe (added before any page script): resolves when `selector` is in the DOM, with the
 *  time of insertion and the time after the next frame was produced (≈ painted). */
const PROBE = `window.__rendered = (selector) => new Promise((resolve) => {
  const done = () => { const dom = performance.now(); requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() }))); };
  if (document.querySelector(selector)) return done();
  const mo = new MutationObserver(() => { if (document.querySelector(selector)) { mo.disconnect(); done(); } });
  mo.observe(document, { childList: true, subtree: true });
});
window.__clickAt = null;
addEventListener('click', (e) => { window.__clickAt = e.timeStamp; }, true);
if (location.pathname.startsWith('/doc/')) window.__cold = window.__rendered('.is-highlighted');`;

type Probe = { dom: number; painted: number };
/** Main-thread busy time (Chrome's Performance.getMetrics, seconds → ms), to compare work done
 *  rather than wall time, which the shared machine's load dominates. */
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Work = Record<(typeof METRICS)[number], number>;
async function work(cdp: CDPSession): Promise<Work> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => (metrics.find((x: { name: string }) => x.name === n)?.value ?? 0) * 1000;
  return Object.fromEntries(METRICS.map((n) => [n, get(n)])) as Work;
}
const diff = (a: Work, b: Work): Work => Object.fromEntries(METRICS.map((n) => [n, b[n] - a[n]])) as Work;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

async function timing() {
  const real = existsSync(resolve(dist, 'data/manifest.json'));
  const dataDir = real ? resolve(dist, 'data') : resolve(root, 'tests/fixtures/app/data');
  const m = JSON.parse(readFileSync(resolve(dataDir, 'manifest.json'), 'utf8'));
  // The largest document is the honest case for the reader.
  const docEntry = [...m.documents].sort((a: any, b: any) => b.counts.tasks - a.counts.tasks)[0];
  const doc = JSON.parse(readFileSync(resolve(dataDir, docEntry.path.replace(/^\/?(data\/)?/, '')), 'utf8'));
  const task = doc.tasks[Math.floor(doc.tasks.length / 2)];
  const server = spawn(process.execPath, [viteBin, 'preview', '--outDir', dist, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const origin = `http://127.0.0.1:${PORT}`;
  const taskPath = `/doc/${encodeURIComponent(doc.id)}?task=${encodeURIComponent(task.id)}`;

  async function newPage() {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    page.on('pageerror', (e) => console.error('  page error:', e.message));
    if (!real) {
      await page.route('**/data/**', (route) => {
        const rel = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
        return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(resolve(dataDir, rel)) });
      });
    }
    return { context, page, cdp };
  }

  /** The app settled at the overview: cards rendered, quality line in, no request in flight. */
  async function atOverview() {
    const p = await newPage();
    await p.page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await p.page.waitForSelector('[data-testid=doc-card] .quality');
    return p;
  }

  // (a1) The usual path: a click on a document's 阅读原文 link in the overview → its text is painted.
  async function clickReader(): Promise<[number, Work]> {
    const { context, page, cdp } = await atOverview();
    const w0 = await work(cdp);
    const wait = page.evaluate(() => (window as any).__rendered('.reader-text .doc-line'));
    await page.click(`[data-doc-id="${doc.id}"] .entry-points a[href^="/doc/"]`);
    const r: Probe = await wait;
    const at: number = await page.evaluate(() => (window as any).__clickAt);
    const w = diff(w0, await work(cdp));
    await context.close();
    return [r.painted - at, w];
  }

  // (a2) In-app navigation to a task (what every source link does) → the highlighted sentence is painted.
  // history.pushState + popstate drives the same store navigation a link click does, without a link
  // to this task on the overview.
  async function inAppTask(): Promise<[number, Work]> {
    const { context, page, cdp } = await atOverview();
    const w0 = await work(cdp);
    const r: Probe & { t0: number } = await page.evaluate(async (to) => {
      const w = window as any;
      const wait = w.__rendered('.is-highlighted');
      const t0 = performance.now();
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
      return { ...(await wait), t0 };
    }, taskPath);
    const w = diff(w0, await work(cdp));
    await context.close();
    return [r.painted - r.t0, w];
  }

  // (b) Cold: a fresh browser context opens /doc/<id>?task=… (a shared link) → highlighted sentence painted,
  // measured from navigation start.
  async function cold(): Promise<[number, Work]> {
    const { context, page, cdp } = await newPage();
    await page.goto(`${origin}${taskPath}`, { waitUntil: 'commit' });
    const r: Probe = await page.evaluate(() => (window as any).__cold);
    const w = await work(cdp);
    await context.close();
    return [r.painted, w];
  }

  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await cold(); // warms the HTTP server and the disk cache
    const loadBefore = load();
    const runs = { click: [] as [number, Work][], task: [] as [number, Work][], cold: [] as [number, Work][] };
    for (let i = 0; i < 5; i++) {
      // Interleaved, so a burst of load on the shared machine hits all three alike.
      runs.click.push(await clickReader());
      runs.task.push(await inAppTask());
      runs.cold.push(await cold());
    }
    const line = (label: string, rs: [number, Work][]) => {
      const xs = rs.map((r) => r[0]);
      const m = (n: keyof Work) => median(rs.map((r) => r[1][n])).toFixed(0);
      console.log(`  ${label.padEnd(44)} runs ${xs.map((t) => t.toFixed(0)).join(', ')} ms — median ${median(xs).toFixed(0)} ms (goal ≤ 300 ms)`);
      console.log(`  ${''.padEnd(44)} main thread (medians): busy ${m('TaskDuration')} ms = script ${m('ScriptDuration')} + layout ${m('LayoutDuration')} + style ${m('RecalcStyleDuration')} + other`);
    };
    console.log(`Navigation → rendered reader (${doc.id}, ${doc.tasks.length} tasks, ${doc.lines.length} lines, data: ${real ? 'pipeline output' : 'FIXTURE'}); "rendered" = in the DOM and the next frame produced:`);
    line('(a) in app: overview 阅读原文 click → text', runs.click);
    line('(a) in app: → /doc/…?task=… highlighted', runs.task);
    line('(b) cold: fresh context /doc/…?task=…', runs.cold);
    console.log(`  load average (1/5/15 min): before ${loadBefore}, after ${load()} — ${os.cpus().length} cores, shared`);
  } finally {
    await browser.close();
    server.kill();
  }
}

if (!process.argv.includes('--skip-build')) {
  const b = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
sizeReport();
await timing();
if (!process.argv.includes('--no-lighthouse')) {
  // The Lighthouse scores of this same build, served on the same port once the timing's server has gone.
  await new Promise((r) => setTimeout(r, 1500));
  const lh = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/bench-lighthouse.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LIGHTHOUSE_DIST: dist, BENCH_PORT: String(PORT) },
  });
  if (lh.status !== 0) process.exit(lh.status ?? 1);
}
