// What a golden file holds: every fact a reader of the source checks by hand — tasks with their
// units (in order, with roles) and places, and every quantified figure — without the bulky text.
import type { PolicyDocument } from '../../src/shared/schema';

export function project(doc: PolicyDocument) {
  return {
    id: doc.id,
    counts: { tasks: doc.tasks.length, indicators: doc.indicators.length, damage: doc.damage.length },
    tasks: doc.tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      units: t.units.map((u) => `${u.name}|${u.role}`),
      places: t.places,
      line: t.citation.line,
    })),
    indicators: doc.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      stage: i.stage,
      value: i.valueMax == null ? i.value : [i.value, i.valueMax],
      unit: i.unit,
      comparator: i.comparator,
      direction: i.direction,
      kind: i.kind,
      targetYear: i.targetYear,
      yearBasis: i.yearBasis ?? null,
      // The raw line of the sentence an inferred year is read from (term.ts).
      yearLine: i.yearCitation?.line ?? null,
      baseline: i.baseline ? i.baseline.value : null,
      baselineYear: i.baseline ? `${i.baseline.year ?? 'null'}|${i.baseline.yearBasis ?? 'null'}` : null,
      taskId: i.taskId,
      quote: i.citation.quote,
    })),
  };
}
