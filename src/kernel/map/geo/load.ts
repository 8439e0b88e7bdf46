// A province's boundaries for the map: the validated file from the kernel's loader, decoded once
// per province and kept in the shared cache (switching back to a province is free; a failure is a
// DataLoadError naming the file, retried with every other failed file).
import type { GeoProvince } from '../../../shared/schema';
import { dataCache, type ResourceCache } from '../../data/cache';
import { fetchGeoProvince } from '../../data/geo';
import { decodeProvince, type RegionCollection } from './decode';

export interface LoadedProvince {
  meta: Omit<GeoProvince, 'regions'>;
  regions: RegionCollection;
}

export const provinceKey = (code: string) => `geo:province:${code}`;

export function loadProvince(code: string, cache: ResourceCache = dataCache): Promise<LoadedProvince> {
  return cache.load(provinceKey(code), async () => {
    const file = await fetchGeoProvince(code, cache);
    const { regions, ...meta } = file;
    void regions;
    return { meta, regions: decodeProvince(file) };
  });
}
