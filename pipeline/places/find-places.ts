// Prefecture-level places a piece of cleaned text mentions (issue 2f). The text is simplified
// Chinese in the cleaned-text contract; the document's province decides between names that exist
// in several provinces (通州: 南通 in a Jiangsu document), but never moves another province's
// places into it (杭州 stays 330100 in a Jiangsu document).
import { scanPlaces, type PlaceMention } from './scan';

export type { PlaceMention } from './scan';

export interface FoundPlaces {
  /** Distinct prefecture-level codes (6 digits) in order of first mention. */
  codes: string[];
  mentions: PlaceMention[];
  warnings: string[];
}

export function findPlaces(text: string, opts: { provinceCode: string }): FoundPlaces {
  if (!/^\d{6}$/.test(opts.provinceCode)) throw new Error(`findPlaces: invalid provinceCode: ${opts.provinceCode}`);
  const { mentions, warnings } = scanPlaces(text, opts.provinceCode);
  const codes = [...new Set(mentions.map((m) => m.code))];
  return { codes, mentions, warnings };
}
