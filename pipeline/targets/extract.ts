// Quantified targets (and achieved figures) in a piece of cleaned text: clause by clause, every
// figure with a known unit that is not a label, year, title or bare listed count (non-targets.ts),
// named from its clause (naming.ts), with comparator, kind, year and stage.
import { comparatorFor, directionFor } from './comparator';
import { kindFor } from './kind';
import { nameFigures, type Figure } from './naming';
import { nonTargetReason } from './non-targets';
import { findQuantities, type Quantity } from './numbers';
import { splitClauses, type Clause } from './sentences';
import { stageOf } from './stage';
import type { RawTarget, TargetContext } from './types';
import { yearOfClause } from './year';

// The assembly stage imports the context type alongside the function it parameterises.
export type { RawTarget, TargetContext } from './types';

export interface DroppedFigure {
  raw: string;
  start: number;
  reason: string;
}

/** Extracts targets; `dropped` (optional) collects the figures rejected and why, for review. */
export function extractTargets(text: string, ctx: TargetContext, dropped?: DroppedFigure[]): RawTarget[] {
  const clauses = splitClauses(text);
  const quantities = findQuantities(text);
  const sentences = spans(clauses, (c) => c.sentence);
  const paragraphs = spans(clauses, (c) => c.paragraph);
  const out: RawTarget[] = [];
  // Whether the year in force came from the context (and so carries its basis) or from the text.
  type Year = { year: number | null; fromContext: boolean };
  const fromCtx: Year = { year: ctx.year, fromContext: true };
  let paragraphYear: Year = fromCtx;
  let year: Year = fromCtx;
  let paragraph = -1;
  let sentence = -1;
  let inherited: string | null = null;
  const scopes = sentenceScopes(clauses);
  // Clauses and figures are both in text order: one moving start index instead of a scan of every
  // figure per clause (quadratic in a long paragraph).
  let firstQuantity = 0;

  for (const clause of clauses) {
    if (clause.paragraph !== paragraph) {
      paragraph = clause.paragraph;
      paragraphYear = fromCtx;
    }
    if (clause.sentence !== sentence) {
      sentence = clause.sentence;
      inherited = null;
      year = paragraphYear;
    }
    const y = yearOfClause(clause.text, ctx.year);
    if (y !== undefined) {
      // 今年 is the context's year, with the context's basis.
      year = { year: y.year, fromContext: y.contextual === true };
      if (y.scope === 'paragraph') paragraphYear = year;
    }

    const accepted: { q: Quantity; figure: Figure; comparator: RawTarget['comparator']; direction: RawTarget['direction'] }[] = [];
    while (firstQuantity < quantities.length && quantities[firstQuantity].start < clause.start) firstQuantity++;
    for (let n = firstQuantity; n < quantities.length && quantities[n].start < clause.end; n++) {
      const q = quantities[n];
      if (q.end > clause.end) continue;
      const reason = nonTargetReason(text, q, clause);
      if (reason) {
        dropped?.push({ raw: q.raw, start: q.start, reason });
        continue;
      }
      const before = text.slice(clause.start, q.start);
      const { comparator, suffixLength } = comparatorFor(before, text.slice(q.end, clause.end));
      accepted.push({ q, comparator, direction: directionFor(before, comparator), figure: { start: q.start - clause.start, end: q.end - clause.start + suffixLength } });
    }
    if (accepted.length === 0) continue;

    const names = nameFigures(clause.text, accepted.map((a) => a.figure), inherited);
    const [sStart, sEnd] = sentences.get(clause.sentence)!;
    const [pStart, pEnd] = paragraphs.get(clause.paragraph)!;
    const scope = scopes.get(clause.sentence) ?? null;
    const stage = stageOf(text.slice(sStart, sEnd), text.slice(pStart, pEnd), ctx.stage);
    accepted.forEach(({ q, comparator, direction }, k) => {
      const { name, subject, change } = names[k];
      if (!name) {
        dropped?.push({ raw: q.raw, start: q.start, reason: 'no measure named in its clause' });
        return;
      }
      inherited = subject;
      out.push({
        name: scope && !name.startsWith(scope) ? scope + name : name,
        stage,
        value: q.value,
        valueMax: q.valueMax,
        unit: q.unit,
        comparator,
        direction,
        kind: kindFor(name, q.unit, change !== null),
        targetYear: year.year,
        yearBasis: year.year === null ? null : year.fromContext ? (ctx.yearBasis ?? 'stated') : 'stated',
        start: clause.start,
        end: clause.end,
        quote: clause.text,
      });
    });
  }
  return out;
}

// 003: 武汉都市圈同城化取得实质性突破,……,地区生产总值超过3.5万亿元 — the figure is the
// metropolitan area's, not the province's. When a sentence opens with such an area, its name
// prefixes the measure so like measures of different scope are never mistaken for one another.
const AREA_SUBJECT = /^([\u4e00-\u9fff]{2,10}?(?:都市圈|城市群|经济带|经济区|示范区))/;

/** Sentence index → the area its first clause opens with, for sentences that open with one. */
function sentenceScopes(clauses: Clause[]): Map<number, string> {
  const scopes = new Map<number, string>();
  let sentence = -1;
  for (const c of clauses) {
    if (c.sentence === sentence) continue;
    sentence = c.sentence;
    const area = AREA_SUBJECT.exec(c.text)?.[1];
    if (area) scopes.set(sentence, area);
  }
  return scopes;
}

function spans(clauses: Clause[], key: (c: Clause) => number): Map<number, [number, number]> {
  const m = new Map<number, [number, number]>();
  for (const c of clauses) {
    const k = key(c);
    const s = m.get(k);
    m.set(k, s ? [s[0], c.end] : [c.start, c.end]);
  }
  return m;
}
