// A province's regions registered with ECharts under the map's name, once per name (registration
// is global and cheap to look up). Called by whatever is about to draw the map with ECharts — the
// interactive chart, the briefing, an export — so that ECharts' code loads only with them.
import { echarts } from '../echarts/core';
import type { RegionCollection } from './geo/decode';

const registered = new Set<string>();

export function registerProvinceMap(name: string, regions: RegionCollection): void {
  if (registered.has(name)) return;
  echarts.registerMap(name, regions as unknown as Parameters<typeof echarts.registerMap>[1]);
  registered.add(name);
}
