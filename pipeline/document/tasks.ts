// Task candidates → schema tasks: title, text, responsible units, places, citation.
import type { Citation, Task, TaskUnit } from '../../src/shared/schema';
import { SourceError } from '../errors';
import { findPlaces } from '../places/find';
import { findUnitClauses } from '../units/clauses';
import { resolveDepartment } from '../units/registry';
import type { SourceLine } from '../structure/outline';
import type { TaskCandidate } from '../structure/tasks';

export interface TaskContext {
  docId: string;
  province: string;
  provinceCode: string;
  lines: SourceLine[];
  text: string;
  /** 1-based raw line of a cleaned offset. */
  rawLine: (offset: number) => number;
  /** Soft problems (unknown units, ambiguous places), de-duplicated by the caller. */
  warn: (message: string) => void;
  /** Other names the source gives a unit (the 〈…〉 annotations), keyed by unit name. */
  aliases: Map<string, string[]>;
}

/** A line continues the previous one when the break falls mid-sentence (001: a book title wraps). */
function joinLines(parts: string[]): string {
  return parts.reduce((acc, p) => (acc === '' ? p : /[。;!?”)】]$/.test(acc) ? `${acc}\n${p}` : acc + p), '');
}

export function cite(ctx: TaskContext, start: number, end: number, quote?: string): Citation {
  return { docId: ctx.docId, start, end, line: ctx.rawLine(start), quote: quote ?? ctx.text.slice(start, end) };
}

/**
 * The title is the headline up to the first 。, or the text before the unit clause when that comes first.
 * Enumerations (一是…) run on in one sentence: their headline ends at the first comma
 * ("一是全力做好治水兴水大文章,中部引黄…").
 */
function titleOf(body: string, clauseStart: number | null, enumeration: boolean): string {
  const stop = enumeration ? body.search(/[。,;]/) : body.indexOf('。');
  const cut = [stop, clauseStart ?? -1].filter((n) => n > 0);
  const end = cut.length ? Math.min(...cut) : body.length;
  return body.slice(0, end).replace(/[。,;:\s]+$/, '').trim();
}

export function buildTask(c: TaskCandidate, ctx: TaskContext): Task {
  const first = ctx.lines[c.lines[0]];
  const last = ctx.lines[c.lines[c.lines.length - 1]];
  const bodyStart = first.start + c.bodyOffset;
  const span = ctx.text.slice(bodyStart, last.end);
  let clauses;
  try {
    clauses = findUnitClauses(span, { province: ctx.province }).clauses;
  } catch (e) {
    if (e instanceof SourceError) {
      const at = bodyStart + (e.offset ?? 0);
      throw new SourceError(`task ${c.path.join('.')}: ${e.message}`, at);
    }
    throw e;
  }
  const units: TaskUnit[] = clauses.flatMap((cl) =>
    cl.units.map((u) => {
      const dep = resolveDepartment(u.name, ctx.provinceCode);
      if (dep.warning) ctx.warn(dep.warning);
      if (u.aliases?.length) ctx.aliases.set(u.name, [...new Set([...(ctx.aliases.get(u.name) ?? []), ...u.aliases])]);
      return { name: u.name, role: u.role, asWritten: u.asWritten, departmentId: dep.id };
    }),
  );
  // Places are read from the task's own words; a city named only as a responsible unit is a
  // different fact (its government carries the task) and is kept in units.
  let placeText = span;
  for (const cl of clauses) placeText = placeText.slice(0, cl.start) + ' '.repeat(cl.end - cl.start) + placeText.slice(cl.end);
  const found = findPlaces(placeText, { provinceCode: ctx.provinceCode });
  for (const w of found.warnings) ctx.warn(`task ${c.path.join('.')}: ${w}`);
  const places = found.codes;
  const placeMentions = found.mentions.map((m) => ({ name: m.name, code: m.code, start: bodyStart + m.start, end: bodyStart + m.end }));
  const body = joinLines(span.split('\n'));
  const firstClause = clauses.length ? clauses[0].start : null;
  const title = titleOf(span, firstClause, c.numbering === 'enum') || body.slice(0, 40);
  const unitsCitation = clauses.length
    ? cite(ctx, bodyStart + clauses[0].start, bodyStart + clauses[clauses.length - 1].end)
    : null;
  return {
    id: c.path.join('.'),
    path: c.path,
    kind: c.kind,
    partTitle: c.part.title,
    sectionTitle: c.section?.title ?? null,
    title,
    text: body,
    units,
    unitsStated: clauses.length > 0,
    unitsCitation,
    places,
    placeMentions,
    citation: cite(ctx, first.start, last.end, title),
  };
}
