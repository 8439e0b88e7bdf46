// Loads public/geo files on demand, validates them with the shared schema and decodes once per
// province (switching back to a province is free).
import { geoIndex, geoProvince, type GeoIndex, type GeoProvince } from '../../../shared/schema';
import { decodeProvince, type RegionCollection } from './decode';

export interface LoadedProvince {
  meta: Omit<GeoProvince, 'regions'>;
  regions: RegionCollection;
}

const provinces = new Map<string, Promise<LoadedProvince>>();
let index: Promise<GeoIndex> | null = null;

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
}

function parseOrThrow<T>(path: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
}

export function loadGeoIndex(): Promise<GeoIndex> {
  index ??= fetchJson('geo/index.json').then((v) => parseOrThrow('geo/index.json', geoIndex, v));
  index.catch(() => (index = null));
  return index;
}

export function loadProvince(code: string): Promise<LoadedProvince> {
  let p = provinces.get(code);
  if (!p) {
    const path = `geo/${code}.json`;
    p = fetchJson(path).then((v) => {
      const file = parseOrThrow(path, geoProvince, v);
      const { regions, ...meta } = file;
      void regions;
      return { meta, regions: decodeProvince(file) };
    });
    p.catch(() => provinces.delete(code));
    provinces.set(code, p);
  }
  return p;
}
