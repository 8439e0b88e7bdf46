// Issue 11: each view reads its build-time index and the documents the user opens — never the
// manifest, the quality report, the department registry or every document. Counted from the
// requests the page makes under /data/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { placeShard } from '../../src/shared/schema';
import { indexFiles } from '../../src/shared/index-paths';
import { routePaths } from '../../src/kernel/router/paths';
import { openPage } from './harness';
import { readData, testManifest } from './data';

const GROWING = ['manifest.json', 'quality.json', 'departments.json'];

/** Each file asked for once, and before the view's chunk: by index.html's inline script while the app boots, the loader then using that response. */
function askedEarly(all: readonly string[], files: readonly string[], chunk: RegExp) {
  const at = all.findIndex((f) => chunk.test(f));
  expect(at).toBeGreaterThan(0);
  for (const f of files) {
    expect(all.filter((a) => a === f), f).toHaveLength(1);
    expect(all.indexOf(f), f).toBeLessThan(at);
  }
}

async function opened(path: string, ready: (p: Page) => Promise<unknown>) {
  const requested: string[] = [];
  // Every request's path, in the order made (index.html's early requests come before the view's chunk).
  const all: string[] = [];
  const o = await openPage(path, undefined, {
    beforeGoto: async (p) => {
      p.on('request', (r) => {
        all.push(new URL(r.url()).pathname);
        const m = /\/data\/(.*)$/.exec(new URL(r.url()).pathname);
        if (m) requested.push(m[1]!);
      });
    },
  });
  await ready(o.page);
  await o.page.waitForLoadState('networkidle').catch(() => {});
  return { ...o, requested, all, docs: () => requested.filter((f) => f.startsWith('docs/')) };
}

describe('views read their index, not every document', () => {
  it('the overview: the overview index and the summary shards of its page', async () => {
    const { page, requested, docs, errors, close } = await opened('/', (p) => p.getByTestId('doc-card').first().waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.overview);
    expect(requested.some((f) => f.startsWith('index/documents/'))).toBe(true);
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([]);
    expect(await page.getByTestId('doc-card').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('the indicators: the targets catalogue, no document', async () => {
    const { requested, docs, errors, close } = await opened('/indicators', (p) => p.getByTestId('result-count').waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.targetsIndex);
    expect(requested.some((f) => /^index\/targets\/\d{6}\.json$/.test(f))).toBe(true);
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('the map: its province\'s place aggregates colour it; opening a region loads only the documents of its items', async () => {
    const m = await testManifest();
    const province = m.documents.find((d) => d.counts.places > 0)!.provinceCode;
    const shard = placeShard.parse(await readData(indexFiles.places(province)));
    const { page, requested, all, docs, errors, close } = await opened(routePaths.map(province), (p) => p.locator('.map-canvas .echart').first().waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.places(province));
    askedEarly(all, [`/data/${indexFiles.places(province)}`, `/geo/${province}.json`, '/geo/index.json'], /\/assets\/MapView-[^/]*\.js$/);
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([]);
    // Open the region with the most tasks of the province's own documents: those documents (and only those) are loaded.
    const own = (r: (typeof shard.regions)[number]) => r.taskIds.filter(([d]) => shard.documents.includes(d)).length;
    const busiest = [...shard.regions].sort((a, b) => own(b) - own(a))[0]!;
    const named = new Set(shard.regions.filter((r) => r.code.slice(0, 4) === busiest.code.slice(0, 4)).flatMap((r) => [...r.taskIds, ...r.targetIds, ...r.responsibleIds].map(([d]) => `docs/${d}.json`)));
    await page.goto(`${page.url().split('?')[0]}?region=${busiest.code.slice(0, 4)}00`);
    await page.locator('.map-panel li').first().waitFor({ timeout: 30_000 });
    expect(docs().length).toBeGreaterThan(0);
    for (const f of docs()) expect(named.has(f)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('the place page: the first page of its place list, no document and no province shard', async () => {
    const m = await testManifest();
    const province = m.documents.find((d) => d.counts.places > 0)!.provinceCode;
    const shard = placeShard.parse(await readData(indexFiles.places(province)));
    const region = [...shard.regions].sort((a, b) => b.tasks - a.tasks)[0]!;
    const { page, requested, docs, errors, close } = await opened(routePaths.place(region.code), (p) => p.getByTestId('place-tasks').waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.placeItems(region.code, 0));
    expect(requested.filter((f) => f.startsWith('index/place-items/'))).toEqual([indexFiles.placeItems(region.code, 0)]);
    expect(requested).not.toContain(indexFiles.places(province));
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([]);
    const items = page.getByTestId('place-tasks').locator('li');
    expect(await items.count()).toBe(Math.min(region.tasks, 50));
    // Every task keeps its source link: the reader at the task of its document.
    const first = region.taskIds[0]!;
    expect(await items.first().getByRole('link').last().getAttribute('href')).toBe(`${routePaths.doc(first[0])}?task=${encodeURIComponent(first[1])}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('the heatmap: its heatmap index (never the document) and its province\'s document list', async () => {
    const m = await testManifest();
    const doc = m.documents.find((d) => d.counts.units > 0)!;
    const { page, requested, all, docs, errors, close } = await opened(routePaths.heatmap(doc.id), (p) => p.locator('.heatmap-chart canvas').first().waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.heatmap(doc.id));
    askedEarly(all, [`/data/${indexFiles.heatmap(doc.id)}`, `/data/${indexFiles.lookup(doc.id)}`], /\/assets\/HeatmapView-[^/]*\.js$/);
    expect(requested).toContain(indexFiles.provinceDocuments(doc.provinceCode));
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([]);
    // The switcher lists the province's documents, this one selected.
    const options = await page.locator('.heatmap-controls select').first().locator('option').allInnerTexts();
    expect(options.length).toBe(m.documents.filter((d) => d.provinceCode === doc.provinceCode).length);
    expect(await page.locator('.heatmap-controls select').first().inputValue()).toBe(doc.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('the reader: the id\'s lookup shard and its one document', async () => {
    const m = await testManifest();
    const doc = m.documents[m.documents.length - 1]!;
    const { requested, docs, errors, close } = await opened(routePaths.doc(doc.id), (p) => p.locator('.doc-line').first().waitFor({ timeout: 30_000 }));
    expect(requested).toContain(indexFiles.lookup(doc.id));
    expect(requested.filter((f) => GROWING.includes(f))).toEqual([]);
    expect(docs()).toEqual([doc.path.replace(/^\/?(data\/)?/, '')]);
    expect(errors).toEqual([]);
    await close();
  });
});
