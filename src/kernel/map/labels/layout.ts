// From regions + projection to placed labels: measures each label, projects each region's
// outline once, and hands the rest to placeLabels. Keys are region names (unique per file).
import { geoPath } from 'd3-geo';
import type { RegionCollection } from '../geo/decode';
import type { MapProjection } from '../projection';
import { placeLabels, type Box, type LabelInput, type PlacedLabel, type Point } from './placement';
import { shortName, textWidth } from './text';

export interface LabelStyle {
  fontSize: number;
  /** Second line under the name (the region's value) when values are shown; absent → name only. */
  values?: ReadonlyMap<string, string>;
}

export const HALO = 3;
export const LINE_HEIGHT = 1.2;

/** Font size for region names: legible from the back of a meeting room at projector size. */
export function labelFontSize(panel: { w: number; h: number }): number {
  return Math.round(Math.min(22, Math.max(13, Math.min(panel.w, panel.h) / 40)));
}

export function labelLines(name: string, style: LabelStyle): string[] {
  const value = style.values?.get(name);
  return value === undefined ? [shortName(name)] : [shortName(name), value];
}

export function layoutLabels(regions: RegionCollection, projection: MapProjection, panel: Box, style: LabelStyle): PlacedLabel[] {
  const path = geoPath(projection.d3);
  const inputs: LabelInput[] = regions.features.map((f) => {
    const lines = labelLines(f.properties.name, style);
    return {
      key: f.properties.name,
      w: Math.max(...lines.map((l) => textWidth(l, style.fontSize))) + 2 * HALO,
      h: lines.length * style.fontSize * LINE_HEIGHT + 2 * HALO,
      anchor: projection.project(f.properties.labelPoint) as Point,
      polygons: f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map((p) => projection.project(p) as Point))),
      area: path.area(f),
    };
  });
  return placeLabels(inputs, panel);
}
