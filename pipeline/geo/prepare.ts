// Build step: the echarts 4.9.0 province maps → public/geo/<provinceCode>.json (+ index.json),
// regions keyed by the 6-digit codes of data/geo/divisions.json. Every province file in the package
// is prepared; which province a file is comes from its features' codes, never its file name
// (shanxi.json is 山西 140000, shanxi1.json is 陕西 610000).
// Run alone: npx tsx pipeline/geo/prepare.ts [outDir]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoIndex, geoProvince, SCHEMA_VERSION, type GeoIndex, type GeoProvince } from '../../src/shared/schema';
import { writeJsonAtomic } from '../io';
import { DEFAULT_SCALE, decodeRing, encodeRing } from './codec';
import { loadDivisions } from './divisions';
import { labelPoint } from './label-point';
import { matchRegions, UnkeyedProvinceError, type PackageFeature } from './match';
import { normalisePolygons, type NormaliseReport, type Polygon } from './normalise';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

interface PackageFile {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string;
    properties: { name: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
  }[];
}

/** Package feature → polygons of [lon, lat] rings, whether the file was compressed or not. */
function toPolygons(f: PackageFile['features'][number], encoded: boolean, scale: number): Polygon[] {
  const { type, coordinates, encodeOffsets } = f.geometry;
  const polys = (type === 'Polygon' ? [coordinates] : coordinates) as unknown[][];
  const offs = (type === 'Polygon' ? [encodeOffsets] : encodeOffsets) as [number, number][][];
  if (!encoded) return polys as Polygon[];
  return polys.map((rings, i) => rings.map((r, k) => decodeRing(r as string, offs[i][k], scale)));
}

export function packageInfo(): { dir: string; version: string } {
  const pkgJson = require.resolve('echarts49/package.json');
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  return { dir: join(dirname(pkgJson), 'map/json/province'), version };
}

export function prepareProvince(file: string, json: PackageFile, version: string, divisionsPath = join(ROOT, 'data/geo/divisions.json')): GeoProvince {
  const table = loadDivisions(divisionsPath);
  const encoded = json.UTF8Encoding === true;
  const inScale = json.UTF8Scale ?? DEFAULT_SCALE;
  const report: NormaliseReport = { reversed: 0, dropped: 0, closed: 0 };
  const features: PackageFeature[] = json.features.map((f) => ({
    id: f.id ?? null,
    name: f.properties.name,
    polygons: normalisePolygons(toPolygons(f, encoded, inScale), report),
  }));
  const { provinceCode, regions, warnings } = matchRegions(file, features, table);
  if (report.reversed || report.dropped || report.closed) {
    warnings.push(`rings repaired: ${report.reversed} rewound, ${report.dropped} degenerate dropped, ${report.closed} closed`);
  }
  const province = table.provinces.get(provinceCode)!;
  const out: GeoProvince = {
    schemaVersion: SCHEMA_VERSION,
    provinceCode,
    provinceName: province.name,
    source: { package: 'echarts', version, license: 'Apache-2.0', file: `map/json/province/${file}` },
    divisionsEdition: table.edition,
    scale: DEFAULT_SCALE,
    regions: regions.map((r) => {
      const rings = r.polygons.map((p) => p.map((ring) => encodeRing(ring, DEFAULT_SCALE)));
      return {
        code: r.code,
        name: r.name,
        labelPoint: labelPoint(r.polygons),
        polygons: rings.map((p) => p.map((x) => x.encoded)),
        offsets: rings.map((p) => p.map((x) => x.offset)),
      };
    }),
    warnings,
  };
  return geoProvince.parse(out);
}

/** Writes one file per province in the package plus index.json; returns the index. */
export function prepareBoundaries(outDir: string): GeoIndex {
  const { dir, version } = packageInfo();
  const provinces: GeoIndex['provinces'] = [];
  let edition = '';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PackageFile;
    let prov: GeoProvince;
    try {
      prov = prepareProvince(file, json, version);
    } catch (e) {
      // No codes to key them by: such a map could never show a document's places.
      if (e instanceof UnkeyedProvinceError) {
        console.warn(`geo: skipped ${e.message}`);
        continue;
      }
      throw e;
    }
    edition = prov.divisionsEdition;
    const path = `geo/${prov.provinceCode}.json`;
    writeJsonAtomic(join(outDir, `${prov.provinceCode}.json`), prov);
    const short = loadDivisions(join(ROOT, 'data/geo/divisions.json')).provinces.get(prov.provinceCode)?.short ?? prov.provinceName;
    provinces.push({ code: prov.provinceCode, name: prov.provinceName, short, path, regions: prov.regions.length, source: prov.source });
    for (const w of prov.warnings) console.warn(`geo: ${file} (${prov.provinceCode}): ${w}`);
  }
  provinces.sort((a, b) => a.code.localeCompare(b.code));
  const index = geoIndex.parse({ schemaVersion: SCHEMA_VERSION, divisionsEdition: edition, provinces });
  writeJsonAtomic(join(outDir, 'index.json'), index);
  return index;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'public/geo'));
  const index = prepareBoundaries(outDir);
  console.log(`geo: ${index.provinces.length} provinces → ${outDir}`);
}
