// Does a county-level short name stand as a name here, or is it two syllables inside a word?
// (提高平均 hides 高平, 振兴县域 hides 兴县, 健康保障 hides 康保.) The rules and their reasons live in
// data/dict/place-context.json.
import { loadPlaceDictionaries } from './dictionaries';

export interface BoundaryContext {
  text: string;
  start: number;
  end: number;
  /** End offset of the place or province name just before, if any. */
  previousEnd: number | null;
  /** True when another known name starts right at `end` (上海青浦、… / 嘉定—昆山). */
  nameFollows: boolean;
}

const ASCII_ALNUM = /[A-Za-z0-9]/;

interface Rules {
  boundary: Set<string>;
  left: string[];
  right: string[];
  feature: Set<string>;
}
let rules: Rules | null = null;

function load(): Rules {
  if (rules) return rules;
  const c = loadPlaceDictionaries().context;
  rules = {
    boundary: new Set(c.boundary.chars),
    left: c.leftConnectors.map((w) => w.text),
    right: [...c.rightConnectors, ...c.facilitySuffixes].map((w) => w.text),
    feature: new Set(c.featureChars.chars),
  };
  return rules;
}

const isBreak = (r: Rules, ch: string | undefined) => ch === undefined || r.boundary.has(ch) || ASCII_ALNUM.test(ch);

/** A natural-feature character right after the name: 洪泽湖, 崖州湾 — the feature, not the county. */
export function featureFollows(text: string, end: number): boolean {
  return load().feature.has(text[end] ?? '');
}

export function standsAsName(c: BoundaryContext): boolean {
  const r = load();
  if (featureFollows(c.text, c.end)) return false;
  const leftOk =
    isBreak(r, c.text[c.start - 1]) || c.previousEnd === c.start || r.left.some((w) => c.text.endsWith(w, c.start));
  const rightOk = isBreak(r, c.text[c.end]) || c.nameFollows || r.right.some((w) => c.text.startsWith(w, c.end));
  return leftOk || rightOk;
}

/** Both sides are breaks: the word stands alone like a name (used to decide whether to warn). */
export function standsAlone(text: string, start: number, end: number): boolean {
  const r = load();
  return isBreak(r, text[start - 1]) && isBreak(r, text[end]);
}
