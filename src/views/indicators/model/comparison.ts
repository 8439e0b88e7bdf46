// Like measures side by side. Which targets are "the same statistic" is a reviewed decision that
// lives in data/comparison/like-measures.json with a reason per entry, checked by the pipeline
// (pipeline/comparison/) and loaded as comparison.json; this module only applies it: matches names,
// converts magnitudes, and attaches the scope each document states.
import type { Comparison, ComparisonScope } from '../../../shared/schema';
import type { TargetEntry } from '../../../kernel/targets/catalogue';
import { unitFactor } from './measure-unit';

export interface ComparisonMember {
  entry: TargetEntry;
  /** In the measure's unit; null when the target's unit is a different quantity. */
  value: number | null;
  valueMax: number | null;
  scope: ComparisonScope | null;
}

export interface ComparisonMeasure {
  id: string;
  label: string;
  unit: string;
  reason: string;
  members: ComparisonMember[];
}

export interface ComparisonTopic {
  id: string;
  label: string;
  reason: string;
  measures: ComparisonMeasure[];
  provinces: string[];
}

/** The scope the text states for a target: a name-specific entry first, then the document's. */
export function scopeFor(entry: TargetEntry, scopes: ComparisonScope[]): ComparisonScope | null {
  const forDoc = scopes.filter((s) => s.docId === entry.docId);
  return (
    forDoc.find((s) => s.namePattern !== undefined && new RegExp(s.namePattern).test(entry.indicator.name)) ??
    forDoc.find((s) => s.namePattern === undefined) ??
    null
  );
}

/** Topics with at least one matching target among `entries` (targets only; achieved figures are not goals). */
export function buildComparison(entries: TargetEntry[], spec: Comparison): ComparisonTopic[] {
  const targets = entries.filter((e) => e.indicator.stage === 'target');
  const topics: ComparisonTopic[] = [];
  for (const topic of spec.topics) {
    const measures = topic.measures
      .map((m): ComparisonMeasure => {
        const re = new RegExp(m.namePattern);
        const members = targets
          .filter((e) => re.test(e.indicator.name))
          .map((entry) => {
            const f = unitFactor(entry.indicator.unit, m.unit);
            const i = entry.indicator;
            return {
              entry,
              value: f === null ? null : i.value * f,
              valueMax: f === null || i.valueMax === null ? null : i.valueMax * f,
              scope: scopeFor(entry, spec.scopes),
            };
          });
        return { id: m.id, label: m.label, unit: m.unit, reason: m.reason, members };
      })
      .filter((m) => m.members.length > 0);
    if (measures.length === 0) continue;
    const provinces = [...new Set(measures.flatMap((m) => m.members.map((x) => x.entry.province)))];
    topics.push({ id: topic.id, label: topic.label, reason: topic.reason, measures, provinces });
  }
  return topics;
}
