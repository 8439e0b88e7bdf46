// `npm run pack`: one HTML file, opened from disk (file://), shows the overview and the map with
// nothing fetched from anywhere: app, data and boundaries are inside it; routes live in the hash.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { screenshot, SIZES, liveMap } from './harness';
import { testManifest } from './data';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, `node_modules/.cache/atlas-pack-${process.pid}`);
let browser: Browser;

beforeAll(async () => {
  // The same build as `npm run pack` (the data is already built by npm test / global setup).
  const build = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'pack', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`pack build failed (exit ${build.status})`);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the packed single file', () => {
  it('is one HTML file and nothing else', () => {
    expect(readdirSync(outDir)).toEqual(['policy-atlas.html']);
  });

  it('opened from file:// shows the overview, the map (via the hash route) and survives a reload', async () => {
    const m = await testManifest();
    const file = resolve(outDir, 'policy-atlas.html');
    expect(existsSync(file)).toBe(true);
    const context = await browser.newContext({ viewport: SIZES.laptop, locale: 'zh-CN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('[data-testid="doc-card"]', { timeout: 20_000 });
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(m.documents.length);
    const mapLink = page.locator('.main-nav').getByText('地图', { exact: true });
    expect(await mapLink.getAttribute('href')).toBe(`#/map/${m.documents[0].provinceCode}`);
    await mapLink.click();
    await liveMap(page, 30_000);
    expect(new URL(page.url()).hash).toBe(`#/map/${m.documents[0].provinceCode}`);
    await screenshot(page, 'pack-map-file');
    await page.reload();
    await liveMap(page, 30_000);
    // The other chart views are in the file too (no chunk to fetch).
    await page.locator('.main-nav').getByText('目标指标', { exact: true }).click();
    await page.waitForSelector('[data-testid="timeline"] canvas', { timeout: 30_000 });
    await page.locator('.main-nav').getByText('责任矩阵', { exact: true }).click();
    await page.waitForSelector('[data-testid="heatmap-grid"]', { timeout: 50_000 });
    await page.goBack();
    await page.goBack();
    // Back to the overview through history, as online.
    await page.goBack();
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(errors).toEqual([]);
    // Everything came from the file itself (and data: URIs): no http(s) request at all.
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await context.close();
  });
});
