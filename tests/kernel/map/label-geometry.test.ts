// The label layout's geometry shortcuts give the answers of the plain computations they replace:
// the strip-indexed point-in-region test is the even-odd rule over every ring, and the area from
// the projected points is d3's geoPath area.
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { projectedArea } from '../../../src/kernel/map/labels/layout';
import { insideShape, shapeOf, type Point } from '../../../src/kernel/map/labels/placement';
import { provinceProjection } from '../../../src/kernel/map/projection';
import { provinceFixture } from './geo-fixture';

/** The even-odd rule walking every edge of every ring. */
function insideBrute(p: Point, polygons: Point[][][]): boolean {
  let inside = false;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

/** A small deterministic generator (the test draws the same points every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('label geometry', () => {
  for (const file of ['hubei.json', 'jiangsu.json', 'guangdong.json']) {
    const { regions } = provinceFixture(file);
    const projection = provinceProjection(regions, { width: 900, height: 700, padding: [16, 16, 16, 16] });
    const projected = regions.features.map((f) => f.geometry.coordinates.map((poly) => poly.map((ring) => ring.map((p) => projection.project(p) as Point))));

    it(`${file}: the strip test says what the even-odd rule over every ring says`, () => {
      const next = random(7);
      let inside = 0;
      projected.forEach((polygons) => {
        const shape = shapeOf(polygons);
        for (let k = 0; k < 400; k++) {
          // Over the whole panel, so points fall inside, outside and near every edge.
          const p: Point = [next() * 900, next() * 700];
          const want = insideBrute(p, polygons);
          expect(insideShape(p, shape), `${p}`).toBe(want);
          if (want) inside++;
        }
        // Vertices themselves: the boundary cases of the crossing rule.
        for (const ring of polygons.flat().slice(0, 3)) for (const v of ring.slice(0, 50)) expect(insideShape(v, shape)).toBe(insideBrute(v, polygons));
      });
      expect(inside).toBeGreaterThan(20);
    });

    it(`${file}: the area of the projected points is geoPath's area`, () => {
      const path = geoPath(projection.d3);
      regions.features.forEach((f, i) => {
        const want = path.area(f);
        expect(Math.abs(projectedArea(projected[i]) - want) / want).toBeLessThan(1e-9);
      });
    });
  }

  it('a ring with a hole: the hole is outside, the ring around it inside', () => {
    const square = (x: number, y: number, s: number): Point[] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
    const polygons: Point[][][] = [[square(0, 0, 100), square(40, 40, 20).reverse()], [square(200, 0, 10)]];
    const shape = shapeOf(polygons);
    expect(insideShape([10, 10], shape)).toBe(true);
    expect(insideShape([50, 50], shape)).toBe(false);
    expect(insideShape([205, 5], shape)).toBe(true);
    expect(insideShape([150, 5], shape)).toBe(false);
    expect(insideShape([50, -1], shape)).toBe(false);
    expect(insideShape([50, 101], shape)).toBe(false);
    expect(projectedArea(polygons)).toBeCloseTo(100 * 100 - 20 * 20 + 10 * 10, 6);
    expect(insideShape([1, 1], shapeOf([]))).toBe(false);
  });
});
