// Shapes of the targets stage. The document-level Indicator (schema.ts) is built from a RawTarget
// by the assembly stage, which adds id, taskId, places, baseline, category and citation.

import type { YearSource } from './term';

export type YearBasis = 'stated' | 'inferred';
export type TargetStage = 'target' | 'achieved';
export type TargetComparator = '>=' | '<=' | '~' | '>' | '=';
export type TargetKind = 'level' | 'growth' | 'share' | 'count';
/** Which way is better, when the words say so (see comparator.ts directionFor). */
export type TargetDirection = 'up' | 'down';

export interface RawTarget {
  /** The measure, e.g. 常住人口城镇化率, 全社会研发经费投入年均增长 (change verbs stay in the name). */
  name: string;
  stage: TargetStage;
  value: number;
  /** Upper end of a range as written (10-11%, 2-3家), else null. */
  valueMax: number | null;
  /** As written: %, 公里, 万亿元, 百分点 … ('' when the figure has none). */
  unit: string;
  comparator: TargetComparator;
  direction: TargetDirection | null;
  kind: TargetKind;
  targetYear: number | null;
  /** stated: the text writes the year (clause, paragraph, heading, plan period); inferred: from the context's term (term.ts). */
  yearBasis: YearBasis | null;
  /** Offsets of the clause within the text given to extractTargets. */
  start: number;
  end: number;
  quote: string;
}

/**
 * The section's default: 2023年重点工作 → {target, 2023}; a five-year review → {achieved, null};
 * plan-period goals → {target, planEndYear}. Sentence cues may override both (see stage.ts, year.ts).
 */
export interface TargetContext {
  stage: TargetStage;
  year: number | null;
  /** How the section's year is known; absent means stated (a heading or plan period that writes it). */
  yearBasis?: YearBasis;
  /** For an inferred year: the sentence (offsets in the document's cleaned text) that implies it. */
  yearSource?: YearSource | null;
}
