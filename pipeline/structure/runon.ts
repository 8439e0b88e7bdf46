// Some documents arrive as one long line (a web page copied flat). Their numbering is still there
// after sentence ends: "…建设。(责任单位:省水利厅)2.着力完善…". Split such lines before the outline
// is read. Only applied to documents with very few lines: in ordinary documents an item may itself
// enumerate "1.…;2.…" and must not be torn apart.
import type { SourceLine } from './outline';

const BOUNDARY = /(?<=[。;)】])\s*(?=[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|【[一二三四五六七八九十]{1,3}】|\d{1,3}[.﹒、](?!\d)|\(\d{1,3}\)(?!\d))/g;

export const RUN_ON_MAX_LINES = 8;

export function splitRunOnLines(lines: SourceLine[]): SourceLine[] {
  if (lines.length > RUN_ON_MAX_LINES) return lines;
  return lines.flatMap((line) => {
    const cuts = [0, ...[...line.text.matchAll(BOUNDARY)].map((m) => m.index + m[0].length), line.text.length];
    const out: SourceLine[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const text = line.text.slice(cuts[i], cuts[i + 1]).trim();
      if (!text) continue;
      const start = line.start + line.text.indexOf(text, cuts[i]);
      out.push({ start, end: start + text.length, text });
    }
    return out;
  });
}
