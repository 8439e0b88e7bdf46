// The default stage and year of a section, read from its heading. Sentence cues may still
// override them (stage.ts, year.ts). Returns null when the heading says nothing about either,
// so the caller keeps the context it had.
import type { TargetContext } from './types';

const REVIEW = /工作回顾|过去五年|五年来|过去一年|一年来/;
const ANNUAL = /(\d{4})年(?:重点工作|行动计划|工作要点|工作安排|主要任务)/;
const PLAN = /今后五年|未来五年|总体目标|发展目标|主要指标|主要目标/;

export function contextForHeading(heading: string, planEndYear: number | null): TargetContext | null {
  if (REVIEW.test(heading)) return { stage: 'achieved', year: null };
  const annual = ANNUAL.exec(heading);
  if (annual) return { stage: 'target', year: Number(annual[1]) };
  // 今后五年 in a work report: the text never states the term's last year, so it stays unknown
  // unless the document's metadata gives a plan end year.
  if (PLAN.test(heading)) return { stage: 'target', year: planEndYear };
  return null;
}
