import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRing, encodeRing, type Position } from '../../../pipeline/geo/codec';

const require = createRequire(import.meta.url);
const dir = 'node_modules/echarts49/map/json/province';
const hubei = JSON.parse(readFileSync(`${dir}/hubei.json`, 'utf8'));
const xizang = JSON.parse(readFileSync(`${dir}/xizang.json`, 'utf8'));

describe('boundary codec (pipeline)', () => {
  it('decodes exactly as echarts 4.9 itself does', () => {
    // echarts' own parser mutates its input; hand it a copy.
    const parse = require('echarts49/lib/coord/geo/parseGeoJson.js') as (j: unknown) => { name: string; geometries: { exterior: number[][] }[] }[];
    const regions = parse(JSON.parse(JSON.stringify(hubei)));
    const ezhou = hubei.features.find((f: { properties: { name: string } }) => f.properties.name === '鄂州市');
    const ours = decodeRing(ezhou.geometry.coordinates[0], ezhou.geometry.encodeOffsets[0], 1024);
    const theirs = regions.find((r) => r.name === '鄂州市')!.geometries[0].exterior;
    expect(ours.length).toBeGreaterThan(50);
    expect(ours).toEqual(theirs);
  });

  it('encode then decode returns the uncompressed package ring (xizang ships plain GeoJSON)', () => {
    const ring = xizang.features.find((f: { id: string }) => f.id === '540100').geometry.coordinates[0] as Position[];
    const { encoded, offset } = encodeRing(ring, 1024);
    expect(decodeRing(encoded, offset, 1024)).toEqual(ring);
    expect(encoded.length).toBe(ring.length * 2);
  });

  it('re-encoding a compressed ring reproduces the package string', () => {
    const wuhan = hubei.features[0].geometry;
    const s = wuhan.coordinates[1][0] as string;
    const decoded = decodeRing(s, wuhan.encodeOffsets[1][0], 1024);
    const { encoded, offset } = encodeRing(decoded, 1024);
    expect(decodeRing(encoded, offset, 1024)).toEqual(decoded);
  });

  it('refuses deltas that would land in the surrogate range', () => {
    expect(() => encodeRing([[0, 0], [30, 0]], 1024)).toThrow(/delta too large/);
  });
});
