// Characters a reader cannot see but a renderer obeys: bidi overrides and isolates (省\u202e厅政财
// renders as 省财政厅 yet is another string, so it became another department), zero-width and other
// invisible characters (split a name without showing it), and C0/C1 control characters (ESC and BEL
// echoed by a build warning clear the terminal or set its title). The clean stage removes them from
// the raw text before anything else reads it and records each removal; anything printed escapes them.
// Tab and line feed are text; CR never gets here (decode normalises line ends).

export type HiddenKind = 'bidi' | 'zero-width' | 'control';

/** A run of one removed character, where it stood in the raw file (1-based line, UTF-16 column). */
export interface RemovedRun {
  line: number;
  column: number;
  codePoint: string;
  kind: HiddenKind;
  count: number;
}

export interface RemovedCharacters {
  total: number;
  bidi: number;
  zeroWidth: number;
  control: number;
  /** The first MAX_RUNS runs, in file order; runsOmitted says how many more there were. */
  runs: RemovedRun[];
  runsOmitted: number;
}

const MAX_RUNS = 500;

const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const ZERO_WIDTH = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff\\u{e0000}-\\u{e007f}';
const CONTROL = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';
const HIDDEN_CLASS = `[${BIDI}${ZERO_WIDTH}${CONTROL}]`;
const HIDDEN = new RegExp(HIDDEN_CLASS, 'u');
const HIDDEN_ALL = new RegExp(HIDDEN_CLASS, 'gu');

export function hiddenKind(cp: number): HiddenKind | null {
  if (cp === 0x61c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) return 'bidi';
  if (cp === 0xad || cp === 0x180e || (cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff ||
    (cp >= 0xe0000 && cp <= 0xe007f)) return 'zero-width';
  if ((cp <= 0x1f && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  return null;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text without hidden characters, and what was removed where. Line breaks are never removed. */
export function stripHidden(raw: string): { text: string; removed: RemovedCharacters } {
  const removed: RemovedCharacters = { total: 0, bidi: 0, zeroWidth: 0, control: 0, runs: [], runsOmitted: 0 };
  if (!HIDDEN.test(raw)) return { text: raw, removed };
  const kept: string[] = [];
  let from = 0;
  let line = 1;
  let lineStart = 0;
  let last: RemovedRun | null = null;
  let lastEnd = -1;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x0a) {
      line += 1;
      lineStart = i + 1;
    } else {
      const kind = hiddenKind(cp);
      if (kind) {
        if (from < i) kept.push(raw.slice(from, i));
        from = i + width;
        removed.total += 1;
        if (kind === 'bidi') removed.bidi += 1;
        else if (kind === 'zero-width') removed.zeroWidth += 1;
        else removed.control += 1;
        const codePoint = hex(cp);
        if (last && lastEnd === i && last.codePoint === codePoint) last.count += 1;
        else if (removed.runs.length < MAX_RUNS) {
          last = { line, column: i - lineStart, codePoint, kind, count: 1 };
          removed.runs.push(last);
        } else {
          last = null;
          removed.runsOmitted += 1;
        }
        lastEnd = i + width;
      }
    }
    i += width;
  }
  if (from < raw.length) kept.push(raw.slice(from));
  return { text: kept.join(''), removed };
}

/** One line saying what was removed, for the document's warnings. */
export function describeRemoved(r: RemovedCharacters): string {
  const parts = [
    r.bidi ? `${r.bidi} bidi control${r.bidi > 1 ? 's' : ''}` : '',
    r.zeroWidth ? `${r.zeroWidth} zero-width or invisible` : '',
    r.control ? `${r.control} control character${r.control > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  const first = r.runs[0];
  return `removed ${parts.join(', ')} (first: ${first.codePoint} at line ${first.line}, column ${first.column + 1})`;
}

/** Text safe to print on a terminal or in a log: every hidden character written as \u{…}. */
export function escapeHidden(s: string): string {
  return s.replace(HIDDEN_ALL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
