// Classifies one cleaned line by its numbering. The documents of this genre number their
// outline as 一、 (part) → (一) (section) → 1. / 1﹒ / （1） / (1) (item); narrative reports use
// 【一】 for key-work blocks, 一是/二是 for enumerations and short unnumbered headings.
import { CN_NUMERAL } from './numerals';

export type LineKind = 'part' | 'section' | 'bracket' | 'item' | 'enum' | 'heading' | 'para';

export interface ClassifiedLine {
  kind: LineKind;
  /** Numbering label as written, without punctuation ("二", "一", "12", "一是"); '' for para. */
  label: string;
  /** The line without its numbering label. */
  rest: string;
  /** Offset of `rest` within the line. */
  restOffset: number;
}

const PATTERNS: Array<[Exclude<LineKind, 'heading' | 'para'>, RegExp]> = [
  ['part', new RegExp(`^(${CN_NUMERAL})[、.]\\s*`)],
  ['section', new RegExp(`^\\((${CN_NUMERAL})\\)\\s*`)],
  ['bracket', new RegExp(`^【(${CN_NUMERAL})】\\s*`)],
  // 1. 1﹒ 1、 1．(normalised) and (1); a digit followed by a space is used by some reports ("1 以…").
  ['item', /^(\d{1,3})(?:[.﹒、．]|\s+(?=\S))\s*/],
  ['item', /^\((\d{1,3})\)\s*/],
  ['enum', new RegExp(`^(${CN_NUMERAL}是)(?=[,:\\p{Script=Han}])[,:]?`, 'u')],
];

/** Short unnumbered heading: a title line with no sentence punctuation, e.g. 2023年重点工作. */
function isHeading(line: string): boolean {
  return line.length <= 16 && !/[。,;:!?、“”《》()]/.test(line) && !/^\d+(\.\d+)?$/.test(line);
}

export function classifyLine(line: string): ClassifiedLine {
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(line);
    if (m && m[0].length < line.length) {
      // A numbered line must carry text after its label ("2016年…" must not read as item 2016).
      if (kind === 'item' && /^\d{4}/.test(line)) break;
      return { kind, label: m[1], rest: line.slice(m[0].length), restOffset: m[0].length };
    }
  }
  if (isHeading(line)) return { kind: 'heading', label: line, rest: line, restOffset: 0 };
  return { kind: 'para', label: '', rest: line, restOffset: 0 };
}
