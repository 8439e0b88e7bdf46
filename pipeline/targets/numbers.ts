// Finds written quantities: a number (or a range) and its unit, as written.
// 3.5万亿元 → 3.5 万亿元 · 1200万亩 → 1200 万亩 · 10-11% / 10%—11% / 2-3家 → both ends kept ·
// 一个百分点 → 1 百分点 · 百分之六 → 6 % · 2:1 → 2 ":1" (a ratio, as 江苏 writes its income gap).
// Figures without a known unit are not returned: the unit list (measure-unit.ts) is the gate.
import { readUnit, unitLength } from './measure-unit';

export interface Quantity {
  value: number;
  valueMax: number | null;
  unit: string;
  /** Offsets of the figure and its unit in the searched text. */
  start: number;
  end: number;
  raw: string;
}

const NUM = '\\d+(?:\\.\\d+)?';
// A range dash: ASCII hyphen, en/em dash, tilde, 至. The first end may carry its own unit (10%—11%).
const ARABIC = new RegExp(`(${NUM})(?:(%)?\\s*[-–—~～至]\\s*(${NUM}))?`, 'g');
const RATIO = /^:1(?!\d)/;

const CN_DIGITS: Record<string, number> = {
  零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一..九十九 (enough for percentages and percentage points written in words). */
export function parseChineseNumber(s: string): number | null {
  if (!/^[零一二两三四五六七八九十]+$/.test(s)) return null;
  if (!s.includes('十')) return s.length === 1 ? CN_DIGITS[s] : null;
  const [tens, ones] = s.split('十');
  if (ones.includes('十')) return null;
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? null : t * 10 + o;
}

const CN_PERCENT = /百分之([零一二两三四五六七八九十]+)/g;
const CN_POINTS = /([零一二两三四五六七八九十]+)个?百分点/g;

// The floor word stays outside the figure so comparator.ts still reads it (至少 → >=).
const CN_FLOOR_COUNT = /((?:至少|不少于)有?)([一二两三四五六七八九十]+)(个|家|所|项|座)/g;

const BARE_MAGNITUDE = /(突破|超过|达到|迈上|跨上)(万亿元|千亿元|百亿元)/g;

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const start = m.index!;
    let end = start + m[0].length;
    const value = Number(m[1]);
    const valueMax = m[3] !== undefined ? Number(m[3]) : null;
    const after = text.slice(end);
    const unit = readUnit(after) ?? (RATIO.test(after) ? ':1' : null);
    if (unit === null) continue;
    // 10%—11%: the first end's % must agree with the unit after the second end.
    if (m[2] && unit !== '%') continue;
    end += unit === ':1' ? 2 : unitLength(after);
    found.push({ value, valueMax, unit, start, end, raw: text.slice(start, end) });
  }
  for (const m of text.matchAll(CN_PERCENT)) {
    const value = parseChineseNumber(m[1]);
    if (value === null) continue;
    found.push({ value, valueMax: null, unit: '%', start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  for (const m of text.matchAll(CN_POINTS)) {
    const value = parseChineseNumber(m[1]);
    if (value === null) continue;
    found.push({ value, valueMax: null, unit: '百分点', start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  // 至少有一个…实验室: a count in words is only read after a floor word — bare 一个/一所 is an article
  // far more often than a figure (打造一个中心), but 至少一个 is a minimum.
  for (const m of text.matchAll(CN_FLOOR_COUNT)) {
    const value = parseChineseNumber(m[2]);
    if (value === null) continue;
    const start = m.index! + m[1].length;
    found.push({ value, valueMax: null, unit: m[3], start, end: m.index! + m[0].length, raw: m[0].slice(m[1].length) });
  }
  // 突破万亿元: a magnitude written without a digit means one of it
  for (const m of text.matchAll(BARE_MAGNITUDE)) {
    const start = m.index! + m[1].length;
    found.push({ value: 1, valueMax: null, unit: m[2], start, end: start + m[2].length, raw: m[2] });
  }
  return found.sort((a, b) => a.start - b.start);
}
