// Boundary files (public/geo/, beside index.html rather than in the data folder). They load like
// every other file: the shared cache, the shared schema, a DataLoadError naming the file.
import { type GeoIndex, type GeoProvince } from '../../shared/schema';
import { lazySchema } from './schemas';
import { dataCache, type ResourceCache } from './cache';
import { loadJson } from './loader';
import { loaderOptions } from './resources';

export const GEO_INDEX = 'geo/index.json';
export const geoFile = (provinceCode: string) => `geo/${provinceCode}.json`;

/** Loader options for geo/ files: the site's base instead of the data folder. */
export const geoOptions = (cache: ResourceCache) => ({
  ...loaderOptions,
  base: (import.meta.env?.BASE_URL ?? '/') as string,
  fresh: cache.retries > 0,
});

/** geo/index.json: every province with a boundary file. One copy for the map and the place page. */
export function loadGeoIndex(cache: ResourceCache = dataCache): Promise<GeoIndex> {
  return cache.load('geo:index', () => loadJson(GEO_INDEX, lazySchema('geoIndex'), geoOptions(cache)));
}

/** One province's boundary file, validated. Not cached here: its user caches what it derives from it. */
export function fetchGeoProvince(provinceCode: string, cache: ResourceCache = dataCache): Promise<GeoProvince> {
  return loadJson(geoFile(provinceCode), lazySchema('geoProvince'), geoOptions(cache));
}
