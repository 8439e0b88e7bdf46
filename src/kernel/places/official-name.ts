// A place code's official name, read from the boundary files the map pipeline writes
// (public/geo/index.json for provinces, public/geo/<province>.json for its regions). Only the
// names are validated and kept: the place page needs one name, not the polygons.
import { z } from 'zod';
import { geoIndex, geoProvince, geoRegion, type GeoIndex } from '../../shared/schema';
import { dataCache } from '../data/cache';
import { loadJson } from '../data/loader';
import { loaderOptions } from '../data/resources';

const regionNames = geoProvince
  .pick({ schemaVersion: true, provinceCode: true, provinceName: true })
  .extend({ regions: z.array(geoRegion.pick({ code: true, name: true })) });

export interface OfficialName {
  /** 晋城市; null when no boundary file names the code. */
  name: string | null;
  /** 山西省; null when the code's province is not in geo/index.json. */
  province: string | null;
}

// geo/ sits beside index.html, not in the data folder.
const opts = () => ({ ...loaderOptions, base: (import.meta.env?.BASE_URL ?? '/') as string, fresh: dataCache.retries > 0 });

function loadIndex(): Promise<GeoIndex> {
  return dataCache.load('geo:index', () => loadJson('geo/index.json', geoIndex, opts()));
}

export async function loadOfficialName(code: string): Promise<OfficialName> {
  const index = await loadIndex();
  const province = index.provinces.find((p) => p.code === `${code.slice(0, 2)}0000`);
  if (!province) return { name: null, province: null };
  // Municipalities (北京市 110000) are both the province and the region.
  if (province.code === code) return { name: province.name, province: province.name };
  const file = await dataCache.load(`geo:names:${province.code}`, () => loadJson(province.path, regionNames, opts()));
  return { name: file.regions.find((r) => r.code === code)?.name ?? null, province: province.name };
}
