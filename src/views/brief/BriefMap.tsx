// The briefing's map: the shared map drawing (kernel/map) built once for a fixed size that fits
// the A4 portrait column, drawn as SVG (sharp on paper), with no interaction (the export's static
// option: no roam, no tooltip, no animation). `onReady` fires once ECharts has finished drawing, so
// the page can say it is ready to print.
import { useMemo } from 'react';
import EChart from '../../kernel/echarts/EChart';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import { buildMapModel } from '../../kernel/map/map-model';
import type { MapState } from '../../kernel/map/state/map-state';
import { mapName, useProvinceGeo } from '../../kernel/map/use-province-geo';
import { registerProvinceMap } from '../../kernel/map/register-map';
import { t } from './strings';
import '../../kernel/map/echarts-setup';
import './echarts-setup';

/** Printable width of A4 portrait with the app's 12 mm margins is 186 mm ≈ 703 px: the map stays inside it. */
export const MAP_SIZE = { width: 680, height: 500 };

interface Props {
  provinceCode: string;
  /** The map state of the province's regions (from the documents, or the build's place aggregates). */
  state: (regions: readonly { code: string | null; name: string }[]) => MapState;
  onReady: () => void;
}

// The option is set before ECharts-for-React binds events, so a static chart's one 'finished' is
// missed; with animation off the drawing is done by the next frames (two, to be sure it is painted).
function afterPaint(done: () => void) {
  requestAnimationFrame(() => requestAnimationFrame(done));
}

export default function BriefMap({ provinceCode, state: stateOf, onReady }: Props) {
  const geo = useProvinceGeo(provinceCode);
  const option = useMemo(() => {
    if (geo.status !== 'ready') return null;
    const state = stateOf(geo.data.regions.features.map((f) => f.properties));
    const view = { zoom: 1, center: null };
    registerProvinceMap(mapName(provinceCode), geo.data.regions);
    return buildMapModel({ province: geo.data, mapName: mapName(provinceCode), state, mode: 'mentions', showValues: false, selected: null, ...MAP_SIZE, view, forExport: true }).option;
  }, [geo, provinceCode, stateOf]);
  if (geo.status === 'error') return <ErrorPanel error={geo.error} retry={geo.retry} />;
  if (!option) return <Loading label={t.brief.preparing} />;
  return (
    <div className="brief-map" style={{ width: MAP_SIZE.width }}>
      <EChart option={option} renderer="svg" height={MAP_SIZE.height} ariaLabel={t.brief.map} onChartReady={() => afterPaint(onReady)} />
    </div>
  );
}
