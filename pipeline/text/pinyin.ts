// Inline pinyin annotations: 003 and 004 carry a reading after many characters, `發(fā)展`,
// sometimes with a stray space, `創(chuàng )`. Real Latin content in parentheses must survive:
// (PPP), (G42), (5G), (IPv6), (PM2.5), (O3), (GB/T23331-2012).
//
// The rule: a parenthesis right after a Han character is an annotation when everything inside is
// one or more valid pinyin syllables and at least one carries a tone mark. Tone marks are what
// make this safe — no acronym, road number or chemical formula is written with ā/é/ǐ/ò — and the
// syllable check keeps accented foreign words (café, née) out.

/** Finals as spelled after an initial (ü may be written u after j/q/x/y, or v). */
const FINALS = [
  'a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er',
  'i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong',
  'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'ueng', 'ue',
  'ü', 'üe', 'üan', 'ün', 'v', 've',
];
const SYLLABLE = new RegExp(`^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(${FINALS.join('|')})$`);

/** Combining marks of the four tones: macron, acute, caron, grave (NFD). ü's diaeresis is kept. */
const TONE_MARKS = /[\u0304\u0301\u030c\u0300]/;

interface Syllable { plain: string; toned: boolean }

function splitTone(word: string): Syllable {
  const nfd = word.normalize('NFD');
  const plain = nfd.replace(new RegExp(TONE_MARKS.source, 'g'), '').normalize('NFC');
  return { plain, toned: TONE_MARKS.test(nfd) };
}

/** True when `inner` (the text between the parentheses) is a pinyin reading, not content. */
export function isPinyinAnnotation(inner: string): boolean {
  const words = inner.trim().toLowerCase().split(/\s+/);
  if (words.length === 0 || words[0] === '') return false;
  let toned = false;
  for (const w of words) {
    const s = splitTone(w);
    if (!SYLLABLE.test(s.plain)) return false;
    toned ||= s.toned;
  }
  return toned;
}

// A Han character, then a parenthesis holding Latin letters (with tone marks) and spaces only.
// eslint-disable-next-line no-misleading-character-class -- the tone marks are wanted one by one: a decomposed ǎ is a + U+030C.
const CANDIDATE = /(\p{Script=Han})\(([a-zA-Z\u00c0-\u024f\u0300-\u036f ]{1,20})\)/gu;

export function removePinyin(line: string): string {
  return line.replace(CANDIDATE, (whole, han: string, inner: string) =>
    isPinyinAnnotation(inner) ? han : whole,
  );
}
