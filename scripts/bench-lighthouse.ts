// npm run bench:lighthouse — Lighthouse 12 scores (performance, accessibility, best practices) of
// the overview, the map, the indicators and the heatmap, mobile (Lighthouse's default: simulated
// slow 4G and 4× CPU slowdown, Moto G Power screen) and desktop, against a production build served
// by vite preview. Chromium: CHROME_PATH (default Debian's /usr/bin/chromium). Targets (issue 14):
// performance ≥ 95 mobile and 100 desktop, accessibility 100, best practices 100. Prints the
// machine load too: simulated throttling still depends on this machine's speed. LIGHTHOUSE_RUNS
// (default 3) runs per page and form, interleaved (LIGHTHOUSE_PAGES / LIGHTHOUSE_FORMS: a subset); each row is the run with the median
// performance score, with every run's score and the load at each run beside it.
// npm run bench:app runs this on its own build (LIGHTHOUSE_DIST) after its timings.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = resolve(import.meta.dirname, '..');
// LIGHTHOUSE_DIST: score an existing build instead (e.g. another commit's, for a before/after).
const dist = process.env.LIGHTHOUSE_DIST ? resolve(process.env.LIGHTHOUSE_DIST) : resolve(root, 'node_modules/.cache/atlas-lighthouse-dist');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const PORT = Number(process.env.BENCH_PORT) || 4193;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

async function waitFor(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

async function main() {
  if (!process.env.LIGHTHOUSE_DIST) {
    const build = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  }
  if (!existsSync(resolve(dist, 'data/manifest.json'))) throw new Error('no data in the build: run `npm run data` first');
  const m = JSON.parse(readFileSync(resolve(dist, 'data/manifest.json'), 'utf8'));
  const first = m.documents[0];
  // LIGHTHOUSE_PAGES=map,heatmap and LIGHTHOUSE_FORMS=mobile score only those (a before/after of one view).
  const only = (env: string | undefined) => (env ? new Set(env.split(',')) : null);
  const pageSet = only(process.env.LIGHTHOUSE_PAGES);
  const formSet = only(process.env.LIGHTHOUSE_FORMS);
  const pages = ([
    ['overview', '/'],
    ['map', `/map/${first.provinceCode}`],
    ['indicators', '/indicators'],
    ['heatmap', `/heatmap/${encodeURIComponent(first.id)}`],
  ] as [string, string][]).filter(([name]) => !pageSet || pageSet.has(name));
  const forms = (['mobile', 'desktop'] as const).filter((f) => !formSet || formSet.has(f));
  const server = spawn(process.execPath, [viteBin, 'preview', '--outDir', dist, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${PORT}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3);
  const results = new Map<string, { perf: number; row: string; load: number }[]>();
  const before = load();
  try {
    await waitFor(origin);
    for (let run = 0; run < runs; run++) {
      for (const form of forms) {
        for (const [name, path] of pages) {
          const loadNow = os.loadavg()[0];
          const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] };
          const result = await lighthouse(`${origin}${path}`, flags, form === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
          const { categories, audits, runtimeError } = result.lhr;
          if (runtimeError) throw new Error(`${path}: ${runtimeError.code} ${runtimeError.message}`);
          const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(3);
          const ms = (k: string) => `${Math.round(audits[k]?.numericValue ?? NaN)}`.padStart(5);
          const failing = Object.values(categories)
            .filter((c) => c.id !== 'performance')
            .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => r.id));
          const key = `${form} ${name}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key)!.push({
            perf: Math.round((categories.performance?.score ?? 0) * 100),
            load: loadNow,
            row:
              `  ${form.padEnd(8)} ${name.padEnd(11)} perf ${score('performance')}  a11y ${score('accessibility')}  best ${score('best-practices')}` +
                `   FCP ${ms('first-contentful-paint')} ms  LCP ${ms('largest-contentful-paint')} ms  TBT ${ms('total-blocking-time')} ms  CLS ${(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)}` +
                (failing.length ? `   failing: ${failing.join(', ')}` : ''),
          });
        }
      }
    }
  } finally {
    chrome.kill();
    server.kill();
  }
  console.log(`Lighthouse scores (${runs} run${runs > 1 ? 's' : ''} per row; the row shown is the median-performance run):`);
  for (const rs of results.values()) {
    const sorted = [...rs].sort((a, b) => a.perf - b.perf);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    console.log(`${mid.row}${rs.length > 1 ? `   runs ${rs.map((r) => r.perf).join('/')} at load ${rs.map((r) => r.load.toFixed(1)).join('/')}` : ''}`);
  }
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} — goals: perf ≥ 95 mobile / 100 desktop, a11y 100, best practices 100`);
  console.log(`  load average (1/5/15 min): before ${before}, after ${load()} — ${os.cpus().length} cores, shared`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
