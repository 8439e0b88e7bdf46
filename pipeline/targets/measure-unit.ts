// Units a quantified target is written in. A figure whose unit is not listed here (3轮, 500强,
// 1000千伏, 5分钟, 46条 in quotes…) is not treated as a measure: the list is the gate, so adding a
// unit is a reviewed decision. Magnitude prefixes (万, 亿, 万亿, 千, 百) stay part of the unit as written.

/** Base units, longest first so 平方公里 wins over 公里 and 人次 over 人. */
const BASES = [
  '公里/万平方公里', '公里/百平方公里', '个百分点', '千瓦时', '平方公里', '平方米', '标准箱', '百分点',
  '千瓦', '公里', '人次', '吨', '斤', '亩', '米', '元', '人', '户', '个', '家', '所', '项', '座',
  '条', '台', '套', '件', '辆', '岁', '年', '倍', '%',
];

/** Counted things (a number of institutions, projects, bases …), without a 万/亿 magnitude. */
const COUNT_BASES = new Set(['个', '家', '所', '项', '座', '条', '台', '套', '件', '辆', '户']);

const PREFIX = '(?:万亿|亿|万|千|百)?';
/** Matches a unit at the start of a string (used right after a number). */
export const UNIT_AT_START = new RegExp(`^(?:${PREFIX}(?:${BASES.map(escape).join('|')}))`);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** 2个百分点: 个 is only the measure word, so the unit reads 百分点 like 一个百分点. */
export function readUnit(after: string): string | null {
  const m = UNIT_AT_START.exec(after);
  if (!m) return null;
  return m[0] === '个百分点' ? '百分点' : m[0];
}

/** How many characters of text the unit occupies (may differ from the unit as normalised). */
export function unitLength(after: string): number {
  return UNIT_AT_START.exec(after)?.[0].length ?? 0;
}

/** count kind: 个/家/所/项/座 … without a magnitude prefix (1855个 is a count; 3万台 is a level). */
export function isCountUnit(unit: string): boolean {
  return COUNT_BASES.has(unit);
}

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '百分点';
}
