// Serve view indexes (public/data/index/…) built by the pipeline's own IndexBuilder from the given
// documents, so a test that changes or adds a document (a long title, a hostile one) shows it in
// the views that read the indexes, exactly as a build with that document would.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { IndexBuilder } from '../../pipeline/indexes/write';
import type { Department, PolicyDocument } from '../../src/shared/schema';

export async function routeIndexes(page: Page, docs: ReadonlyArray<{ doc: PolicyDocument; path: string }>, registry: readonly Department[]): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'atlas-test-index-'));
  const b = new IndexBuilder(out);
  for (const { doc, path } of docs) b.add(doc, path);
  b.finish(registry, []);
  await page.route('**/data/index/**', (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*?\/data\//, '');
    const file = resolve(out, rel);
    if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
  });
}
