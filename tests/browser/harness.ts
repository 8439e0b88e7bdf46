// Shared browser harness for tests/browser/*.test.ts: one Chromium per test file (Debian's
// /usr/bin/chromium via playwright-core), pages that collect console errors, screenshots into
// test-artifacts/. With no pipeline output in dist/data, /data/** is served from the fixture.
import { mkdirSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { buildSearchFiles, docSearchPart } from '../../pipeline/search/build-index';
import { departments, manifest, policyDocument } from '../../src/shared/schema';
import { IndexBuilder } from '../../pipeline/indexes/write';
import { BriefIndexBuilder } from '../../pipeline/indexes/brief';

const root = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = resolve(root, 'test-artifacts');
const FIXTURE_DATA = resolve(root, 'tests/fixtures/app/data');

export const SIZES = {
  laptop: { width: 1366, height: 768 },
  projector: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
} as const;

let browser: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = null;
});

export const baseURL = (): string => inject('baseURL');
export const dataSource = (): 'real' | 'fixture' => inject('dataSource');

export interface OpenedPage {
  page: Page;
  /** console.error messages and uncaught exceptions, in order. */
  errors: string[];
  close: () => Promise<void>;
}

/** The search index of the fixture documents, built as the pipeline builds it (it is derived data, not a fixture). */
let fixtureSearch: Map<string, string> | null = null;
function fixtureSearchFile(rel: string): string | undefined {
  if (!fixtureSearch) {
    const m = manifest.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, 'manifest.json'), 'utf8')));
    const parts = m.documents.map((d) => docSearchPart(policyDocument.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, d.path.replace(/^\/?(data\/)?/, '')), 'utf8')))));
    const registry = departments.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, 'departments.json'), 'utf8'))).departments;
    const files = buildSearchFiles(parts, registry);
    fixtureSearch = new Map([['search/core.json', JSON.stringify(files.core)], ...files.shards.map((s) => [s.file, JSON.stringify(s.shard)] as [string, string])]);
  }
  return fixtureSearch.get(rel);
}

/** The build-time view indexes (index/…) of the fixture documents, written as the pipeline writes them (derived data too). */
let fixtureIndexes: string | null = null;
export function fixtureIndexDir(): string {
  if (!fixtureIndexes) {
    const dir = mkdtempSync(resolve(tmpdir(), 'atlas-fixture-index-'));
    const m = manifest.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, 'manifest.json'), 'utf8')));
    const b = new IndexBuilder(dir);
    const briefs = new BriefIndexBuilder();
    for (const d of m.documents) {
      const doc = policyDocument.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, d.path.replace(/^\/?(data\/)?/, '')), 'utf8')));
      b.add(doc, d.path);
      briefs.add(doc);
    }
    const registry = departments.parse(JSON.parse(readFileSync(resolve(FIXTURE_DATA, 'departments.json'), 'utf8'))).departments;
    b.finish(registry, []);
    briefs.write(dir, registry);
    fixtureIndexes = dir;
  }
  return fixtureIndexes;
}

/** Serve /data/<file> from the fixture folder (used when the pipeline has not written dist/data). */
async function routeFixtureData(page: Page): Promise<void> {
  await page.route('**/data/**', async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
    const search = rel.startsWith('search/') ? fixtureSearchFile(rel) : undefined;
    if (search !== undefined) return route.fulfill({ status: 200, contentType: 'application/json', body: search });
    const folder = rel.startsWith('index/') ? fixtureIndexDir() : FIXTURE_DATA;
    const file = resolve(folder, rel);
    if (!file.startsWith(folder) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
  });
}

export async function openPage(path: string, size: { width: number; height: number } = SIZES.laptop, opts: { beforeGoto?: (page: Page) => Promise<void>; serviceWorkers?: 'allow' | 'block'; touch?: boolean } = {}): Promise<OpenedPage> {
  const b = await getBrowser();
  // The service worker precaches the whole corpus after load: only the offline tests want that
  // (and page.route does not see requests a worker answers from its cache).
  const context = await b.newContext({ viewport: size, locale: 'zh-CN', deviceScaleFactor: 1, serviceWorkers: opts.serviceWorkers ?? 'block', ...(opts.touch ? { hasTouch: true, isMobile: true } : {}) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  // Chrome's "Failed to load resource" message does not name the URL: record it here.
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} ${new URL(res.url()).pathname}`);
  });
  if (dataSource() === 'fixture') await routeFixtureData(page);
  if (opts.beforeGoto) await opts.beforeGoto(page);
  await page.goto(baseURL() + path);
  return { page, errors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * The map's interactive chart. The map's first view is static SVG (views/map/MapChart.tsx); a pointer
 * over the map loads ECharts, which then draws over it. Moves the mouse onto the map's top-left
 * corner (the title's margin: no region, no tooltip) and waits for the chart's first draw.
 */
export async function liveMap(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('.map-canvas .static-map, .map-canvas canvas').first().waitFor({ timeout });
  const box = (await page.locator('.map-canvas').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.locator('.map-canvas[data-live="drawn"] canvas').first().waitFor({ timeout });
}
