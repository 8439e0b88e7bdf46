// One measure over time: every target and every achieved figure the documents give for a measure of
// the reviewed like-measure rules (comparison.json), by year, one series per province and stated
// scope — so a later report's achieved figure reads as progress on an earlier plan's target of the
// same measure. Only figures with a year (stated or inferred) and a unit convertible to the
// measure's are placed; each point keeps its indicator, hence its citation.
import type { Comparison, Indicator } from '../../../shared/schema';
import type { TargetEntry } from '../../../kernel/targets/catalogue';
import { scopeFor } from './comparison';
import { unitFactor } from './measure-unit';

export interface HistoryPoint {
  year: number;
  /** In the measure's unit. */
  value: number;
  stage: Indicator['stage'];
  indicator: Indicator;
  docTitle: string;
  /** The document's 文号 and date (what the export cites). */
  docNumber: string | null;
  docDate: string | null;
}

export interface HistorySeries {
  /** 山西, or 湖北·武汉都市圈 when the document states a narrower scope. */
  label: string;
  points: HistoryPoint[];
}

export interface MeasureHistory {
  id: string;
  label: string;
  unit: string;
  reason: string;
  series: HistorySeries[];
  /** Matching figures left out: no year, or a unit of another quantity. */
  left: number;
}

export function measureHistories(entries: TargetEntry[], spec: Comparison): MeasureHistory[] {
  const out: MeasureHistory[] = [];
  for (const topic of spec.topics) {
    for (const m of topic.measures) {
      const re = new RegExp(m.namePattern);
      const series = new Map<string, HistoryPoint[]>();
      let left = 0;
      for (const e of entries) {
        const i = e.indicator;
        if (!re.test(i.name)) continue;
        const f = unitFactor(i.unit, m.unit);
        if (f === null || i.targetYear === null) {
          left++;
          continue;
        }
        const scope = scopeFor(e, spec.scopes);
        const label = scope ? `${e.province}·${scope.scope}` : e.province;
        series.set(label, [...(series.get(label) ?? []), { year: i.targetYear, value: i.value * f, stage: i.stage, indicator: i, docTitle: e.docTitle, docNumber: e.docNumber, docDate: e.docDate }]);
      }
      const all = [...series].map(([label, points]) => ({ label, points: points.sort((a, b) => a.year - b.year) }));
      if (all.some((s) => s.points.length > 0)) out.push({ id: m.id, label: m.label, unit: m.unit, reason: m.reason, series: all, left });
    }
  }
  return out;
}
