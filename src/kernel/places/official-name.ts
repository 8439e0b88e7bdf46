// A place code's official name, read from the boundary files the map pipeline writes
// (public/geo/index.json for provinces, public/geo/<province>.json for its regions). Only the
// names are validated and kept: the place page needs one name, not the polygons.
import { z } from 'zod';
import { geoProvince, geoRegion } from '../../shared/schema';
import { dataCache } from '../data/cache';
import { geoOptions, loadGeoIndex } from '../data/geo';
import { loadJson } from '../data/loader';

const regionNames = geoProvince
  .pick({ schemaVersion: true, provinceCode: true, provinceName: true })
  .extend({ regions: z.array(geoRegion.pick({ code: true, name: true })) });

export interface OfficialName {
  /** 晋城市; null when no boundary file names the code. */
  name: string | null;
  /** 山西省; null when the code's province is not in geo/index.json. */
  province: string | null;
}

export async function loadOfficialName(code: string): Promise<OfficialName> {
  // The same cached index the map reads: one fetch per page load, whichever view asks first.
  const index = await loadGeoIndex();
  const province = index.provinces.find((p) => p.code === `${code.slice(0, 2)}0000`);
  if (!province) return { name: null, province: null };
  // Municipalities (北京市 110000) are both the province and the region.
  if (province.code === code) return { name: province.name, province: province.name };
  const file = await dataCache.load(`geo:names:${province.code}`, () => loadJson(province.path, regionNames, geoOptions(dataCache)));
  return { name: file.regions.find((r) => r.code === code)?.name ?? null, province: province.name };
}
