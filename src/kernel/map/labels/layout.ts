// From regions + projection to placed labels: measures each label, projects each region's
// outline once, and hands the rest to placeLabels. Keys are region names (unique per file).
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

/**
 * Planar area of projected polygons: per polygon the signed ring areas summed (holes wind the
 * other way and subtract), its absolute value, as d3's geoPath.area computes it — from the points
 * already projected for the label tests instead of a second pass through the projection stream.
 */
export function projectedArea(polygons: readonly (readonly (readonly Point[])[])[]): number {
  let total = 0;
  for (const polygon of polygons) {
    let sum = 0;
    for (const ring of polygon) {
      if (ring.length === 0) continue;
      let [x0, y0] = ring[0];
      for (let i = 1; i <= ring.length; i++) {
        const [x, y] = ring[i % ring.length];
        sum += y0 * x - x0 * y;
        x0 = x;
        y0 = y;
      }
    }
    total += Math.abs(sum);
  }
  return total / 2;
}

/** Every region's outline in pixels (per feature: polygons of rings of points), projected once. */
export function projectRegions(regions: RegionCollection, projection: MapProjection): Point[][][][] {
  return regions.features.map((f) => f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map((p) => projection.project(p) as Point))));
}

/** `projected`: the outlines from projectRegions (with the same projection), when the caller already has them. */
export function layoutLabels(regions: RegionCollection, projection: MapProjection, panel: Box, style: LabelStyle, projected?: Point[][][][]): PlacedLabel[] {
  const outlines = projected ?? projectRegions(regions, projection);
  const inputs: LabelInput[] = regions.features.map((f, i) => {
    const lines = labelLines(f.properties.name, style);
    const polygons = outlines[i];
    return {
      key: f.properties.name,
      w: Math.max(...lines.map((l) => textWidth(l, style.fontSize))) + 2 * HALO,
      h: lines.length * style.fontSize * LINE_HEIGHT + 2 * HALO,
      anchor: projection.project(f.properties.labelPoint) as Point,
      polygons,
      area: projectedArea(polygons),
    };
  });
  return placeLabels(inputs, panel);
}
