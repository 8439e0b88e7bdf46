// The interactive map (zoom, pan, tooltips): the shared ECharts wrapper with the map's parts and
// the province's regions registered. Its own chunk, loaded when the user first engages with the
// map (MapChart), so a first view of the map loads no ECharts code.
import EChart, { type EChartProps } from '../../kernel/echarts/EChart';
import type { RegionCollection } from '../../kernel/map/geo/decode';
import { registerProvinceMap } from '../../kernel/map/register-map';
import '../../kernel/map/echarts-setup';

interface Props extends EChartProps {
  mapName: string;
  regions: RegionCollection;
}

export default function MapEChart({ mapName, regions, ...chart }: Props) {
  // Before the chart's first setOption (in its commit): the option's geo names this map.
  registerProvinceMap(mapName, regions);
  return <EChart {...chart} />;
}
