import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProvince, decodeRing } from '../../../../src/kernel/map/geo/decode';
import type { GeoProvince } from '../../../../src/shared/schema';

const require = createRequire(import.meta.url);
const hubei = JSON.parse(readFileSync('node_modules/echarts49/map/json/province/hubei.json', 'utf8'));

describe('decodeRing (browser decoder)', () => {
  it('agrees with echarts 4.9 own parser on every ring of Hubei', () => {
    const parse = require('echarts49/lib/coord/geo/parseGeoJson.js') as (j: unknown) => { name: string; geometries: { exterior: number[][] }[] }[];
    const theirs = parse(JSON.parse(JSON.stringify(hubei)));
    let rings = 0;
    for (const f of hubei.features) {
      const g = f.geometry;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      const offs = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
      const region = theirs.find((r) => r.name === f.properties.name)!;
      polys.forEach((p: string[], i: number) => {
        expect(decodeRing(p[0], offs[i][0], 1024)).toEqual(region.geometries[i].exterior);
        rings++;
      });
    }
    expect(rings).toBeGreaterThan(17);
  });
});

describe('decodeProvince', () => {
  // A real excerpt: 鄂州市's ring as the pipeline writes it (package string, package offset).
  const ezhou = hubei.features.find((f: { properties: { name: string } }) => f.properties.name === '鄂州市');
  const file: GeoProvince = {
    schemaVersion: 1,
    provinceCode: '420000',
    provinceName: '湖北省',
    source: { package: 'echarts', version: '4.9.0', license: 'Apache-2.0', file: 'map/json/province/hubei.json' },
    divisionsEdition: 'test',
    scale: 1024,
    regions: [{ code: '420700', name: '鄂州市', labelPoint: [114.8, 30.4], polygons: [[ezhou.geometry.coordinates[0]]], offsets: [[ezhou.geometry.encodeOffsets[0]]] }],
    warnings: [],
  };

  it('returns a GeoJSON MultiPolygon feature per region with code and label point', () => {
    const fc = decodeProvince(file);
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f.properties).toEqual({ name: '鄂州市', code: '420700', labelPoint: [114.8, 30.4] });
    const ring = f.geometry.coordinates[0][0];
    expect(ring.length).toBe(ezhou.geometry.coordinates[0].length / 2);
    // 鄂州 lies around 114.5–115.1°E, 30.0–30.6°N.
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThan(114.4);
      expect(lon).toBeLessThan(115.2);
      expect(lat).toBeGreaterThan(29.9);
      expect(lat).toBeLessThan(30.7);
    }
  });

  it('names the region when a ring is corrupt', () => {
    const bad = { ...file, regions: [{ ...file.regions[0], polygons: [['@@A']] }] };
    expect(() => decodeProvince(bad)).toThrow(/鄂州市: ring 0\/0 has an odd number/);
    const short = { ...file, regions: [{ ...file.regions[0], offsets: [] }] };
    expect(() => decodeProvince(short)).toThrow(/鄂州市: 1 polygons but 0 offset lists/);
  });
});
