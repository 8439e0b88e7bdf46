// Splitting a unit list into pieces without breaking names that contain separators.
// Two things must survive a split on 、 , ; :
// - parenthesised parts of a name: 各市、县(市、区)人民政府, 中国(太原)煤炭交易中心;
// - collectives written as a run of administrative levels: 各市、县人民政府 is ONE collective
//   (all city and county governments), not 各市 + 县人民政府.

export interface Piece {
  text: string;
  /** Offset of text[0] within the string that was split. */
  start: number;
}

const OPEN = new Set(['(', '〔', '〈', '【', '《', '“']);
const CLOSE: Record<string, string> = { ')': '(', '〕': '〔', '〉': '〈', '】': '【', '》': '《', '”': '“' };

/** 各 + a run of single-character administrative levels joined by 、 (各市、县…, 各市、州、县…). */
const COLLECTIVE_RUN = /各(?:[省市州县区乡镇盟旗](?:\([^()]*\))?、)+[省市州县区乡镇盟旗](?:\([^()]*\))?/g;

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
