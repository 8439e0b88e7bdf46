// A province's boundaries as a resource ({ status, data?, error?, retry }) like every other file;
// the map is registered with ECharts once per province (registration is global and cheap to look
// up by name), before the chart that draws it renders.
import { echarts } from '../echarts/core';
import { useResource, type Resource } from '../data/hooks';
import { loadProvince, provinceKey, type LoadedProvince } from './geo/load';

export const mapName = (code: string) => `atlas-${code}`;
const registered = new Set<string>();

/** code null: nothing to load yet (the province index decides which one); reads as loading. */
export function useProvinceGeo(code: string | null): Resource<LoadedProvince> {
  const geo = useResource<LoadedProvince>(provinceKey(code ?? ''), () => (code ? loadProvince(code) : new Promise<LoadedProvince>(() => {})));
  if (code && geo.status === 'ready' && !registered.has(code)) {
    echarts.registerMap(mapName(code), geo.data.regions as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(code);
  }
  return geo;
}
