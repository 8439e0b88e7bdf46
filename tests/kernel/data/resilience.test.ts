// Issue 13: a request that never answers times out (the signal is aborted, the error names the
// file); a document file must be the one its lookup entry names (id and SHA-256), and is found
// through the id's lookup shard, never the whole manifest (issue 11).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/shared/schema';
import { DataLoadError, loadJson, type FetchLike } from '../../../src/kernel/data/loader';
import { ResourceCache } from '../../../src/kernel/data/cache';
import { loadDocument, loaderOptions } from '../../../src/kernel/data/resources';
import { indexFiles, LOOKUP_SHARDS } from '../../../src/shared/index-paths';

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
  // The lookup shards the pipeline writes (pipeline/indexes/summary.ts lookupEntry), for these entries.
  const lookups = (entries: typeof m.documents) => {
    // Every shard is written, empty ones too (as the pipeline does).
    const out: Record<string, string> = {};
    for (let i = 0; i < LOOKUP_SHARDS; i++) out[`index/lookup/${String(i).padStart(2, '0')}.json`] = JSON.stringify({ schemaVersion: 1, documents: [] });
    for (const e of entries) {
      const file = indexFiles.lookup(e.id);
      const shard = JSON.parse(out[file]!);
      shard.documents.push({ id: e.id, provinceCode: e.provinceCode, path: e.path, sha256: e.sha256 });
      out[file] = JSON.stringify(shard);
    }
    return out;
  };
  let requested: string[] = [];
  const load = async (files: Record<string, string>, id: string) => {
    requested = [];
    const inner = serve(files);
    Object.assign(loaderOptions, { base: '/d/', fetchImpl: ((url, init) => (requested.push(url.replace(/^\/d\//, '')), inner(url, init))) as FetchLike });
    try {
      return await loadDocument(id, new ResourceCache());
    } finally {
      delete loaderOptions.base;
      delete loaderOptions.fetchImpl;
    }
  };
  const files = () => ({ 'manifest.json': JSON.stringify(m), ...lookups(m.documents), [a.path]: read(a.path), [b.path]: read(b.path) });

  it('loads a document through its lookup shard, without the manifest', async () => {
    expect((await load(files(), a.id)).id).toBe(a.id);
    expect(requested).toEqual([indexFiles.lookup(a.id), a.path.replace(/^\/?(data\/)?/, '')]);
  });

  it('an id in no lookup shard is an unknown document, named with the shard', async () => {
    const e = await failure(load(files(), 'no_such_document'));
    expect(e.file).toBe(indexFiles.lookup('no_such_document'));
    expect(e.reason).toContain('no_such_document');
  });

  it('a lookup path pointing at another document\'s file is an error naming both ids', async () => {
    const swapped = [{ ...a, path: b.path }, b];
    const e = await failure(load({ ...files(), ...lookups(swapped) }, a.id));
    expect(e).toBeInstanceOf(DataLoadError);
    expect(e.file).toBe(b.path);
    expect(e.reason).toContain(a.id);
    expect(e.reason).toContain(b.id);
  });

  it('a file whose own id differs from the lookup entry is an error', async () => {
    const doc = JSON.parse(read(a.path));
    const e = await failure(load({ ...files(), [a.path]: JSON.stringify({ ...doc, id: 'someone-else' }) }, a.id));
    expect(e.reason).toContain('someone-else');
  });

  it('a SHA-256 that differs from the lookup entry\'s is an error', async () => {
    const doc = JSON.parse(read(a.path));
    const e = await failure(load({ ...files(), [a.path]: JSON.stringify({ ...doc, sha256: 'f'.repeat(64) }) }, a.id));
    expect(e.reason).toContain('SHA-256');
  });
});
