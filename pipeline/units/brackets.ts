// Matching the ")" that closes a unit list. Names inside a list may carry their own parentheses
// (中国(太原)煤炭交易中心 once 〔〕 is normalised, 各市、县(市、区)人民政府), so depth is counted.

/**
 * Index of the ")" closing the "(" at `open`, or -1 when the text ends first. When `reopen` is given
 * (a labelled list), meeting another labelled opening before the close also counts as never closing:
 * the first list swallowed the next one.
 */
export function matchingParen(text: string, open: number, reopen: RegExp | null): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 1 && reopen && reopen.test(text.slice(i, i + 12))) return -1;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
