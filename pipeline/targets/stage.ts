// Target or achieved. The section gives the default (a five-year review reports achieved figures,
// a goals section or an annual plan sets targets); the sentence may override it:
// - in a review, 力争/确保/目标/到2025年 mark a goal (a review paragraph can announce one);
// - in a goals section, a paragraph opening with 五年来/过去五年/一年来/去年, or a sentence saying
//   已经/已达/已完成, reports what was reached.
// An annual plan's "2016年…完成…" is a target: 完成 alone is not a cue.
import type { TargetStage } from './types';

const GOAL_CUE = /力争|确保|目标是|到\d{4}年/;
const REVIEW_PARAGRAPH = /^(?:五年来|过去五年|一年来|去年|上年)/;
const REVIEW_SENTENCE = /已经|已达|已完成/;

export function stageOf(sentence: string, paragraph: string, fallback: TargetStage): TargetStage {
  if (fallback === 'achieved') return GOAL_CUE.test(sentence) ? 'target' : 'achieved';
  if (REVIEW_PARAGRAPH.test(paragraph) || REVIEW_SENTENCE.test(sentence)) return 'achieved';
  return 'target';
}
