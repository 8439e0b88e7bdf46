// Garbled runs: stretches where the source's bytes were mis-decoded before it reached us
// (三?。ㄒ韵潞?jiǎn)稱(chēng)三?。? for 三省(以下简称三省)). We find them on the RAW text so every span
// can be reported with its raw line and column and matched against reviewed corrections.
//
// Anchors are characters ordinary Chinese prose never contains: private-use code points, bopomofo,
// half-width katakana, U+FFFD, Greek/Cyrillic letters glued to Han — and a `?` glued to Han that is
// not a plausible question mark. Around anchors the span grows over "junk": rare Han characters
// (outside GB2312 level 1 once simplified), stray Latin letters, tone letters, ASCII symbols.
import { isCommonHan } from './common-han';
import { toSimplified } from './convert';
import { isPinyinAnnotation } from './pinyin';

export interface DetectedDamage {
  /** 1-based raw line. */
  line: number;
  /** 0-based column in UTF-16 code units within the raw line. */
  column: number;
  original: string;
}

const HAN = /\p{Script=Han}/u;
const STRONG = /[\ue000-\uf8ff\u3100-\u312f\u31a0-\u31bf\uff61-\uff9f\ufffd]/;
const FOREIGN_LETTER = /[\u0370-\u03ff\u0400-\u04ff]/;
const QUESTION = /[?？]/;
/** Sentence particles and question words that make a `?` a real question mark. */
const ASKING = /[吗嗎呢么麼吧乎]$|什么|什麼|怎么|怎麼|怎样|怎樣|为什么|為什麼|如何|哪|谁|誰|是否|多少|几|幾/;
/** Junk that may surround anchors: Latin and tone letters, stray ASCII symbols, small roman numerals. */
const WEAK = /[A-Za-z\u00c0-\u024f;!_^`~|\\()\u2170-\u217f]/;
const MAX_GAP = 4;
const MAX_SPAN = 48;

const rareCache = new Map<string, boolean>();
function isRareHan(ch: string): boolean {
  let rare = rareCache.get(ch);
  if (rare === undefined) {
    rare = HAN.test(ch) && !isCommonHan(toSimplified(ch));
    rareCache.set(ch, rare);
  }
  return rare;
}

function isAnchor(chars: string[], i: number): boolean {
  const ch = chars[i];
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  if (STRONG.test(ch)) return true;
  if (FOREIGN_LETTER.test(ch)) return HAN.test(prev) || HAN.test(next) || STRONG.test(next);
  if (!QUESTION.test(ch)) return false;
  const glued = HAN.test(prev) || HAN.test(next) || QUESTION.test(prev) || QUESTION.test(next);
  if (!glued) return false;
  // A real question ends a clause that asks: "……是否可行?" — keep those.
  const before = chars.slice(Math.max(0, i - 12), i).join('');
  const junkNear = [next, prev, chars[i + 2] ?? ''].some(
    (c) => QUESTION.test(c) || STRONG.test(c) || WEAK.test(c) || isRareHan(c) || c === '。',
  );
  return junkNear || !ASKING.test(before);
}

/** Code units belonging to intact pinyin annotations (`發(fā)`): legitimate, never junk. */
function annotationMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const m of text.matchAll(/\p{Script=Han}\(([a-z\u00e0-\u01dc ]{1,12})\)/gu)) {
    if (!isPinyinAnnotation(m[1])) continue;
    for (let k = m.index; k < m.index + m[0].length; k++) mask[k] = true;
  }
  return mask;
}

function isJunk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return QUESTION.test(ch) || STRONG.test(ch) || FOREIGN_LETTER.test(ch) || WEAK.test(ch) || isRareHan(ch);
}

/** Grow [start, end) over junk, stepping over one ordinary character when junk follows it. */
function grow(chars: string[], legit: boolean[], start: number, end: number): [number, number] {
  const ok = (i: number) => i >= 0 && i < chars.length && !/\s/.test(chars[i]) && !legit[i];
  const junk = (i: number) => !legit[i] && isJunk(chars[i]);
  while (end - start < MAX_SPAN) {
    if (junk(end)) end++;
    else if (ok(end) && junk(end + 1) && chars[end] !== ',' && chars[end] !== '，') end += 2;
    else break;
  }
  while (end - start < MAX_SPAN) {
    if (junk(start - 1)) start--;
    else if (ok(start - 1) && junk(start - 2) && chars[start - 1] !== ',' && chars[start - 1] !== '，') start -= 2;
    else break;
  }
  return [start, end];
}

export function detectDamageInLine(text: string, line: number): DetectedDamage[] {
  // Code units, so columns match JS string offsets; the sources are all in the BMP.
  const chars = text.split('');
  const legit = annotationMask(text);
  const anchors: number[] = [];
  for (let i = 0; i < chars.length; i++) if (isAnchor(chars, i)) anchors.push(i);
  const spans: [number, number][] = [];
  for (const a of anchors) {
    const last = spans[spans.length - 1];
    if (last && a - last[1] < MAX_GAP) last[1] = a + 1;
    else if (last && a < last[1]) continue;
    else spans.push([a, a + 1]);
  }
  const grown: [number, number][] = [];
  for (const [s, e] of spans) {
    const [gs, ge] = grow(chars, legit, s, e);
    const last = grown[grown.length - 1];
    if (last && gs <= last[1]) last[1] = Math.max(last[1], ge);
    else grown.push([gs, ge]);
  }
  return grown.map(([s, e]) => ({
    line,
    column: s,
    original: text.slice(s, e),
  }));
}

export function detectDamage(rawLines: string[]): DetectedDamage[] {
  return rawLines.flatMap((text, i) => detectDamageInLine(text, i + 1));
}
