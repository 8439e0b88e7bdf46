// Province names in every spelling the pipeline accepts: full (山西省), short (山西), traditional
// (江蘇), and the 简称 that starts document numbers (晋政办发). Names from data/geo/divisions.json,
// abbreviations and traditional spellings from data/dict/place-provinces.json.
import { loadPlaceDictionaries } from './dictionaries';
import { loadDivisions } from './divisions';

export interface Province {
  /** Short name as the documents' metadata writes it: 山西, 江苏, 内蒙古. */
  province: string;
  provinceCode: string;
}

export interface ProvinceNames {
  /** Every written form (simplified and traditional, full and short) → province. */
  byName: Map<string, Province>;
  /** Document-number abbreviation (晋, 鄂, 苏, 蘇) → province. */
  byAbbr: Map<string, Province>;
  /** Full names (山西省, 江蘇省, 上海市) → province, for issuer lines. */
  fullNames: Map<string, Province>;
}

let cached: ProvinceNames | null = null;

export function provinceNames(): ProvinceNames {
  if (cached) return cached;
  const byName = new Map<string, Province>();
  const byAbbr = new Map<string, Province>();
  const fullNames = new Map<string, Province>();
  const extra = new Map(loadPlaceDictionaries().provinces.entries.map((e) => [e.code, e]));
  for (const p of loadDivisions().provinces) {
    const province: Province = { province: p.short, provinceCode: p.code };
    const suffix = p.name.slice(p.short.length); // 省, 市, 自治区, 壮族自治区 …
    const e = extra.get(p.code);
    for (const short of [p.short, ...(e?.variants ?? [])]) {
      byName.set(short, province);
      byName.set(short + suffix, province);
      fullNames.set(short + suffix, province);
    }
    byName.set(p.name, province);
    fullNames.set(p.name, province);
    for (const a of e?.abbr ?? []) byAbbr.set(a, province);
  }
  cached = { byName, byAbbr, fullNames };
  return cached;
}

/** 山西 / 山西省 / 江蘇 / 湖北省 → the province; null when the name is not a province. */
export function provinceByName(name: string): Province | null {
  return provinceNames().byName.get(name.trim()) ?? null;
}
