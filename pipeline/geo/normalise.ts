// Repairs to the package's rings before anything measures or draws them. Measured on echarts 4.9.0:
// most rings are clockwise (what d3-geo's spherical maths expects for exteriors) but not all —
// 开州区 (chongqing) and 哈密市 (xinjiang) exteriors run anticlockwise, which d3 reads as
// "the whole globe minus this region"; a few 2–4-point slivers (潮州, 信阳, 大埔, 西贡, 昆玉)
// have no area at all; 蓟州区's ring is not closed.
import { geoArea } from 'd3-geo';
import type { Position } from './codec';

export type Ring = Position[];
export type Polygon = Ring[];

function planarArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function close(ring: Ring): Ring {
  const [f, l] = [ring[0], ring[ring.length - 1]];
  return f[0] === l[0] && f[1] === l[1] ? ring : [...ring, f];
}

/** d3-geo: a ring alone covering more than a hemisphere is wound the "inside-out" way. */
function isInsideOut(ring: Ring): boolean {
  return geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
}

export interface NormaliseReport {
  reversed: number;
  dropped: number;
  closed: number;
}

export function normalisePolygons(polygons: Polygon[], report: NormaliseReport): Polygon[] {
  const out: Polygon[] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const [i, raw] of polygon.entries()) {
      const ring = close(raw);
      if (ring !== raw) report.closed++;
      if (ring.length < 4 || planarArea(ring) === 0) {
        report.dropped++;
        if (i === 0) break; // no exterior: the holes mean nothing
        continue;
      }
      // Exteriors must not be inside-out; holes must be (they subtract area).
      const wantInsideOut = i > 0;
      if (isInsideOut(ring) !== wantInsideOut) {
        rings.push([...ring].reverse());
        report.reversed++;
      } else rings.push(ring);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}
