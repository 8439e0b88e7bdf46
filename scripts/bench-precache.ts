// npm run bench:precache -- <data folder>… — what the service worker precaches for a built corpus
// (issues 11 and 14): one production build per folder, its public data replaced by that folder
// (the boundaries and favicon are the repository's), then sw.js's precache manifest read back —
// files, bytes on disk and gzipped, split into per-document files and the rest.
// Without arguments: public/data (the seed corpus). ATLAS_PRECACHE_BUDGET_BYTES is passed through
// (e.g. 1e12 shows what the worker precached before the budget existed: everything).
// Example: npm run bench:precache -- /tmp/h-sw-scale/corpus-5/out/data /tmp/h-sw-scale/corpus-3000/out/data
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { PER_DOCUMENT_FILE } from './vite/precache-budget.ts';

const root = resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : [resolve(root, 'public/data')];
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

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
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

for (const f of folders) await measure(f);
