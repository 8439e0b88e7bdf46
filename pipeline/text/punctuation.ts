// One punctuation style for every later stage (see the cleaned-text contract): the full-width forms
// of ASCII characters — （）：，；！？, ０-９, Ａ-Ｚ, ％ … — become ASCII, so a parser can match
// `(责任单位:` whatever the source typed. Chinese-only marks with no ASCII twin (、。“”《》〔〕〈〉【】—●﹒)
// are kept: they carry meaning (、 separates units inside a group, 〔〕 marks document years).

const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xff01 - 0x21;

export function normalisePunctuation(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = ch.charCodeAt(0);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
    // Ideographic and no-break spaces: layout, not content; trimming and matching expect ' '.
    else if (ch === '\u3000' || ch === '\u00a0') out += ' ';
    else out += ch;
  }
  return out;
}
