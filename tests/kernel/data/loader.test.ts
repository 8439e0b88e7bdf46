// Loaders: missing file, invalid JSON, schema mismatch each give a DataLoadError naming the file;
// the cache fetches once and retry fetches again.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest, progress } from '../../../src/shared/schema';
import { DataLoadError, loadJson, type FetchLike } from '../../../src/kernel/data/loader';
import { ResourceCache } from '../../../src/kernel/data/cache';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/app/data');

function fakeFetch(files: Record<string, { status?: number; body: string; type?: string }>, calls: string[] = []): FetchLike {
  return async (url) => {
    calls.push(url);
    const f = files[url];
    const status = f ? (f.status ?? 200) : 404;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: new Headers({ 'content-type': f?.type ?? 'application/json' }),
      text: async () => f?.body ?? 'not found',
    };
  };
}

const good = readFileSync(resolve(FIXTURE, 'manifest.json'), 'utf8');

async function failure(p: Promise<unknown>): Promise<DataLoadError> {
  try {
    await p;
  } catch (e) {
    return e as DataLoadError;
  }
  throw new Error('expected a failure');
}

describe('loadJson', () => {
  it('loads and validates a good file (the fixture manifest)', async () => {
    const m = await loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: fakeFetch({ '/d/manifest.json': { body: good } }) });
    expect(m.documents.map((d) => d.id)).toContain('001_e3afc5ffeb36f5d0');
  });

  it('a missing file names the file and the HTTP status', async () => {
    const e = await failure(loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: fakeFetch({}) }));
    expect(e).toBeInstanceOf(DataLoadError);
    expect(e.file).toBe('manifest.json');
    expect(e.reason).toContain('404');
  });

  it('an HTML answer (SPA fallback for a missing file) counts as missing, not as bad JSON', async () => {
    const e = await failure(
      loadJson('quality.json', manifest, { base: '/d/', fetchImpl: fakeFetch({ '/d/quality.json': { body: '<!doctype html>', type: 'text/html' } }) }),
    );
    expect(e.reason).toContain('不存在');
  });

  it('invalid JSON names the file and says JSON', async () => {
    const e = await failure(loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: fakeFetch({ '/d/manifest.json': { body: good.slice(0, 40) } }) }));
    expect(e.file).toBe('manifest.json');
    expect(e.reason).toContain('JSON');
  });

  it('a schema mismatch names the bad field', async () => {
    const bad = JSON.parse(good);
    delete bad.documents[1].title;
    const e = await failure(
      loadJson('manifest.json', manifest, { base: '/d/', fetchImpl: fakeFetch({ '/d/manifest.json': { body: JSON.stringify(bad) } }) }),
    );
    expect(e.reason).toContain('documents.1.title');
  });

  it('an optional file that is missing gives the stated fallback, never invented rows', async () => {
    const empty = { schemaVersion: 1 as const, rows: [] };
    const p = await loadJson('progress.json', progress, { base: '/d/', fetchImpl: fakeFetch({}), whenMissing: empty });
    expect(p.rows).toEqual([]);
  });
});

describe('ResourceCache', () => {
  it('fetches each key once and refetches failed keys on retry', async () => {
    const cache = new ResourceCache();
    let n = 0;
    let fail = true;
    const loader = async () => {
      n++;
      if (fail) throw new Error('boom');
      return 42;
    };
    await Promise.allSettled([cache.load('k', loader), cache.load('k', loader)]);
    expect(n).toBe(1);
    expect(cache.get('k').status).toBe('error');
    fail = false;
    cache.invalidateErrors();
    expect(cache.has('k')).toBe(false);
    await expect(cache.load('k', loader)).resolves.toBe(42);
    expect(n).toBe(2);
    expect(cache.get<number>('k')).toEqual({ status: 'ready', data: 42 });
  });
});
