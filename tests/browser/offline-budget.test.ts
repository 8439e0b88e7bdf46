// Offline above the precache budget (scripts/vite/precache-budget.ts): a build whose budget is
// 0 bytes — what a 3,000-document corpus gets — precaches the shell, the chunks, the boundaries and
// the indexes but no document. A document opened online is kept by the worker's runtime cache and
// opens again offline, a reload included; one never opened says 离线，此文件尚未缓存 with
// 重新加载 / 返回, and loads by itself once the network is back.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { manifest, type Manifest } from '../../src/shared/schema';
import { screenshot, SIZES, liveMap } from './harness';
import { freePort, workerActive } from './sw-helpers';

const root = resolve(import.meta.dirname, '../..');
const vite = resolve(root, 'node_modules/vite/bin/vite.js');
const outDir = resolve(root, `node_modules/.cache/atlas-offline-budget-${process.pid}`);
let browser: Browser;
let server: ChildProcess;
let base = '';
let buildLog = '';


beforeAll(async () => {
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ATLAS_PRECACHE_BUDGET_BYTES: '0' },
  });
  buildLog = build.stdout;
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status}): ${build.stderr}`);
  const port = await freePort();
  server = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(outDir, { recursive: true, force: true });
});


/** Paths (under the site) of what the worker keeps: its precache and the runtime document cache. */
async function cached(page: Page): Promise<{ precache: string[]; runtime: string[] }> {
  return page.evaluate(async () => {
    const list = async (name: string) => ((await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : []);
    const precache = (await caches.keys()).find((k) => k.includes('precache'));
    return { precache: precache ? await list(precache) : [], runtime: await list('atlas-documents') };
  });
}

/** Back online: requests are let through before the browser says "online" (the page retries on that event). */
async function setNetwork(context: BrowserContext, on: boolean): Promise<void> {
  if (on) {
    await context.unroute('**/*');
    await context.setOffline(false);
  } else {
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
  }
}

/**
 * After a page load while offline: Chromium 150 (Debian's, on some machines) forgets the emulated
 * offline state when a page loads from the service worker — navigator.onLine reads true again
 * although every request still fails; Chromium 156 keeps it. The browser is still offline, so say so
 * again (the requests stay blocked by the route throughout).
 */
async function stillOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  // The reset can come a moment after the load: watch for a while, until offline reads true twice running.
  let steady = 0;
  for (let i = 0; i < 20 && steady < 2; i++) {
    if (await page.evaluate(() => navigator.onLine)) {
      steady = 0;
      await context.setOffline(false);
      await context.setOffline(true);
    } else steady += 1;
    await page.waitForTimeout(150);
  }
}

describe('offline above the precache budget', () => {
  it('the build says documents are not precached, and why', () => {
    expect(buildLog).toMatch(/service worker: precaching \d+ files, [\d.]+ MB; documents precached: no — \d+ documents' files \(\d+ files, [\d.]+ MB\) exceed the 0\.0 MB budget/);
  });

  it('indexes precached, documents not; an opened document works offline after, one never opened says so', async () => {
    const m: Manifest = manifest.parse(await (await fetch(`${base}/data/manifest.json`)).json());
    expect(m.documents.length).toBeGreaterThanOrEqual(2);
    const [opened, never] = m.documents;
    const context = await browser.newContext({ viewport: SIZES.laptop, locale: 'zh-CN', deviceScaleFactor: 1, serviceWorkers: 'allow' });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/`);
      await page.waitForSelector('[data-testid="doc-card"]');
      expect(await workerActive(page)).toBe('activated');
      const before = await cached(page);
      expect(before.precache.some((p) => p.startsWith('/data/index/'))).toBe(true);
      expect(before.precache.some((p) => p.startsWith('/geo/'))).toBe(true);
      expect(before.precache).toContain('/data/search/core.json');
      expect(before.precache.filter((p) => /^\/data\/(docs|index\/heatmap\/|search\/tasks-)/.test(p))).toEqual([]);

      // Online, under the worker: the document is read and kept.
      await page.goto(`${base}/doc/${opened!.id}`);
      await page.waitForSelector('.doc-line', { timeout: 30_000 });
      expect((await cached(page)).runtime).toContain(`/data/${opened!.path.replace(/^\/?(data\/)?/, '')}`);

      await setNetwork(context, false);
      await page.reload();
      await stillOffline(context, page);
      await page.waitForSelector('.doc-line', { timeout: 30_000 });
      expect(await page.locator('[data-testid="error-panel"], [data-testid="offline-uncached"]').count()).toBe(0);

      // Never opened: the truth, not a network error.
      await page.goto(`${base}/doc/${never!.id}`);
      await stillOffline(context, page);
      const panel = page.getByTestId('offline-uncached');
      await panel.waitFor({ timeout: 30_000 });
      expect(await panel.locator('h2').innerText()).toBe('离线，此文件尚未缓存');
      expect(await panel.innerText()).toContain(never!.path.replace(/^\/?(data\/)?/, ''));
      expect(await page.getByTestId('error-panel').count()).toBe(0);
      await screenshot(page, 'offline-uncached-1366');
      await page.setViewportSize(SIZES.phone);
      await screenshot(page, 'offline-uncached-390');
      await page.setViewportSize(SIZES.laptop);

      // The views themselves read only precached indexes: the map opens offline.
      await page.goto(`${base}/map/${opened!.provinceCode}`);
      await stillOffline(context, page);
      await liveMap(page, 30_000);
      await page.goto(`${base}/doc/${never!.id}`);
      await stillOffline(context, page);
      await panel.waitFor({ timeout: 30_000 });

      // 返回: back to the map.
      await panel.getByRole('button', { name: '返回' }).click();
      await page.waitForURL(/\/map\//);
      await page.goForward();
      await stillOffline(context, page);
      await panel.waitFor({ timeout: 30_000 });

      // 重新加载 while still offline: asked again, still not cached — the same message.
      await panel.getByRole('button', { name: '重新加载' }).click();
      await stillOffline(context, page);
      await panel.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('error-panel').count()).toBe(0);

      // Network back: the document is asked for again by itself and shown — and asked again when that
      // first request still fails (a connection coming back often drops it): the first one is dropped here.
      let dropped = 0;
      const docUrl = `**/data/${never!.path.replace(/^\/?(data\/)?/, '')}`;
      await context.route(docUrl, (route) => (dropped++ < 1 ? route.abort('internetdisconnected') : route.fallback()));
      await setNetwork(context, true);
      // Chromium 150 may already read online again (see stillOffline), and then fires no 'online' event: fire the one a real browser would.
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await page.waitForSelector('.doc-line', { timeout: 30_000 });
      expect(dropped, 'the first request after the network came back was dropped, the next one read').toBeGreaterThanOrEqual(2);
      expect(await panel.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
