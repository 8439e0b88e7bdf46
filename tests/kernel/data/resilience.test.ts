// Issue 13: a request that never answers times out (the signal is aborted, the error names the
// file); a document file must be the one the manifest names (id and SHA-256).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/shared/schema';
import { DataLoadError, loadJson, type FetchLike } from '../../../src/kernel/data/loader';
import { ResourceCache } from '../../../src/kernel/data/cache';
import { loadDocument, loaderOptions } from '../../../src/kernel/data/resources';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/app/data');
const read = (rel: string) => readFileSync(resolve(FIXTURE, rel), 'utf8');

async function failure(p: Promise<unknown>): Promise<DataLoadError> {
  try {
    await p;
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('expected a failure');
}

const serve = (files: Record<string, string>): FetchLike => async (url) => {
  const body = files[url.replace(/^\/d\//, '')];
  return { ok: body !== undefined, status: body === undefined ? 404 : 200, headers: new Headers({ 'content-type': 'application/json' }), text: async () => body ?? '' };
};

describe('request time limit', () => {
  it('a request that never answers fails with a timeout naming the file, and aborts the fetch', async () => {
    let signal: AbortSignal | undefined;
    const never: FetchLike = (_url, init) => {
      signal = init?.signal;
      return new Promise(() => {});
    };
    const started = Date.now();
    const e = await failure(loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: never, timeoutMs: 50 }));
    expect(e).toBeInstanceOf(DataLoadError);
    expect(e.file).toBe('manifest.json');
    expect(e.reason).toContain('没有响应');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(signal?.aborted).toBe(true);
  });

  it('a body that stalls after the headers also times out', async () => {
    const stalls: FetchLike = async () => ({ ok: true, status: 200, headers: new Headers({ 'content-type': 'application/json' }), text: () => new Promise<string>(() => {}) });
    const e = await failure(loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: stalls, timeoutMs: 50 }));
    expect(e.reason).toContain('没有响应');
  });

  it('a prompt answer is not affected by the limit', async () => {
    const m = await loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: serve({ 'manifest.json': read('manifest.json') }), timeoutMs: 1000 });
    expect(m.documents.length).toBeGreaterThan(0);
  });
});

describe('document identity', () => {
  const m = JSON.parse(read('manifest.json'));
  const [a, b] = m.documents;
  const load = async (files: Record<string, string>, id: string) => {
    Object.assign(loaderOptions, { base: '/d/', fetchImpl: serve(files) });
    try {
      return await loadDocument(id, new ResourceCache());
    } finally {
      delete loaderOptions.base;
      delete loaderOptions.fetchImpl;
    }
  };
  const files = () => ({ 'manifest.json': JSON.stringify(m), [a.path]: read(a.path), [b.path]: read(b.path) });

  it('loads a document whose file matches its manifest entry', async () => {
    expect((await load(files(), a.id)).id).toBe(a.id);
  });

  it('a manifest path pointing at another document\'s file is an error naming both ids', async () => {
    const swapped = { ...m, documents: [{ ...a, path: b.path }, b] };
    const e = await failure(load({ ...files(), 'manifest.json': JSON.stringify(swapped) }, a.id));
    expect(e).toBeInstanceOf(DataLoadError);
    expect(e.file).toBe(b.path);
    expect(e.reason).toContain(a.id);
    expect(e.reason).toContain(b.id);
  });

  it('a file whose own id differs from the manifest entry is an error', async () => {
    const doc = JSON.parse(read(a.path));
    const e = await failure(load({ ...files(), [a.path]: JSON.stringify({ ...doc, id: 'someone-else' }) }, a.id));
    expect(e.reason).toContain('someone-else');
  });

  it('a SHA-256 that differs from the manifest\'s is an error', async () => {
    const doc = JSON.parse(read(a.path));
    const e = await failure(load({ ...files(), [a.path]: JSON.stringify({ ...doc, sha256: 'f'.repeat(64) }) }, a.id));
    expect(e.reason).toContain('SHA-256');
  });
});
