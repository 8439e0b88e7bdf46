// Splits cleaned text into clauses (between commas) grouped into sentences and paragraphs, keeping
// offsets. Targets are cited at clause level: 002 packs a dozen 2025 targets into one paragraph and a
// reader should land on the one clause, while the year and stage are read at sentence/paragraph level.

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Index of the sentence (。!?; or a ● bullet or a line break ends one). */
  sentence: number;
  /** Index of the paragraph (line). */
  paragraph: number;
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '\n', '●'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([','].map((c) => c.charCodeAt(0)));
const NEWLINE = 0x0a;

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    // trim whitespace but keep offsets exact
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) clauses.push({ start: s, end: e, text: text.slice(s, e), sentence, paragraph });
  };
  // Character codes: text[i] would make a new string per CJK character (a 10 MB text spent seconds in GC).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_END.has(c)) {
      push(i);
      start = i + 1;
    } else if (SENTENCE_END.has(c)) {
      push(i);
      start = i + 1;
      sentence++;
      if (c === NEWLINE) paragraph++;
    }
  }
  push(text.length);
  return clauses;
}
