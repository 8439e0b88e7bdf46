// npm run bench:precache -- <data folder>… — what the service worker precaches for a built corpus
// (issues 11 and 14): one production build per folder, its public data replaced by that folder
// (the boundaries and favicon are the repository's), then sw.js's precache manifest read back —
// files, bytes on disk and gzipped, split into per-document files and the rest.
// Without arguments: public/data (the seed corpus). ATLAS_PRECACHE_BUDGET_BYTES is passed through
// (e.g. 1e12 shows what the worker precached before the budget existed: everything).
// PRECACHE_PORT=4331: also serve each build (vite preview) and time, in Chromium, a first visit's
// install — from the page's load to the worker activated (it activates once everything is
// precached) — and what Cache Storage then holds (navigator.storage.estimate()).
// Example: npm run bench:precache -- /tmp/h-sw-scale/corpus-5/out/data /tmp/h-sw-scale/corpus-3000/out/data
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { PER_DOCUMENT_FILE } from './vite/precache-budget.ts';

const root = resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : [resolve(root, 'public/data')];
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const PORT = process.env.PRECACHE_PORT ? Number(process.env.PRECACHE_PORT) : null;

/** A first visit under `vite preview`: ms from the load event to the worker activated, and the bytes Cache Storage holds then. */
async function install(out: string, port: number): Promise<{ ms: number; usage: number }> {
  const vite = resolve(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', out, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
    await page.goto(base, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const t0 = performance.now();
      const reg = await navigator.serviceWorker.ready;
      const w = reg.active!;
      if (w.state !== 'activated') await new Promise((ok) => w.addEventListener('statechange', () => w.state === 'activated' && ok(null)));
      // The registration itself waits ~3 s past load (src/shell/pwa/register.ts): counted in.
      return { ms: performance.now() - t0, usage: (await navigator.storage.estimate()).usage ?? 0 };
    });
  } finally {
    await browser.close();
    server.kill();
  }
}

async function measure(data: string) {
  const work = mkdtempSync(join(tmpdir(), 'atlas-precache-'));
  const pub = join(work, 'public');
  const out = join(work, 'dist');
  try {
    // A public folder of links: Vite copies through them, the corpus itself is never written.
    mkdirSync(pub);
    symlinkSync(data, join(pub, 'data'));
    symlinkSync(resolve(root, 'public/geo'), join(pub, 'geo'));
    symlinkSync(resolve(root, 'public/favicon.svg'), join(pub, 'favicon.svg'));
    const t0 = performance.now();
    await build({ configFile: resolve(root, 'vite.config.ts'), root, publicDir: pub, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
    const ms = performance.now() - t0;
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    const sum = { perDoc: { files: 0, bytes: 0, gzip: 0 }, rest: { files: 0, bytes: 0, gzip: 0 } };
    for (const url of urls) {
      const body = readFileSync(join(out, url));
      const s = PER_DOCUMENT_FILE.test(url) ? sum.perDoc : sum.rest;
      s.files++;
      s.bytes += statSync(join(out, url)).size;
      s.gzip += gzipSync(body).length;
    }
    const docs: number = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')).documents.length;
    console.log(
      `${data}: ${docs} documents · sw.js ${Math.round(Buffer.byteLength(sw) / 1024)} KB · precache ${urls.length} files, ${mb(sum.perDoc.bytes + sum.rest.bytes)} (gzip ${mb(sum.perDoc.gzip + sum.rest.gzip)})` +
        ` = shell, chunks, boundaries, indexes ${sum.rest.files} files ${mb(sum.rest.bytes)} (gzip ${mb(sum.rest.gzip)})` +
        ` + per-document ${sum.perDoc.files} files ${mb(sum.perDoc.bytes)} (gzip ${mb(sum.perDoc.gzip)}) · build ${(ms / 1000).toFixed(1)} s`,
    );
    if (PORT) {
      const r = await install(out, PORT);
      console.log(`  first visit: worker activated ${(r.ms / 1000).toFixed(1)} s after load (registration waits ~3 s), Cache Storage ${mb(r.usage)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const f of folders) await measure(f);
