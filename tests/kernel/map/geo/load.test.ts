// Boundaries load through the kernel's loader: the shared cache (one fetch of geo/index.json for
// the map and the place page), the shared schema, and DataLoadError naming the file.
import { afterEach, describe, expect, it } from 'vitest';
import { ResourceCache } from '../../../../src/kernel/data/cache';
import { loadGeoIndex } from '../../../../src/kernel/data/geo';
import { DataLoadError, type FetchLike } from '../../../../src/kernel/data/loader';
import { loaderOptions } from '../../../../src/kernel/data/resources';
import { loadOfficialName } from '../../../../src/kernel/places/official-name';
import { dataCache } from '../../../../src/kernel/data/cache';
import { loadProvince } from '../../../../src/kernel/map/geo/load';
import { provinceFixture } from '../geo-fixture';

const { file } = provinceFixture('shanxi.json');
const index = {
  schemaVersion: 1,
  divisionsEdition: file.divisionsEdition,
  provinces: [{ code: '140000', name: '山西省', short: '山西', path: 'geo/140000.json', regions: file.regions.length, source: file.source }],
};

function serve(files: Record<string, unknown>, calls: string[]): FetchLike {
  return async (url) => {
    calls.push(url);
    const body = files[url];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
    };
  };
}

afterEach(() => {
  loaderOptions.fetchImpl = undefined;
  for (const key of ['geo:index', 'geo:names:140000']) dataCache.invalidate(key);
});

describe('boundary files through the shared loader', () => {
  it('decodes a validated province once per cache', async () => {
    const calls: string[] = [];
    loaderOptions.fetchImpl = serve({ '/geo/140000.json': file }, calls);
    const cache = new ResourceCache();
    const p = await loadProvince('140000', cache);
    expect(p.meta.provinceName).toBe('山西省');
    expect(p.regions.features.map((f) => f.properties.code)).toEqual(file.regions.map((r) => r.code));
    expect(await loadProvince('140000', cache)).toBe(p);
    expect(calls).toEqual(['/geo/140000.json']);
  });

  it('fails with a DataLoadError naming the file and the field, and a retry fetches again', async () => {
    const calls: string[] = [];
    const broken = { ...file, regions: [{ ...file.regions[0], code: 14 }] };
    loaderOptions.fetchImpl = serve({ '/geo/140000.json': broken }, calls);
    const cache = new ResourceCache();
    const e = await loadProvince('140000', cache).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataLoadError);
    expect((e as DataLoadError).file).toBe('geo/140000.json');
    expect((e as DataLoadError).reason).toContain('regions.0.code');
    loaderOptions.fetchImpl = serve({ '/geo/140000.json': file }, calls);
    cache.invalidateErrors();
    expect((await loadProvince('140000', cache)).meta.provinceCode).toBe('140000');
    expect(calls).toHaveLength(2);
  });

  it('a missing province file is a DataLoadError, not an English Error without a file', async () => {
    loaderOptions.fetchImpl = serve({}, []);
    const e = await loadProvince('320000', new ResourceCache()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataLoadError);
    expect((e as DataLoadError).file).toBe('geo/320000.json');
  });

  it('the map and the place page share one fetch of geo/index.json', async () => {
    const calls: string[] = [];
    loaderOptions.fetchImpl = serve({ '/geo/index.json': index, '/geo/140000.json': file }, calls);
    const a = await loadGeoIndex();
    expect((await loadOfficialName('140500')).name).toBe('晋城市');
    expect(await loadGeoIndex()).toBe(a);
    expect(calls.filter((u) => u.endsWith('index.json'))).toEqual(['/geo/index.json']);
  });
});
