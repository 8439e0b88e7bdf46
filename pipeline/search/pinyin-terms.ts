// Pinyin and initials of department and place names, computed at build time so the browser matches
// fagaiwei, fgw or wuhan without a pinyin dictionary (pinyin-pro reads words in context: 长治 → chang zhi).
//
// A name yields, from each syllable on, the rest of the reading run together in full and as
// initials: 省发改委 → shengfagaiwei, fagaiwei, gaiwei, wei and sfgw, fgw, gw, w. The browser
// matches a typed word as a prefix of these terms, so fagai, fgw and gaiwei all find it, and the
// 省/市 that official names start with need not be typed.
import { pinyin } from 'pinyin-pro';

/** Longer names (long 领导小组 titles) are matched from their first syllables only. */
const MAX_STARTS = 12;

export function pinyinTerms(name: string): string[] {
  const full = pinyin(name, { toneType: 'none', type: 'array', v: true }).map(clean).filter(Boolean);
  const initials = full.map((s) => s[0]);
  const terms = new Set<string>();
  for (let i = 0; i < Math.min(full.length, MAX_STARTS); i++) {
    terms.add(full.slice(i).join(''));
    // A single initial (w, s) matches half the registry by prefix: start initials at two letters.
    if (full.length - i >= 2) terms.add(initials.slice(i).join(''));
  }
  return [...terms];
}

/** Syllables only: punctuation and brackets that pinyin-pro passes through are dropped. */
function clean(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
