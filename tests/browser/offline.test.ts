// Offline: after one visit the service worker (vite-plugin-pwa / Workbox) has precached the shell,
// every view's chunk, the data and the boundaries — every view works with the network gone, a
// reload and a deep-link reload included. (The seeds are within the precache budget, so their
// documents are precached too; offline-budget.test.ts covers a corpus above it.) A new version waits and shows "有新版本" with a reload button.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataSource, openPage, screenshot, SIZES, liveMap } from './harness';
import { testManifest } from './data';
import { workerActive } from './sw-helpers';

async function clickNav(page: Page, label: string) {
  await page.locator('.main-nav').getByText(label, { exact: true }).click();
}


async function cutNetwork(page: Page): Promise<string[]> {
  const reached: string[] = [];
  await page.context().setOffline(true);
  // Anything that still reaches for the network is refused (and recorded).
  await page.context().route('**/*', (route) => {
    reached.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  return reached;
}

async function expectViews(page: Page) {
  await clickNav(page, '地图');
  await liveMap(page, 30_000);
  await clickNav(page, '目标指标');
  await page.waitForSelector('[data-testid="result-count"]', { timeout: 30_000 });
  expect(await page.locator('[data-testid="target-card"], [data-testid="target-table"] tbody tr').count()).toBeGreaterThan(0);
  await clickNav(page, '责任矩阵');
  await page.waitForSelector('[data-testid="heatmap-grid"]', { timeout: 50_000 });
  expect(await page.locator('[data-testid="view-error"], [data-testid="error-panel"]').count()).toBe(0);
}

describe('offline after one visit', () => {
  it('a reload with the network gone shows the overview, and map, indicators and heatmap all work', async () => {
    expect(dataSource(), 'the offline test needs the pipeline output in the build (npm run data)').toBe('real');
    const m = await testManifest();
    const { page, close } = await openPage('/', SIZES.laptop, { serviceWorkers: 'allow' });
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(await workerActive(page)).toBe('activated');
    const reached = await cutNetwork(page);
    await page.reload();
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(m.documents.length);
    await expectViews(page);
    // A deep link reloaded offline: the worker answers the navigation with the shell.
    await page.goto(page.url().replace(/\/heatmap\/.*/, `/map/${m.documents[m.documents.length - 1].provinceCode}`));
    await liveMap(page, 30_000);
    await screenshot(page, 'offline-map-reloaded');
    // Within the precache budget every document is kept too: one never opened online reads offline.
    await page.goto(page.url().replace(/\/map\/.*/, `/doc/${m.documents[m.documents.length - 1].id}`));
    await page.waitForSelector('.doc-line', { timeout: 30_000 });
    expect(await page.locator('[data-testid="offline-uncached"], [data-testid="error-panel"]').count()).toBe(0);
    expect(reached).toEqual([]);
    await close();
  });

  it('the precache lists only the current build\'s files: no document, heatmap or province shard the manifest does not name (stale output is removed by npm run data)', async () => {
    expect(dataSource()).toBe('real');
    const m = await testManifest();
    const urls = [...readFileSync(resolve(inject('outDir'), 'sw.js'), 'utf8').matchAll(/"?url"?\s*:\s*"(data\/[^"]+)"/g)].map((x) => x[1]);
    expect(urls).toContain('data/manifest.json');
    const ids = new Set(m.documents.map((d) => d.id));
    const provinces = new Set(m.documents.map((d) => d.provinceCode));
    const strays = urls.filter((u) => {
      const doc = /^data\/(?:docs|index\/heatmap)\/(.+)\.json$/.exec(u);
      if (doc) return !ids.has(doc[1]);
      const shard = /^data\/index\/(?:targets|province-documents)\/(\d{6})\.json$/.exec(u);
      return shard ? !provinces.has(shard[1]) : false;
    });
    expect(strays).toEqual([]);
  });

  it('a new version waits and says 有新版本; its button reloads into the new version', async () => {
    const sw = resolve(inject('outDir'), 'sw.js');
    const original = readFileSync(sw, 'utf8');
    const { page, close } = await openPage('/', SIZES.laptop, { serviceWorkers: 'allow' });
    try {
      await page.waitForSelector('[data-testid="doc-card"]');
      expect(await workerActive(page)).toBe('activated');
      await page.reload(); // now controlled by the first worker
      await page.waitForSelector('[data-testid="doc-card"]');
      expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);
      // A redeploy: a different worker script. The next load's update check installs it; it waits.
      writeFileSync(sw, `${original}\n// redeployed ${Date.now()}\n`);
      await page.reload();
      const prompt = page.locator('[data-testid="update-prompt"]');
      await prompt.waitFor({ timeout: 30_000 });
      expect(await prompt.innerText()).toContain('有新版本');
      // Still the old version in control: nothing was swapped under the page.
      expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
      for (const [name, size] of Object.entries({ '1366': SIZES.laptop, '1920': SIZES.projector, '1024': { width: 1024, height: 768 }, '390': SIZES.phone })) {
        await page.setViewportSize(size);
        await screenshot(page, `offline-update-prompt-${name}`);
      }
      const reloaded = page.waitForEvent('load');
      await prompt.getByRole('button', { name: '重新加载' }).click();
      await reloaded;
      await page.waitForSelector('[data-testid="doc-card"]');
      expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
      expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);
    } finally {
      writeFileSync(sw, original);
      await close();
    }
  });
});
