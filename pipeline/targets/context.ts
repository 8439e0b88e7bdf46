// The default stage and year of a section, read from its heading. Sentence cues may still
// override them (stage.ts, year.ts). Returns null when the heading says nothing about either,
// so the caller keeps the context it had.
import type { TermFrame } from './term';
import type { TargetContext } from './types';

const REVIEW = /工作回顾|过去五年|五年来|过去一年|一年来/;
const ANNUAL = /(\d{4})年(?:重点工作|行动计划|工作要点|工作安排|主要任务)/;
const PLAN = /今后五年|未来五年|总体目标|发展目标|主要指标|主要目标/;
const TERM = /今后五年|未来五年/;

const NO_FRAME: TermFrame = { termEnd: null, reviewEnd: null };

export function contextForHeading(heading: string, planEndYear: number | null, frame: TermFrame = NO_FRAME): TargetContext | null {
  if (REVIEW.test(heading)) {
    // A review's figures are as of the year it ends, when the document fixes that year (term.ts).
    const r = frame.reviewEnd;
    return r ? { stage: 'achieved', year: r.year, yearBasis: 'inferred', yearSource: r } : { stage: 'achieved', year: null };
  }
  const annual = ANNUAL.exec(heading);
  if (annual) return { stage: 'target', year: Number(annual[1]) };
  // 今后五年 in a work report: the text never writes the term's last year. The metadata's plan end
  // year (stated by the title) wins; else the term the report opens (term.ts), marked inferred.
  if (PLAN.test(heading)) {
    const e = frame.termEnd;
    if (planEndYear === null && e && TERM.test(heading)) return { stage: 'target', year: e.year, yearBasis: 'inferred', yearSource: e };
    return { stage: 'target', year: planEndYear };
  }
  return null;
}
