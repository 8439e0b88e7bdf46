// Years a document fixes without writing them next to its figures. A provincial work report that
// opens a government's term ("2023年…是新一届省政府依法履职的起步之年", 004) sets the period of its
// 今后五年 goals: a local government's term is that of the people's congress that elects it, five
// years (宪法: 地方各级人民代表大会每届任期五年), so the term is 2023–2027 and its goals are for 2027.
// Its review (过去五年, 五年来, 一年来) ends the year before the term starts — which the report
// usually says outright ("特别是刚刚过去的2022年"); that sentence is preferred as the citation.
// Years found here are `inferred`, never `stated`, and always carry the sentence that implies them.

/** A span of the cleaned text: the sentence a year is inferred from. */
export interface YearSource {
  year: number;
  start: number;
  end: number;
  quote: string;
}

export interface TermFrame {
  /** The last year of the term that 今后五年/未来五年 goals are set for. */
  termEnd: YearSource | null;
  /** The year a review section (过去五年, 一年来) ends with. */
  reviewEnd: YearSource | null;
}

/** A provincial (or municipal) government's term: five years. */
export const TERM_YEARS = 5;

const TERM_START = /(20\d{2})年[^。!?;\n]*?新一届(?:省|市|自治区|区)?(?:人民)?政府[^。!?;\n]*?(?:起步之年|开局之年|第一年)/;
const JUST_PAST = /刚刚过去的(20\d{2})年/;

const STOPS = '。!?;\n';

function sentenceAround(text: string, at: number): { start: number; end: number; quote: string } {
  let start = at;
  while (start > 0 && !STOPS.includes(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !STOPS.includes(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++; // keep the 。 that ends it
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end, quote: text.slice(start, end) };
}

/** The first match (the patterns never cross a sentence end) and the sentence it sits in. */
function find(text: string, re: RegExp): YearSource | null {
  const m = re.exec(text);
  return m ? { year: Number(m[1]), ...sentenceAround(text, m.index) } : null;
}

export function termFrame(text: string): TermFrame {
  const start = find(text, TERM_START);
  const past = find(text, JUST_PAST);
  const termEnd = start ? { ...start, year: start.year + TERM_YEARS - 1 } : null;
  // The review ends the year just past; failing a sentence saying so, the year before the term starts.
  const reviewEnd = past && (!start || past.year === start.year - 1) ? past : start ? { ...start, year: start.year - 1 } : null;
  return { termEnd, reviewEnd };
}
