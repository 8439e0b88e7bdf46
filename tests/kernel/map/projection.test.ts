import { geoArea, geoContains, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { provinceProjection } from '../../../src/kernel/map/projection';
import { provinceFixture } from './geo-fixture';

const R = 6371.0088; // mean Earth radius, km (IUGG)

// Official total areas as published by the provincial governments' 省情 pages
// (山西 "总面积15.67万平方千米", 江苏 "10.72万平方公里", 湖北 "18.59万平方公里"); checked here only
// against secondary pages quoting them (tool.huiruisoft.com/district/140000.html,
// ttnews.xyz "可愛的江蘇", m.dls5.cn/show-32102.html) — no primary source was reachable.
// Jiangsu: the package's outline measures 103,5xx km², 3.4% short (the lakes are inside it; the
// coastline is simplified/older) — so Jiangsu is held to 4%, not 2%. Reported to the lead.
const OFFICIAL = [
  { file: 'shanxi.json', km2: 156_700, tolerance: 0.02 },
  { file: 'hubei.json', km2: 185_900, tolerance: 0.02 },
  { file: 'jiangsu.json', km2: 107_200, tolerance: 0.04 },
];

describe('province areas (decoded boundaries)', () => {
  for (const { file, km2, tolerance } of OFFICIAL) {
    it(`${file}: total within ${tolerance * 100}% of ${km2} km²`, () => {
      const { regions } = provinceFixture(file);
      const total = regions.features.reduce((s, f) => s + geoArea(f) * R * R, 0);
      expect(Math.abs(total / km2 - 1)).toBeLessThan(tolerance);
    });
  }
});

describe('provinceProjection', () => {
  const extent = { width: 1200, height: 800, padding: [20, 30, 40, 50] as [number, number, number, number] };

  for (const file of ['shanxi.json', 'hubei.json', 'jiangsu.json', 'xinjiang.json', 'hainan.json']) {
    it(`${file}: fits the panel inside the padding and touches it on one axis`, () => {
      const { regions } = provinceFixture(file);
      const p = provinceProjection(regions, extent);
      const [[x0, y0], [x1, y1]] = geoPath(p.d3).bounds(regions);
      expect(x0).toBeGreaterThanOrEqual(50 - 0.5);
      expect(y0).toBeGreaterThanOrEqual(20 - 0.5);
      expect(x1).toBeLessThanOrEqual(1200 - 30 + 0.5);
      expect(y1).toBeLessThanOrEqual(800 - 40 + 0.5);
      const fillsWidth = Math.abs(x1 - x0 - 1120) < 1;
      const fillsHeight = Math.abs(y1 - y0 - 740) < 1;
      expect(fillsWidth || fillsHeight).toBe(true);
    });
  }

  it('is equal-area: pixels per km² agree across Hubei regions within 1%', () => {
    const { regions } = provinceFixture('hubei.json');
    const p = provinceProjection(regions, extent);
    const path = geoPath(p.d3);
    const ratios = regions.features.map((f) => path.area(f) / geoArea(f));
    const mean = ratios.reduce((a, b) => a + b) / ratios.length;
    for (const r of ratios) expect(Math.abs(r / mean - 1)).toBeLessThan(0.01);
  });

  it('unproject inverts project (our pixel → lon/lat)', () => {
    const { regions } = provinceFixture('shanxi.json');
    const p = provinceProjection(regions, extent);
    for (const f of regions.features) {
      const [lon, lat] = p.unproject(p.project(f.properties.labelPoint));
      expect(lon).toBeCloseTo(f.properties.labelPoint[0], 6);
      expect(lat).toBeCloseTo(f.properties.labelPoint[1], 6);
    }
  });

  it('north is up: 大同 (north) projects above 运城 (south)', () => {
    const { regions } = provinceFixture('shanxi.json');
    const p = provinceProjection(regions, extent);
    const at = (name: string) => p.project(regions.features.find((f) => f.properties.name === name)!.properties.labelPoint);
    expect(at('大同市')[1]).toBeLessThan(at('运城市')[1]);
  });
});

describe('label points', () => {
  for (const file of ['shanxi.json', 'hubei.json', 'jiangsu.json', 'guangdong.json', 'zhejiang.json']) {
    it(`${file}: every region's label point lies inside the region`, () => {
      const { regions } = provinceFixture(file);
      for (const f of regions.features) expect(geoContains(f, f.properties.labelPoint), f.properties.name).toBe(true);
    });
  }
});
