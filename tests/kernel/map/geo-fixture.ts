// Test helper: a province as the app sees it, prepared from the package the way `npm run data`
// does (public/geo is generated, not committed).
import { readFileSync } from 'node:fs';
import { packageInfo, prepareProvince } from '../../../pipeline/geo/prepare';
import { decodeProvince, type RegionCollection } from '../../../src/kernel/map/geo/decode';
import type { GeoProvince } from '../../../src/shared/schema';

const cache = new Map<string, { file: GeoProvince; regions: RegionCollection }>();

export function provinceFixture(packageFile: string): { file: GeoProvince; regions: RegionCollection } {
  let hit = cache.get(packageFile);
  if (!hit) {
    const { dir, version } = packageInfo();
    const file = prepareProvince(packageFile, JSON.parse(readFileSync(`${dir}/${packageFile}`, 'utf8')), version);
    hit = { file, regions: decodeProvince(file) };
    cache.set(packageFile, hit);
  }
  return hit;
}
