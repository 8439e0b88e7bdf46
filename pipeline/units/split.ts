// Splitting a unit list into pieces without breaking names that contain separators.
// Two things must survive a split on 、 , ; :
// - parenthesised parts of a name: 各市、县(市、区)人民政府, 中国(太原)煤炭交易中心;
// - collectives written as a run of administrative levels: 各市、县人民政府 is not 各市 + 县人民政府;
//   it stays one piece here and is expanded to 各市人民政府, 各县人民政府 (expandCollectiveRun).

export interface Piece {
  text: string;
  /** Offset of text[0] within the string that was split. */
  start: number;
}

const OPEN = new Set(['(', '〔', '〈', '【', '《', '“']);
const CLOSE: Record<string, string> = { ')': '(', '〕': '〔', '〉': '〈', '】': '【', '》': '《', '”': '“' };

/** Administrative levels a collective names: 市, 县, 乡, 镇…, 自治区, 直辖市, 街道. */
const LEVEL = '(?:自治区|直辖市|自治州|自治县|计划单列市|地区|街道|[省市州县区乡镇盟旗])';
const LEVEL_RUN = `(?:${LEVEL}(?:\\([^()]*\\))?、)+${LEVEL}(?:\\([^()]*\\))?`;
/** 各 + a run of administrative levels joined by 、 (各市、县…, 各市、州、县…, 各省、自治区、直辖市…). */
const COLLECTIVE_RUN = new RegExp(`各${LEVEL_RUN}`, 'g');
/** A whole piece that is such a run with the suffix written once: 各乡、镇人民政府. */
const COLLECTIVE_PIECE = new RegExp(`^(各)(${LEVEL_RUN})(.*)$`);
const ONE_LEVEL = new RegExp(`${LEVEL}(?:\\([^()]*\\))?`, 'g');

/**
 * The units a collective run stands for, its prefix and suffix written once: 各乡、镇人民政府 →
 * 各乡人民政府, 各镇人民政府; 各市、县(市、区)人民政府 → 各市人民政府, 各县(市、区)人民政府 (the
 * annotation convention: shared prefixes and suffixes are expanded; a parenthesis stays with its
 * level). Null for any other piece.
 */
export function expandCollectiveRun(piece: string): string[] | null {
  const m = COLLECTIVE_PIECE.exec(piece);
  if (!m) return null;
  const [, prefix, run, suffix] = m;
  const levels = [...run.matchAll(ONE_LEVEL)].map((l) => l[0]);
  if (levels.join('、') !== run) return null;
  return levels.map((l) => prefix + l + suffix);
}

/** Ranges [start, end) where 、 must not split. */
export function collectiveRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(COLLECTIVE_RUN)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Split at top-level (outside brackets and protected ranges) occurrences of any separator. */
export function splitTopLevel(text: string, separators: string, protect: Array<[number, number]> = []): Piece[] {
  const pieces: Piece[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) stack.push(ch);
    else if (CLOSE[ch] !== undefined && stack[stack.length - 1] === CLOSE[ch]) stack.pop();
    else if (stack.length === 0 && separators.includes(ch) && !protect.some(([a, b]) => i >= a && i < b)) {
      pieces.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/** Trim whitespace, moving start accordingly. */
export function trimPiece(p: Piece): Piece {
  const lead = p.text.length - p.text.trimStart().length;
  return { text: p.text.trim(), start: p.start + lead };
}
