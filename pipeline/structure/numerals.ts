// Chinese numerals as used in document numbering (一 … 九十九), for reconciling item sequences.
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export function chineseToNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? DIGITS[s] : null;
  const tens = ten === 0 ? 1 : DIGITS[s[0]];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s[s.length - 1]];
  if (tens == null || ones == null) return null;
  return tens * 10 + ones;
}

/** Numeric value of a numbering label: "12" → 12, "十二" → 12, "一是" → 1. */
export function labelValue(label: string): number | null {
  if (/^\d+$/.test(label)) return Number(label);
  if (label.length === 1 && CIRCLED.includes(label)) return CIRCLED.indexOf(label) + 1;
  return chineseToNumber(label.replace(/是$/, ''));
}
