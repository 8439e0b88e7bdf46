// Task candidates → schema tasks: title, text, responsible units, places, citation.
import type { Citation, Task, TaskUnit } from '../../src/shared/schema';
import { SourceError } from '../errors';
import { findPlaces } from '../places/find';
import { findUnitClauses, type UnitClause } from '../units/clauses';
import { ruleApplies, type LeadRule } from '../units/lead-rule';
import { parseUnitList } from '../units/parse-list';
import { looksLikeUnit } from '../units/unit-shape';
import { normalisePunctuation } from '../text/punctuation';
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
  /** Document-level rules such as 列第一位者为牵头单位，下同, where they are stated. */
  rules: LeadRule[];
}

/** Under a first-listed rule, a list without explicit roles reads: first unit leads, the rest support. */
function applyLeadRule(cl: UnitClause): UnitClause {
  if (cl.units.length === 0 || cl.units.some((u) => u.role !== 'responsible')) return cl;
  return { ...cl, units: cl.units.map((u, i) => ({ ...u, role: i === 0 ? 'lead' : 'support' })) };
}

const ROLE_RANK = { lead: 0, responsible: 1, support: 2 } as const;

/** One unit once per task: named in two groups of one item (国办发 (十)…(十三)), it is one assignment. */
function dedupeUnits(units: TaskUnit[]): TaskUnit[] {
  const out: TaskUnit[] = [];
  for (const u of units) {
    const seen = out.findIndex((o) => o.name === u.name);
    if (seen < 0) out.push(u);
    else if (ROLE_RANK[u.role] < ROLE_RANK[out[seen].role]) out[seen] = { ...out[seen], role: u.role };
  }
  return out;
}

/** A table row's unit cells, read with the role of their column. */
function tableClauses(c: TaskCandidate, ctx: TaskContext, bodyStart: number): UnitClause[] {
  const clauses: UnitClause[] = [];
  const hasLeadColumn = c.cells!.units.some((u) => u.role === 'lead');
  for (const cell of c.cells!.units) {
    const raw = ctx.text.slice(cell.start, cell.end);
    const list = parseUnitList(normalisePunctuation(raw), raw, ctx.province);
    const units = list.units.map((u) => ({
      ...u,
      role: u.role !== 'responsible' ? u.role : cell.role === 'lead' ? 'lead' : cell.role === 'support' || hasLeadColumn ? 'support' : 'responsible',
    })) as UnitClause['units'];
    clauses.push({ start: cell.start - bodyStart, end: cell.end - bodyStart, units, leaders: list.leaders });
  }
  for (const cell of c.cells!.leaders) {
    const names = ctx.text.slice(cell.start, cell.end).split(/[、,，;\s]+/).filter(Boolean);
    clauses.push({ start: cell.start - bodyStart, end: cell.end - bodyStart, units: [], leaders: names });
  }
  return clauses.sort((a, b) => a.start - b.start);
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
  const bodyStart = c.span ? c.span[0] : first.start + c.bodyOffset;
  const bodyEnd = c.span ? c.span[1] : last.end;
  const span = ctx.text.slice(bodyStart, bodyEnd);
  let clauses: UnitClause[];
  try {
    if (c.cells) clauses = tableClauses(c, ctx, bodyStart);
    else {
      const found = findUnitClauses(span, { province: ctx.province });
      for (const w of found.warnings) if (/never closes/.test(w)) ctx.warn(`task ${c.path.join('.')}: ${w}`);
      clauses = found.clauses
        // A list the source cuts off ("(牵头单位:市") keeps only what reads as whole unit names.
        .map((cl) => (cl.unclosed ? { ...cl, units: cl.units.filter((u) => looksLikeUnit(u.name)) } : cl))
        .map((cl) => (ruleApplies(ctx.rules, bodyStart + cl.start, bodyStart + cl.end) ? applyLeadRule(cl) : cl));
    }
  } catch (e) {
    if (e instanceof SourceError) {
      const at = bodyStart + (e.offset ?? 0);
      throw new SourceError(`task ${c.path.join('.')}: ${e.message}`, at);
    }
    throw e;
  }
  const units: TaskUnit[] = dedupeUnits(clauses.flatMap((cl) =>
    cl.units.map((u) => {
      const dep = resolveDepartment(u.name, ctx.provinceCode);
      if (dep.warning) ctx.warn(dep.warning);
      if (u.aliases?.length) ctx.aliases.set(u.name, [...new Set([...(ctx.aliases.get(u.name) ?? []), ...u.aliases])]);
      return { name: u.name, role: u.role, asWritten: u.asWritten, departmentId: dep.id };
    }),
  ));
  const leaders = [...new Set(clauses.flatMap((cl) => cl.leaders))];
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
  const title = c.title ?? (titleOf(span, firstClause, c.numbering === 'enum') || body.slice(0, 40));
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
    leaders,
    truncated: clauses.some((cl) => cl.unclosed),
    citation: cite(ctx, c.span ? bodyStart : first.start, bodyEnd, ctx.text.slice(c.span ? bodyStart : first.start, bodyEnd).includes(title) ? title : span.slice(0, 40)),
  };
}
