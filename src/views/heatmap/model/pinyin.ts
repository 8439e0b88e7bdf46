// Pinyin order for department names.
// Why pinyin-pro and not only Intl.Collator('zh-CN-u-co-pinyin'): Node 20 and Chromium do sort by
// pinyin with that collator, but it reads polyphones out of context — 长治市 sorts as "zhang zhi",
// after 省…, while 长 in place names is chang. pinyin-pro reads words in context (长治 → chang zhi).
// The collator breaks ties (same pinyin, different characters) so the order is total and stable.
import { pinyin } from 'pinyin-pro';

const collator = new Intl.Collator('zh-CN-u-co-pinyin');
const keys = new Map<string, string>();

export function pinyinKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    // Tone numbers keep 发(fa1) before 法(fa3); non-Han characters (〔〕, Latin) pass through as written.
    k = pinyin(name, { toneType: 'num', type: 'array', v: true }).join(' ').toLowerCase();
    keys.set(name, k);
  }
  return k;
}

export function comparePinyin(a: string, b: string): number {
  const ka = pinyinKey(a);
  const kb = pinyinKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return collator.compare(a, b);
}

/**
 * Compute keys ahead of need. pinyin-pro costs ~50 ms on first use plus ~0.15 ms a name, which would
 * land on the first "by name" sort; the view calls this in an idle callback after the first render.
 */
export function warmPinyin(names: Iterable<string>): void {
  for (const n of names) pinyinKey(n);
}
