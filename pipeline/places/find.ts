// Prefecture-level places a piece of cleaned text mentions (issue 2f), and the code of a city named
// by a unit (武汉市人民政府 → 420100). The text is simplified Chinese in the cleaned-text contract.
// The document's province decides between names that exist in several provinces (通州: 南通 in a
// Jiangsu document) but never pulls another province's places into it (杭州 stays 330100).
import { chooseSense } from './choose-sense';
import { nameIndex } from './name-index';
import { scanPlaces, type PlaceMention } from './scan';

export type { PlaceMention } from './scan';

export interface FoundPlaces {
  /** Distinct prefecture-level codes (6 digits) in order of first mention. */
  codes: string[];
  mentions: PlaceMention[];
  warnings: string[];
}

const checkProvince = (code: string, fn: string) => {
  if (!/^\d{6}$/.test(code)) throw new Error(`${fn}: invalid provinceCode: ${code}`);
};

/** The national register (100000) and the register of documents whose province is unknown (000000). */
const NO_PROVINCE = /^(?:10|00)0000$/;
/** Without a province to prefer, only a name written with its level and at least 3 characters is a place. */
const WRITTEN_WITH_LEVEL = /^[\u4e00-\u9fff]{2,}(?:省|自治区|市|州|盟|地区|县|区|旗)$/;

export function findPlaces(text: string, opts: { provinceCode: string }): FoundPlaces {
  checkProvince(opts.provinceCode, 'findPlaces');
  const scanned = scanPlaces(text, NO_PROVINCE.test(opts.provinceCode) ? null : opts.provinceCode);
  // A State Council document ranges over the whole country: two-character county names inside words
  // (示范县 → 范县, 一视同仁 → 同仁) would be found everywhere. Keep only names written out in full.
  const mentions = NO_PROVINCE.test(opts.provinceCode) ? scanned.mentions.filter((m) => WRITTEN_WITH_LEVEL.test(m.name)) : scanned.mentions;
  const { warnings } = scanned;
  const codes = [...new Set(mentions.map((m) => m.code))];
  return { codes, mentions, warnings };
}

// Suffixes that turn a city's name into its government or Party organ; the unit IS the city.
const ORGAN = /(人民政府|政府|市委|州委|党委|人大常委会|政协)$/;

/**
 * The prefecture-level code of a city written as a name or a unit: 晋城市 / 晋城 / 潜江市人民政府 /
 * 恩施州人民政府. Only prefecture-level readings count (a county's government is not a city's);
 * null when unknown or ambiguous.
 */
export function resolvePrefectureName(name: string, provinceCode: string): string | null {
  checkProvince(provinceCode, 'resolvePrefectureName');
  const bare = name.trim().replace(ORGAN, '');
  // 市委/州委 strip the 市/州 with them; put it back so 武汉市委 looks up 武汉市.
  const candidates = [bare, `${bare}市`, `${bare}州`];
  const index = nameIndex();
  for (const surface of candidates) {
    const entry = index.bySurface.get(surface);
    if (!entry || entry.stop) continue;
    const senses = entry.senses.filter(
      (s) => s.kind === 'prefecture' || s.kind === 'prefectureShort' || (s.kind === 'alias' && s.level === 'prefecture') ||
        (s.kind === 'province' && index.prefectureNames.has(s.code)),
    );
    if (senses.length === 0) continue;
    const choice = chooseSense(senses, provinceCode, null);
    return choice.kind === 'place' ? choice.sense.code : null;
  }
  return null;
}
