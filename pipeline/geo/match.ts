// Keys the package's features to the divisions edition. The package (2020 data) mostly carries
// 6-digit ids already; where it does not (上海 崇明区, a second 西藏 山南市 part) the name decides.
// Names shown on the map are the edition's, so a renamed unit reads as the pipeline's places do.
import type { DivisionTable } from './divisions';
import { findByName } from './divisions';
import type { Polygon } from './normalise';

export interface PackageFeature {
  id: string | null;
  name: string;
  polygons: Polygon[];
}

export interface MatchedRegion {
  code: string | null;
  name: string;
  polygons: Polygon[];
}

/** The province is not in the divisions edition (the package also maps 香港, 澳门 and 台湾). */
export class UnkeyedProvinceError extends Error {}

const SIX = /^\d{6}$/;

function provinceOf(file: string, features: PackageFeature[], table: DivisionTable): string {
  const votes = new Map<string, number>();
  for (const f of features) {
    const code = f.id && SIX.test(f.id) ? f.id : null;
    if (code) votes.set(`${code.slice(0, 2)}0000`, (votes.get(`${code.slice(0, 2)}0000`) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new UnkeyedProvinceError(`${file}: no feature carries a division code`);
  if (!table.provinces.has(best[0])) throw new UnkeyedProvinceError(`${file}: province ${best[0]} is not in the divisions edition`);
  return best[0];
}

export function matchRegions(file: string, features: PackageFeature[], table: DivisionTable) {
  const provinceCode = provinceOf(file, features, table);
  const warnings: string[] = [];
  const byKey = new Map<string, MatchedRegion>();
  for (const f of features) {
    if (f.polygons.length === 0) {
      warnings.push(`${f.name}: no drawable polygon left after repairs; dropped`);
      continue;
    }
    let code: string | null = null;
    let name = f.name;
    const known = f.id && SIX.test(f.id) ? table.byCode.get(f.id) : undefined;
    if (known && known.provinceCode === provinceCode) {
      code = known.code;
      if (known.name !== f.name) warnings.push(`${f.id}: package name ${f.name}, edition name ${known.name} (edition name used)`);
      name = known.name;
    } else {
      const byName = findByName(table, provinceCode, f.name);
      if (byName.length === 1) {
        code = byName[0].code;
        warnings.push(`${f.name}: package id ${f.id ?? 'missing'}, matched by name to ${code}`);
      } else if (f.id && SIX.test(f.id)) {
        code = f.id;
        warnings.push(`${f.id} ${f.name}: not in the divisions edition (abolished or renamed); kept with the package id`);
      } else {
        warnings.push(`${f.name}: no division code in package or edition; drawn without data`);
      }
    }
    const key = code ?? `name:${name}`;
    const prev = byKey.get(key);
    if (prev) {
      // 西藏 ships 山南市 as two features; one region with both parts.
      prev.polygons.push(...f.polygons);
      warnings.push(`${name}: ${f.name} appears twice in the package; parts merged`);
    } else byKey.set(key, { code, name, polygons: [...f.polygons] });
  }
  return { provinceCode, regions: [...byKey.values()], warnings };
}
