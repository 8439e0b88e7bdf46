// Early responses (index.html's inline script on /doc/ links): the loader takes each once, still
// validates it, and a retry (fresh) goes to the network instead of replaying it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manifest } from '../../../src/shared/schema';
import { takeEarly } from '../../../src/kernel/data/early';
import { DataLoadError, loadJson } from '../../../src/kernel/data/loader';

const good = readFileSync(resolve(import.meta.dirname, '../../fixtures/app/data/manifest.json'), 'utf8');
const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json' } });

function withEarly(files: Record<string, Promise<Response>>) {
  vi.stubGlobal('window', { __atlasEarly: { ...files } });
}

afterEach(() => vi.unstubAllGlobals());

describe('early responses', () => {
  it('are handed out once', () => {
    const res = Promise.resolve(json(good));
    withEarly({ 'manifest.json': res });
    expect(takeEarly('manifest.json')).toBe(res);
    expect(takeEarly('manifest.json')).toBeNull();
    expect(takeEarly('docs/x.json')).toBeNull();
  });

  it('are used by the loader instead of a second fetch, and validated', async () => {
    withEarly({ 'manifest.json': Promise.resolve(json(good)) });
    const fetchSpy = vi.fn(async () => json(good));
    vi.stubGlobal('fetch', fetchSpy);
    const m = await loadJson('manifest.json', manifest, { base: '/d/' });
    expect(m.documents.map((d) => d.id)).toContain('001_e3afc5ffeb36f5d0');
    expect(fetchSpy).not.toHaveBeenCalled();
    // Taken: the next load goes to the network.
    await loadJson('manifest.json', manifest, { base: '/d/' });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('a broken early file fails like a fetched one', async () => {
    withEarly({ 'manifest.json': Promise.resolve(json('{"documents": 3}')) });
    vi.stubGlobal('fetch', vi.fn(async () => json(good)));
    const err = await loadJson('manifest.json', manifest, { base: '/d/' }).catch((e) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).file).toBe('manifest.json');
  });

  it('a retry (fresh) ignores the early response', async () => {
    withEarly({ 'manifest.json': Promise.resolve(json('not json')) });
    const fetchSpy = vi.fn(async () => json(good));
    vi.stubGlobal('fetch', fetchSpy);
    const m = await loadJson('manifest.json', manifest, { base: '/d/', fresh: true });
    expect(m.documents.length).toBeGreaterThan(0);
    expect(fetchSpy).toHaveBeenCalledWith('/d/manifest.json', { cache: 'reload' });
  });
});
