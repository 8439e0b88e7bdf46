// Pinyin reading of department names, computed at build time and written to departments.json so the
// browser can sort by name without shipping a pinyin dictionary (~100 KB gzip).
// Why pinyin-pro and not only Intl.Collator('zh-CN-u-co-pinyin'): the collator reads polyphones out
// of context — 长治市 sorts as "zhang zhi", after 省…, while 长 in place names is chang. pinyin-pro
// reads words in context (长治 → chang zhi).
import { pinyin } from 'pinyin-pro';

/** Tone numbers keep 发(fa1) before 法(fa3); non-Han characters (〔〕, Latin) pass through as written. */
export function pinyinKey(name: string): string {
  return pinyin(name, { toneType: 'num', type: 'array', v: true }).join(' ').toLowerCase();
}
