import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { decodeRing } from '../../../pipeline/geo/codec';
import { loadDivisions } from '../../../pipeline/geo/divisions';
import { normalisePolygons } from '../../../pipeline/geo/normalise';
import { packageInfo, prepareProvince } from '../../../pipeline/geo/prepare';

const { dir, version } = packageInfo();
const read = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const divisions = loadDivisions('data/geo/divisions.json');

describe('prepareProvince', () => {
  it('keys Hubei by edition codes, with 仙桃/潜江/天门/神农架 as regions of their own', () => {
    const p = prepareProvince('hubei.json', read('hubei.json'), version);
    expect(p.provinceCode).toBe('420000');
    expect(p.regions).toHaveLength(17);
    const codes = p.regions.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['429004', '429005', '429006', '429021', '420700', '420200']));
    for (const r of p.regions) expect(divisions.byCode.get(r.code!)?.name).toBe(r.name);
    expect(p.source).toEqual({ package: 'echarts', version: '4.9.0', license: 'Apache-2.0', file: 'map/json/province/hubei.json' });
  });

  it('tells 山西 (shanxi.json) from 陕西 (shanxi1.json) by codes, not file names', () => {
    expect(prepareProvince('shanxi.json', read('shanxi.json'), version).provinceName).toBe('山西省');
    expect(prepareProvince('shanxi1.json', read('shanxi1.json'), version).provinceName).toBe('陕西省');
  });

  it('matches a feature without an id by name (上海 崇明区) and says so', () => {
    const p = prepareProvince('shanghai.json', read('shanghai.json'), version);
    expect(p.regions.find((r) => r.name === '崇明区')?.code).toBe('310151');
    expect(p.warnings.some((w) => w.includes('崇明区') && w.includes('310151'))).toBe(true);
  });

  it('merges 西藏 山南市, shipped as an empty feature plus an unkeyed one', () => {
    const p = prepareProvince('xizang.json', read('xizang.json'), version);
    const shannan = p.regions.filter((r) => r.name === '山南市');
    expect(shannan).toHaveLength(1);
    expect(shannan[0].code).toBe('540500');
    expect(shannan[0].polygons.length).toBeGreaterThan(0);
  });
});

describe('normalisePolygons', () => {
  it('rewinds an anticlockwise exterior (重庆 开州区) so d3 reads a region, not the globe minus it', () => {
    const f = read('chongqing.json').features.find((x: { properties: { name: string } }) => x.properties.name === '开州区');
    const ring = decodeRing(f.geometry.coordinates[0], f.geometry.encodeOffsets[0], 1024);
    expect(geoArea({ type: 'Polygon', coordinates: [ring] })).toBeGreaterThan(2 * Math.PI);
    const report = { reversed: 0, dropped: 0, closed: 0 };
    const [fixed] = normalisePolygons([[ring]], report);
    expect(report.reversed).toBe(1);
    const before = geoArea({ type: 'Polygon', coordinates: [ring] });
    const after = geoArea({ type: 'Polygon', coordinates: fixed });
    // The same outline read the right way round: the two areas make up the whole sphere.
    expect(after + before).toBeCloseTo(4 * Math.PI, 9);
    expect(after * 6371.0088 ** 2).toBeLessThan(10_000); // a county-sized district, not half the globe
  });

  it('drops zero-area slivers, closes open rings, keeps holes inside-out', () => {
    const report = { reversed: 0, dropped: 0, closed: 0 };
    const square: [number, number][] = [[110, 30], [110, 31], [111, 31], [111, 30]];
    const hole: [number, number][] = [[110.2, 30.2], [110.8, 30.2], [110.8, 30.8], [110.2, 30.8], [110.2, 30.2]];
    const sliver: [number, number][] = [[112, 30], [112.5, 30], [112, 30]];
    const out = normalisePolygons([[square, hole], [sliver]], report);
    expect(out).toHaveLength(1);
    expect(report).toEqual({ reversed: 0, dropped: 1, closed: 1 });
    const a = geoArea({ type: 'Polygon', coordinates: out[0] });
    const outer = geoArea({ type: 'Polygon', coordinates: [out[0][0]] });
    expect(a).toBeLessThan(outer);
  });
});
