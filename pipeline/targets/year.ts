// The year a clause speaks of. A year phrase sets the year for its clause and the clauses after it
// in the same paragraph (002 opens a paragraph with 到2025年 and lists a dozen targets over several
// sentences). Years of comparison (较2017年下降) and years inside brackets or titles
// (《…(2015-2017年)》) do not count. 十四五 → 2025, 十三五 → 2020: the plan periods' last years.
import { insideBrackets } from './non-targets';

const PLAN_PERIODS: [RegExp, number][] = [
  [/十三五/, 2020],
  [/十四五/, 2025],
  [/十五五/, 2030],
];

const YEAR = /(\d{4})(?:\s*[-—~至]\s*(\d{4}))?年/g;
const COMPARISON_BEFORE = /(?:较|比|与|自|从|相比)$/;

export interface ClauseYear {
  year: number | null;
  /** 到2025年 and plan periods frame a whole paragraph of goals; a bare 2022年 dates only its sentence. */
  scope: 'paragraph' | 'sentence';
  /** 今年: the year is the context's, known the way the context knows it (stated or inferred). */
  contextual?: true;
}

/** The year the clause sets, `ctxYear` for 今年, or undefined when the clause names no year. */
export function yearOfClause(clause: string, ctxYear: number | null): ClauseYear | undefined {
  for (const m of clause.matchAll(YEAR)) {
    const at = m.index!;
    if (insideBrackets(clause, at)) continue;
    // Only the last two characters can hold 较…相比: testing a slice keeps a long clause linear.
    const before = clause.slice(Math.max(0, at - 2), at);
    if (COMPARISON_BEFORE.test(before)) continue;
    const year = Number(m[2] ?? m[1]);
    if (year < 1949 || year > 2100) continue;
    return { year, scope: before.endsWith('到') ? 'paragraph' : 'sentence' };
  }
  // “十四五”期间: the quotation marks are the usual way to write the period, not a title.
  const unquoted = clause.replace(/[“”]/g, '');
  for (const [re, year] of PLAN_PERIODS) {
    const m = re.exec(unquoted);
    if (m && !insideBrackets(unquoted, m.index) && /期间|时期|末/.test(unquoted.slice(m.index + 3, m.index + 6))) return { year, scope: 'paragraph' };
  }
  if (/今年|本年度/.test(clause)) return { year: ctxYear, scope: 'sentence', contextual: true };
  return undefined;
}
