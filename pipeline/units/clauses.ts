// Finding the responsibility clauses in one task item's text (issue 2d).
// Three shapes are recognised, in this order, and never overlap:
//  1. parentheses: (责任单位:…), (牵头单位:X;责任单位:Y), and unlabelled (X牵头,Y按职责分工负责);
//  2. labelled lines: 牵头责任单位:…。 / 协同责任单位:…等。 (consecutive lines form one clause);
//  3. role sentences outside parentheses: X牵头,Y、Z配合。
// Ordinary parentheses — (PPP), (山西段), (国函〔2016〕204号) — are not clauses: an unlabelled
// parenthesis only counts when it carries a role word and every piece looks like a unit name.
// The clean stage's own normalisation: one UTF-16 unit for one, so offsets in the normalised text
// are offsets in the original (analysts may run the parser on uncleaned text).
import { normalisePunctuation } from '../text/punctuation';
import { LABEL_ALTERNATION } from './roles';
import { parseUnitList } from './parse-list';
import { matchingParen } from './brackets';
import type { UnitClause } from './types';
import { blankRules } from './lead-rule';

export type { ParsedUnit, UnitClause } from './types';

const LABEL_AFTER_PAREN = new RegExp(`^\\((?:${LABEL_ALTERNATION}):`);
/** Same test at a given index without slicing (sticky), so long texts stay linear. */
const LABEL_AT = new RegExp(`\\((?:${LABEL_ALTERNATION}):`, 'y');
const labelAt = (s: string, i: number) => ((LABEL_AT.lastIndex = i), LABEL_AT.test(s));
const LABELLED_LINE = new RegExp(`(?:^|(?<=[\\n。]))[ \\t]*(?:${LABEL_ALTERNATION}):[^\\n。]*(?:。|$)`, 'gm');
const SENTENCE = /[^\n。]+(?:。|$)/gm;

/** 〔责任单位:…〕: 〔〕 hold a unit list exactly as () do, when a label or role word opens it. */
function bracketsAsParens(s: string): string {
  return s.replace(/〔([^〔〕]*)〕/g, (m, inner: string) =>
    new RegExp(`^(?:${LABEL_ALTERNATION}):|牵头|负责|配合`).test(inner) && !/^\d{4}$/.test(inner) ? `(${inner})` : m);
}

/** Two labels on one line, "责任部门:城建局、农海局 配合部门:各街道": the space separates groups. */
const INNER_LABEL = new RegExp(`(?<=\\S)[ \\t]+(?=(?:${LABEL_ALTERNATION}|完成时限|完成时间|时限|备注|责任领导|责任人):)`, 'g');
const groupSpaces = (s: string) => s.replace(INNER_LABEL, (m) => ';'.padEnd(m.length, ' '));
/** 【责任单位】X and [牵头单位]X: the bracketed label reads as "责任单位:" (same length, offsets kept). */
const BRACKET_LABEL = new RegExp(`[【\\[](${LABEL_ALTERNATION})[】\\]]:?`, 'g');
const bracketLabels = (s: string) => s.replace(BRACKET_LABEL, (m, label: string) => ` ${label}:`.padEnd(m.length, ' '));

export function findUnitClauses(text: string, opts: { province: string }): { clauses: UnitClause[]; warnings: string[] } {
  // Rule words (列第一位者为牵头单位，下同) are blanked: they are read by lead-rule.ts, never as units.
  const norm = groupSpaces(bracketLabels(bracketsAsParens(blankRules(normalisePunctuation(text)))));
  const clauses: UnitClause[] = [];
  const warnings: string[] = [];
  // Spans already read, kept sorted by start (clauses never overlap): a binary search keeps a
  // megabyte paragraph with thousands of brackets linear instead of clauses × brackets.
  const spans: Array<[number, number]> = [];
  const taken = (a: number, b: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][1] <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo][0] < b;
  };
  const claim = (c: UnitClause) => {
    let at = spans.length;
    while (at > 0 && spans[at - 1][0] > c.start) at--;
    spans.splice(at, 0, [c.start, c.end]);
    clauses.push(c);
  };
  const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

  // 1. Parentheses.
  for (let i = 0; i < norm.length; i++) {
    if (norm[i] !== '(' || taken(i, i + 1)) continue;
    const labelled = labelAt(norm, i);
    let close = matchingParen(norm, i, labelled ? LABEL_AFTER_PAREN : null);
    let unclosed = false;
    if (close < 0) {
      // A list that never closes: the text was cut inside it (a page excerpt), or a bracket was lost.
      // Read what is there up to the end of the item and say so; never refuse the document.
      if (!labelled && !/^\([^()]{2,200}(?:牵头|负责|配合)/.test(norm.slice(i))) continue;
      warnings.push(`unit list opened at offset ${i} never closes: "${clip(text.slice(i))}"`);
      close = norm.length;
      unclosed = true;
    }
    const body = norm.slice(i + 1, close);
    const list = parseUnitList(body, text.slice(i + 1, close), opts.province);
    if (!labelled && (!list.hasRoleWord || (list.units.length === 0 && list.leaders.length === 0) || list.oddPieces.length > 0)) continue;
    if (labelled && list.oddPieces.length) warnings.push(`unit list at offset ${i}: unusual unit names ${list.oddPieces.join('、')}`);
    if (list.units.length === 0 && list.leaders.length === 0) warnings.push(`unit list at offset ${i} is empty`);
    claim({ start: i, end: Math.min(close + 1, norm.length), units: list.units, leaders: list.leaders, ...(unclosed ? { unclosed } : {}) });
    i = close;
  }

  // 2. Labelled lines; a run of them separated only by whitespace is one clause (roles interact).
  const lines = [...norm.matchAll(LABELLED_LINE)].filter((m) => !taken(m.index, m.index + m[0].length));
  for (let k = 0; k < lines.length; ) {
    const start = lines[k].index + (lines[k][0].length - lines[k][0].trimStart().length);
    let end = lines[k].index + lines[k][0].length;
    let j = k + 1;
    while (j < lines.length && norm.slice(end, lines[j].index).trim() === '') end = lines[j++].index + lines[j - 1][0].length;
    const list = parseUnitList(norm.slice(start, end).replace(/\n/g, ';'), text.slice(start, end).replace(/\n/g, ';'), opts.province);
    if (list.oddPieces.length) warnings.push(`unit lines at offset ${start}: unusual unit names ${list.oddPieces.join('、')}`);
    claim({ start, end, units: list.units, leaders: list.leaders });
    k = j;
  }

  // 3. Role sentences outside parentheses: 省发展改革委牵头,省商务厅、省财政厅配合。
  for (const m of norm.matchAll(SENTENCE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    if (!/牵头/.test(m[0]) || taken(start, end) || m[0].includes('(')) continue;
    const list = parseUnitList(norm.slice(start, end), text.slice(start, end), opts.province);
    if (list.units.some((u) => u.role === 'lead') && list.oddPieces.length === 0) claim({ start, end, units: list.units, leaders: list.leaders });
  }

  clauses.sort((a, b) => a.start - b.start);
  return { clauses, warnings };
}
