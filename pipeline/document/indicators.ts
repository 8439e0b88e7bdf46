// Quantified targets and achieved figures, read line by line with the context of the part they sit in.
import type { Indicator, Task } from '../../src/shared/schema';
import { findPlaces } from '../places/find';
import type { Outline } from '../structure/outline';
import { categorize } from '../targets/categories';
import { contextForHeading } from '../targets/context';
import { extractTargets, type TargetContext } from '../targets/extract';
import { linkBaselines } from '../targets/baseline';
import { termFrame, type TermFrame } from '../targets/term';
import { cite, type TaskContext } from './tasks';

/** In a review, "特别是刚刚过去的2022年" dates the achievements listed after it. */
const REVIEWED_YEAR = /过去的(20\d{2})年/;
const MULTI_YEAR = /多年|五年来|近年来/;

/** The default stage and year for figures in each line: the part heading's year, else the plan period. */
export function lineContexts(outline: Outline, lines: string[], planEndYear: number | null, frame?: TermFrame): Array<TargetContext | null> {
  const lineCount = lines.length;
  const out: Array<TargetContext | null> = new Array(lineCount).fill(null);
  outline.parts.forEach((part, i) => {
    const next = outline.parts[i + 1];
    const end = next ? next.line : lineCount;
    // The heading decides (工作回顾 → achieved, 2023年重点工作 → 2023); otherwise the plan period.
    const ctx: TargetContext = contextForHeading(part.title, planEndYear, frame) ?? { stage: 'target', year: planEndYear };
    let current = ctx;
    for (let l = part.line; l < end; l++) {
      const dated = current.stage === 'achieved' ? REVIEWED_YEAR.exec(lines[l]) : null;
      if (dated) current = { stage: current.stage, year: Number(dated[1]) };
      // …until the text widens its frame again ("在多年持续努力的基础上…").
      else if (current !== ctx && MULTI_YEAR.test(lines[l])) current = ctx;
      out[l] = current;
    }
  });
  return out;
}

export function buildIndicators(outline: Outline, tasks: Task[], ctx: TaskContext, planEndYear: number | null): Indicator[] {
  const frame = termFrame(ctx.text);
  const contexts = lineContexts(outline, ctx.lines.map((l) => l.text), planEndYear, frame);
  const found: Indicator[] = [];
  ctx.lines.forEach((line, i) => {
    const lc = contexts[i];
    if (!lc) return; // preamble (issuing notice, title lines) holds no targets
    for (const t of extractTargets(line.text, lc)) {
      const start = line.start + t.start;
      const end = line.start + t.end;
      const task = tasks.find((tk) => tk.citation.start <= start && end <= tk.citation.end) ?? null;
      found.push({
        // Globally unique, so progress CSV rows can name an indicator without its document.
        id: `${ctx.docId}/I${String(found.length + 1).padStart(3, '0')}`,
        name: t.name,
        stage: t.stage,
        value: t.value,
        valueMax: t.valueMax,
        unit: t.unit,
        comparator: t.comparator,
        direction: t.direction,
        kind: t.kind,
        targetYear: t.targetYear,
        yearBasis: t.yearBasis,
        yearCitation: t.yearBasis === 'inferred' && lc.yearSource ? cite(ctx, lc.yearSource.start, lc.yearSource.end, lc.yearSource.quote) : null,
        baseline: null,
        taskId: task?.id ?? null,
        places: findPlaces(t.quote, { provinceCode: ctx.provinceCode }).codes,
        category: categorize(t.name, t.quote),
        citation: cite(ctx, start, end, t.quote),
      });
    }
  });
  const links = linkBaselines(found.map((f) => ({ ...f, yearBasis: f.yearBasis ?? null, start: f.citation.start, end: f.citation.end, quote: f.citation.quote })));
  return found.map((f) => {
    const b = links.get(f.id);
    return b
      ? { ...f, baseline: { value: b.value, unit: b.unit, year: b.targetYear, yearBasis: b.yearBasis ?? null, yearCitation: b.yearCitation ?? null, citation: cite(ctx, b.start, b.end, b.quote) } }
      : f;
  });
}
