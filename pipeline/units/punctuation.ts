// Length-preserving punctuation normalisation for unit lists.
// The clean stage already turns full-width （）：，； into ASCII, but analysts run the parser on
// uncleaned text too, so the unit parser normalises again internally. Every replacement is one
// UTF-16 unit for one, so offsets found in the normalised text are offsets in the original.

const FULL_TO_ASCII: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
  '！': '!',
  '？': '?',
  '　': ' ',
};

/** Full-width punctuation, digits and Latin letters → ASCII; everything else untouched; same length. */
export function toAsciiPunctuation(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = FULL_TO_ASCII[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    // U+FF10..U+FF5A: full-width 0-9, A-Z, a-z (and the few symbols between them).
    if (ch.length === 1 && code >= 0xff10 && code <= 0xff5a) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}
