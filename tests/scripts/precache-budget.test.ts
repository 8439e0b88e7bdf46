import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFromEnv, decidePrecache, DOCUMENT_BUDGET_BYTES, PER_DOCUMENT_FILE } from '../../scripts/vite/precache-budget';

const KB = 1024;
/** The kinds of file a build holds, as workbox lists them (relative to the output folder). */
const always = [
  { url: 'index.html', size: 3 * KB },
  { url: 'assets/index-abc.js', size: 110 * KB },
  { url: 'assets/MapView-def.js', size: 80 * KB },
  { url: 'assets/index-abc.css', size: 20 * KB },
  { url: 'geo/420000.json', size: 150 * KB },
  { url: 'data/manifest.json', size: 2 * KB },
  { url: 'data/departments.json', size: 40 * KB },
  { url: 'data/index/overview.json', size: 1 * KB },
  { url: 'data/index/targets/420000.json', size: 7 * KB },
  { url: 'data/index/departments/420000.json', size: 40 * KB },
  { url: 'data/index/place-items/420100-0.json', size: 5 * KB },
  { url: 'data/index/lookup/04.json', size: 1 },
  { url: 'data/search/core.json', size: 100 * KB },
];
const perDocument = [
  { url: 'data/docs/000_63401f67e2388d77.json', size: 120 * KB },
  { url: 'data/docs/001_e3afc5ffeb36f5d0.json', size: 140 * KB },
  { url: 'data/index/heatmap/000_63401f67e2388d77.json', size: 8 * KB },
  { url: 'data/index/heatmap/001_e3afc5ffeb36f5d0.json', size: 5 * KB },
  { url: 'data/search/tasks-420000-0.json', size: 160 * KB },
];
const entries = [...always, ...perDocument].map((e, i) => ({ ...e, revision: `r${i}` }));
const perDocBytes = perDocument.reduce((n, e) => n + e.size, 0);

describe('what the service worker precaches', () => {
  it('within the budget: every file, the per-document ones included, entries passed through unchanged', () => {
    const d = decidePrecache(entries, perDocBytes);
    expect(d.documentsPrecached).toBe(true);
    expect(d.manifest).toEqual(entries);
    expect(d.perDocument).toEqual({ files: 5, bytes: perDocBytes, documents: 2 });
    expect(d.summary).toBe(`service worker: precaching 18 files, ${((perDocBytes + always.reduce((n, e) => n + e.size, 0)) / 1024 / 1024).toFixed(1)} MB; documents precached: yes — 2 documents' files (5 files, 0.4 MB) are within the 0.4 MB budget`);
  });

  it('over the budget: the documents, their heatmap files and the search task shards are left out; shell, chunks, boundaries and indexes stay', () => {
    const d = decidePrecache(entries, perDocBytes - 1);
    expect(d.documentsPrecached).toBe(false);
    expect(d.manifest.map((e) => e.url)).toEqual(always.map((e) => e.url));
    expect(d.perDocument.bytes).toBe(perDocBytes);
    expect(d.summary).toMatch(/^service worker: precaching 13 files, [\d.]+ MB; documents precached: no — 2 documents' files \(5 files, 0\.4 MB\) exceed the 0\.4 MB budget; each is cached when first opened$/);
  });

  it('the pattern tells a heatmap index (per document) from the department files (per department), on built paths and full URLs', () => {
    expect(PER_DOCUMENT_FILE.test('data/index/heatmap/x.json')).toBe(true);
    expect(PER_DOCUMENT_FILE.test('data/index/department/123.json')).toBe(false);
    expect(PER_DOCUMENT_FILE.test('https://host/atlas/data/docs/x.json')).toBe(true);
    expect(PER_DOCUMENT_FILE.test('https://host/data/search/core.json')).toBe(false);
    expect(PER_DOCUMENT_FILE.test('https://host/data/docs/x.json.map')).toBe(false);
  });

  it('the seed corpus as built (public/data) is precached whole under the default budget', () => {
    const dir = resolve(import.meta.dirname, '../../public/data');
    expect(existsSync(join(dir, 'manifest.json')), 'needs the pipeline output (npm run data)').toBe(true);
    const files: { url: string; size: number }[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push({ url: `data/${relative(dir, p)}`, size: statSync(p).size });
      }
    };
    walk(dir);
    const d = decidePrecache(files);
    expect(d.perDocument.documents).toBeGreaterThanOrEqual(5);
    expect(d.documentsPrecached).toBe(true);
    expect(d.manifest.length).toBe(files.length);
  });

  it('refuses a budget that is not a byte count, naming the value', () => {
    expect(() => decidePrecache(entries, -1)).toThrow('invalid precache budget: -1');
    expect(budgetFromEnv(undefined)).toBe(DOCUMENT_BUDGET_BYTES);
    expect(budgetFromEnv('')).toBe(DOCUMENT_BUDGET_BYTES);
    expect(budgetFromEnv('2048')).toBe(2048);
    expect(() => budgetFromEnv('20MB')).toThrow('ATLAS_PRECACHE_BUDGET_BYTES: invalid value "20MB"');
  });
});
