// A province's boundaries as a resource ({ status, data?, error?, retry }) like every other file.
// Drawing it with ECharts registers it first (register-map.ts), so loading it needs no ECharts code.
import { useResource, type Resource } from '../data/hooks';
import { loadProvince, provinceKey, type LoadedProvince } from './geo/load';

export const mapName = (code: string) => `atlas-${code}`;

/** code null: nothing to load yet (the province index decides which one); reads as loading. */
export function useProvinceGeo(code: string | null): Resource<LoadedProvince> {
  return useResource<LoadedProvince>(provinceKey(code ?? ''), () => (code ? loadProvince(code) : new Promise<LoadedProvince>(() => {})));
}
