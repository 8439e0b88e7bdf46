// Where a region's name goes: the pole of inaccessibility (the interior point farthest from the
// boundary) of its largest polygon, found with polylabel's cell search (Agafonkin, mapbox/polylabel,
// ISC). The centroid is not enough: 黄冈, 恩施 and Jiangsu's coastal cities are bent shapes whose
// centroid falls near or outside the edge. Worked in a local plane (longitude scaled by cos φ) —
// at prefecture size the difference from the final conic projection is negligible.
import type { Position } from './codec';
import type { Polygon, Ring } from './normalise';

interface Cell {
  x: number;
  y: number;
  h: number; // half the cell size
  d: number; // signed distance from the centre to the boundary (positive inside)
  max: number; // best distance any point in the cell could reach
}

function segDist2(px: number, py: number, a: Position, b: Position): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

function signedDistance(x: number, y: number, polygon: Ring[]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      min = Math.min(min, segDist2(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

function cell(x: number, y: number, h: number, polygon: Ring[]): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

function polylabel(polygon: Ring[], precision: number): Position {
  const xs = polygon[0].map((p) => p[0]);
  const ys = polygon[0].map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2, polygon));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
  while (queue.length > 0) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h, polygon), cell(c.x + h, c.y - h, h, polygon), cell(c.x - h, c.y + h, h, polygon), cell(c.x + h, c.y + h, h, polygon));
  }
  return [best.x, best.y];
}

function planarArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(a / 2);
}

/** Label point [lon, lat] of a region given as polygons of [lon, lat] rings. */
export function labelPoint(polygons: Polygon[]): Position {
  const largest = polygons.reduce((a, b) => (planarArea(b[0]) > planarArea(a[0]) ? b : a));
  const lat0 = (largest[0].reduce((s, p) => s + p[1], 0) / largest[0].length) * (Math.PI / 180);
  const k = Math.cos(lat0);
  const plane = largest.map((ring) => ring.map(([lon, lat]) => [lon * k, lat] as Position));
  const [x, y] = polylabel(plane, 0.001);
  return [Math.round((x / k) * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}
