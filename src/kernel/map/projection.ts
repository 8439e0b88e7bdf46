// The map's projection: Albers-type conic equal-area centred on the province and fitted to the
// panel with d3's fitExtent — no hand-tuned scale or offset. Equal-area so that colour per region
// is not distorted by size; standard parallels at 1/6 and 5/6 of the province's latitude span
// (the usual rule for conic projections: distortion balanced across the extent).
// ECharts is handed {project, unproject, stream}; pixel → lon/lat goes through `unproject`
// (ours), because ECharts' convertFromPixel is wrong when a projection is set (apache/echarts#16771).
import { geoBounds, geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { Position, RegionCollection } from './geo/decode';

export interface MapProjection {
  project: (lonLat: number[]) => number[];
  unproject: (xy: number[]) => number[];
  stream: GeoProjection['stream'];
  /** The underlying d3 projection (for geoPath, tests). */
  d3: GeoProjection;
}

export interface Extent {
  width: number;
  height: number;
  /** Space kept free on each side: [top, right, bottom, left], in pixels. */
  padding: [number, number, number, number];
}

export function provinceProjection(regions: RegionCollection, extent: Extent): MapProjection {
  const [[lon0, lat0], [lon1, lat1]] = geoBounds(regions);
  if (!(lon1 > lon0 && lat1 > lat0)) throw new Error(`degenerate province bounds [${lon0}, ${lat0}, ${lon1}, ${lat1}]`);
  const span = lat1 - lat0;
  const [top, right, bottom, left] = extent.padding;
  // precision(0): no adaptive resampling. Prefecture edges are a few km long, far below the scale
  // at which a conic bends them, and resampling every ring on each switch cost ~2× the draw time.
  const d3 = geoConicEqualArea()
    .precision(0)
    .parallels([lat0 + span / 6, lat1 - span / 6])
    .rotate([-(lon0 + lon1) / 2, 0])
    .center([0, (lat0 + lat1) / 2])
    .fitExtent(
      [
        [left, top],
        [Math.max(left + 1, extent.width - right), Math.max(top + 1, extent.height - bottom)],
      ],
      regions,
    );
  return {
    project: (p) => d3(p as Position) ?? [NaN, NaN],
    unproject: (p) => d3.invert!(p as Position) ?? [NaN, NaN],
    stream: d3.stream,
    d3,
  };
}
