// npm run bench:map — (1) median time from a province switch (the switcher's change) to the
// painted map, in Chromium against a production build: with the chart live (the pointer has been over
// the map: ECharts 'finished' after the new option) and on the static first view (its SVG committed);
// (2) gzip size the map view adds beyond what other routes already load (the shared ECharts core,
// React, zod …): chunks reachable from MapView.tsx that no other entry or view reaches.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const outDir = resolve(root, 'node_modules/.bench-map-dist');
const ROUNDS = Number(process.env.ROUNDS ?? 5);

interface Chunk { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }

function reach(manifest: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) reach(manifest, k, seen);
  return seen;
}

function sizes(): void {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const mapKey = Object.keys(manifest).find((k) => k.endsWith('src/views/map/MapView.tsx'));
  if (!mapKey) throw new Error('MapView chunk not found in the build manifest');
  const others = new Set<string>();
  for (const [k, c] of Object.entries(manifest)) if (k !== mapKey && (c.isEntry || c.isDynamicEntry)) for (const r of reach(manifest, k)) others.add(r);
  const own = [...reach(manifest, mapKey)].filter((k) => !others.has(k));
  let total = 0;
  for (const k of own) {
    const gz = gzipSync(readFileSync(join(outDir, manifest[k].file))).length;
    total += gz;
    console.log(`  ${manifest[k].file}  ${(gz / 1024).toFixed(1)} KB gzip`);
  }
  console.log(`map view adds ${(total / 1024).toFixed(1)} KB gzip beyond shared chunks (goal ≤ 60 KB)`);
  const geo = ['140000', '320000', '420000'].map((c) => `${c}: ${(gzipSync(readFileSync(join(outDir, `geo/${c}.json`))).length / 1024).toFixed(1)} KB`);
  console.log(`boundary files (gzip, fetched per province): ${geo.join(', ')}`);
}

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });
}

async function timing(): Promise<void> {
  const port = await freePort();
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    for (const live of [true, false]) {
      const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
      await page.goto(`${base}/map/140000`);
      await page.waitForSelector('.map-canvas .echart');
      if (live) {
        const box = (await page.locator('.map-canvas').boundingBox())!;
        await page.mouse.move(box.x + 2, box.y + 2);
        await page.waitForSelector('.map-canvas[data-live="drawn"] canvas');
      }
      const cycle = ['420000', '320000', '140000'];
      const first: number[] = [];
      const warm: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const code of cycle) {
          await page.evaluate(() => performance.clearMarks());
          await page.selectOption('[data-testid=province-switch]', code);
          await page.waitForFunction((c) => performance.getEntriesByName(`map-painted:${c}`).length > 0, code, { timeout: 20_000 });
          const ms = await page.evaluate((c) => performance.getEntriesByName(`map-painted:${c}`)[0].startTime - performance.getEntriesByName(`map-switch:${c}`)[0].startTime, code);
          (round === 0 && code !== '140000' ? first : warm).push(ms);
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const all = [...first, ...warm];
      console.log(`province switch → painted map, ${live ? 'chart live' : 'static first view'}: median ${median(all).toFixed(0)} ms over ${all.length} switches (goal ≤ 150 ms)`);
      console.log(`  first visit (fetch + decode): ${first.map((x) => x.toFixed(0)).join(', ')} ms; revisits median ${median(warm).toFixed(0)} ms`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--manifest', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('vite build failed');
try {
  sizes();
  await timing();
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
