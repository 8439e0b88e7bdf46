// Every data file is parsed and validated off the main thread (kernel/data/off-thread.ts): the page
// itself never loads zod or the schema, and a damaged file still fails naming the file and the field.
import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { indexFiles, yearKey } from '../../src/shared/index-paths';
import { openPage, SIZES } from './harness';
import { readData, testManifest } from './data';

describe('validation worker', () => {
  it('a cold overview validates in the worker: the page loads no schema code of its own', async () => {
    const workerScripts: string[] = [];
    const { page, errors, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        p.on('worker', (w) => workerScripts.push(new URL(w.url()).pathname));
      },
    });
    await page.waitForSelector('[data-testid="doc-card"]', { timeout: 20_000 });
    expect(workerScripts.some((u) => /validate-worker/.test(u)), `workers: ${workerScripts.join(', ')}`).toBe(true);
    // The page's own resources (a worker's requests are the worker's): no schema chunk (schema-<hash>.js;
    // schema-version-<hash>.js is the version constant alone).
    const mainThread = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(mainThread.some((u) => u.startsWith('/data/index/documents/')), 'summary shards were loaded and checked').toBe(true);
    expect(mainThread.filter((u) => /\/assets\/schema-[\w-]{8}\.js$/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('a summary shard with a damaged row fails naming the file, the field and the row', async () => {
    const m = await testManifest();
    const first = m.documents[0]!;
    const shard = indexFiles.documents(first.provinceCode, yearKey(first.date ? Number(first.date.slice(0, 4)) : null));
    const body = (await readData(shard)) as { documents: { fields: string[]; columns: unknown[] } };
    const at = body.documents.fields.indexOf('title');
    expect(at, `${shard} has a title column`).toBeGreaterThanOrEqual(0);
    // Row 0's title becomes a number, in either column form (plain values or a dictionary).
    const col = body.documents.columns[at] as unknown[] | { dict: unknown[]; codes: number[] };
    if (Array.isArray(col)) col[0] = 42;
    else col.dict[col.codes[0]!] = 42;
    const { page, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.route(`**/data/${shard}`, (r: Route) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }));
      },
    });
    const panel = page.getByTestId('error-panel').first();
    await panel.waitFor({ timeout: 20_000 });
    const text = await panel.innerText();
    expect(text).toContain(shard);
    expect(text).toMatch(/documents\.0\.title/);
    await close();
  });
});
