// Classifies one cleaned line by its numbering. The documents of this genre number their
// outline as 一、 (part) → (一) (section) → 1. / 1﹒ / 1、 / 1． (item) → (1) / 1) → ① (sub-items);
// narrative reports use 【一】 for key-work blocks, 一是/二是 for enumerations and short unnumbered
// headings. Where (1) or ① open a line with no 1. item around them they are the items themselves.
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
  /** For items: which scheme numbers them (1. / (1) / ①), so a deeper scheme can nest inside. */
  family?: ItemFamily;
  /** Decimal outline numbering as written (1.2 → [1, 2]); the label is the last component. */
  decimal?: number[];
}

/** Item numbering schemes, shallowest first. */
export type ItemFamily = 'digit' | 'paren-digit' | 'circled';
export const ITEM_FAMILIES: ItemFamily[] = ['digit', 'paren-digit', 'circled'];

import { CIRCLED } from './numerals';

const PATTERNS: Array<[Exclude<LineKind, 'heading' | 'para'>, RegExp, ItemFamily?]> = [
  ['part', new RegExp(`^(${CN_NUMERAL})[、.]\\s*`)],
  ['section', new RegExp(`^\\((${CN_NUMERAL})\\)\\s*`)],
  ['bracket', new RegExp(`^【(${CN_NUMERAL})】\\s*`)],
  // 1. 1﹒ 1、 1．(normalised); a digit followed by a space is used by some reports ("1 以…").
  // "3.5万亿元" is a figure, not item 3.
  ['item', /^(\d{1,3})(?:[.﹒、．](?!\d)|\s+(?=\S))\s*/, 'digit'],
  ['item', /^\((\d{1,3})\)\s*/, 'paren-digit'],
  ['item', /^(\d{1,3})\)\s*/, 'paren-digit'],
  ['item', new RegExp(`^([${CIRCLED}])\\s*`), 'circled'],
  ['enum', new RegExp(`^(${CN_NUMERAL}是)(?=[,:\\p{Script=Han}])[,:]?`, 'u')],
];

/** Short unnumbered heading: a title line with no sentence punctuation, e.g. 2023年重点工作. */
function isHeading(line: string): boolean {
  return line.length <= 16 && !/[。,;:!?、“”《》()]/.test(line) && !/^\d+(\.\d+)?$/.test(line);
}

/**
 * Decimal outline numbering, 1.1 / 1.1.1 followed by text (some city and county plans). A figure at
 * a line start ("3.5万亿元…", "1.5%") is not a label: a unit or % after it rules it out.
 */
const DECIMAL = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.%])\s*(?![万亿千百十个元倍公米吨亩户人家项次台辆])(?=\S)/;

export function classifyLine(line: string): ClassifiedLine {
  const dec = DECIMAL.exec(line);
  if (dec && dec[0].length < line.length) {
    const parts = dec.slice(1).filter((x) => x !== undefined).map(Number);
    const rest = line.slice(dec[0].length);
    return { kind: 'item', label: String(parts[parts.length - 1]), rest, restOffset: dec[0].length, family: parts.length === 2 ? 'digit' : 'paren-digit', decimal: parts };
  }
  for (const [kind, re, family] of PATTERNS) {
    const m = re.exec(line);
    if (m && m[0].length < line.length) {
      // A numbered line must carry text after its label ("2016年…" must not read as item 2016).
      if (kind === 'item' && /^\d{4}/.test(line)) break;
      return { kind, label: m[1], rest: line.slice(m[0].length), restOffset: m[0].length, ...(family ? { family } : {}) };
    }
  }
  if (isHeading(line)) return { kind: 'heading', label: line, rest: line, restOffset: 0 };
  return { kind: 'para', label: '', rest: line, restOffset: 0 };
}
