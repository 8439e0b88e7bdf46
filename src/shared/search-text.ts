// The search index's tokenizer and MiniSearch options: the pipeline builds the index with them and
// the browser loads it with them (MiniSearch.loadJS needs the same options the index was built
// with). Shared like the schema: the one other module both sides import, because an index built
// with one tokenizer and queried with another silently finds nothing.
//
// Chinese has no word breaks, so Han text is indexed as overlapping character pairs (bigrams, the
// usual CJK n-gram scheme) plus the last character of each run, so a one-character query still
// finds a character at the end of a run by prefix. Latin letters and digits (pinyin, PM2.5, 5G) are
// words. A query of two or more Han characters becomes its bigrams, all required (AND).
import type { Options, SearchOptions } from 'minisearch';

/** Full-width → half-width, lower case: 'ＰＭ２．５' and 'pm2.5' match. */
export function normalise(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

const RUNS = /(\p{Script=Han}+)|([a-z0-9]+(?:\.[0-9]+)?)/gu;

function hanBigrams(run: string, out: string[], withLast: boolean): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push(chars[0]);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  if (withLast) out.push(chars[chars.length - 1]);
}

/** Index-time terms of a text. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text).matchAll(RUNS)) {
    if (m[1]) hanBigrams(m[1], out, true);
    else out.push(m[2]);
  }
  return out;
}

/** Query-time terms: bigrams of each Han run (a lone character stays one term), Latin words. */
export function queryTerms(query: string): string[] {
  const out: string[] = [];
  for (const m of normalise(query).matchAll(RUNS)) {
    if (m[1]) hanBigrams(m[1], out, false);
    else out.push(m[2]);
  }
  return out;
}

/** Prefix matching for Latin words (wuhan → wuhanshi, fgw → fgwh…) and lone Han characters; bigrams match exactly. */
const prefix = (term: string): boolean => !/^\p{Script=Han}{2}$/u.test(term);

// ---- departments and places: always loaded ----

/**
 * A department name or a place as the core index holds it. Departments are grouped by their names:
 * every province has its 省发展改革委, and one entry per (province, name) made core.json grow with
 * the provinces a corpus covers (1.1 MB at 3,000 documents, issue 11); one entry per distinct set
 * of names, listing the departments that carry it, keeps it the size of the vocabulary.
 */
export interface CoreEntry {
  /** 'u:<names joined by |>' (a department name group) or 'p:<division code>'. */
  id: string;
  kind: 'unit' | 'place';
  label: string;
  /** Every name it is known by (registry name and aliases, or the names documents write), label first. */
  names: string[];
  /** Pinyin and initials terms, computed at build time (pipeline/search/pinyin-terms.ts). */
  py: string[];
  /**
   * What the entry stands for, one row each: unit — [department, its province, tasks naming it]
   * for every department with these names, the department as unitRef() writes it; place —
   * [division code, division code, tasks naming it].
   */
  at: Array<[string, string, number]>;
}

/**
 * A department of a name group as its row writes it: its province code when its id is
 * "<code>:<label>" (as pipeline/units/registry.ts makes every id), else the whole id. Written out,
 * the ids made core.json a third larger at 3,000 documents (one row per province per name group).
 */
export function unitRef(departmentId: string, label: string): string {
  const code = departmentId.slice(0, departmentId.indexOf(':'));
  return /^\d{6}$/.test(code) && departmentId === `${code}:${label}` ? code : departmentId;
}

/** The department id of a unit row (a whole id, as rows stored before unitRef, reads as itself). */
export function unitId(ref: string, label: string): string {
  return ref.includes(':') ? ref : `${ref}:${label}`;
}

export const CORE_FIELDS = ['names', 'py'] as const;
export const CORE_STORED = ['kind', 'label', 'names', 'at'] as const;

export const coreOptions: Options<CoreEntry> = {
  fields: [...CORE_FIELDS],
  storeFields: [...CORE_STORED],
  // Arrays are indexed as one text per name (a separator that is neither Han nor Latin keeps names
  // apart) and stored as arrays.
  stringifyField: (v: unknown) => (Array.isArray(v) ? v.join(' | ') : String(v)),
  tokenize: (text, field) => (field === 'py' ? text.split(/[\s|]+/).filter(Boolean) : indexTerms(text)),
  processTerm: (term) => term,
  searchOptions: { tokenize: queryTerms, processTerm: (t) => t, prefix, combineWith: 'AND', boost: { names: 2 } },
};

// ---- tasks and targets: one index per shard, loaded on demand ----

export interface ShardEntry {
  /** 't:<doc id>:<task id>' or 'g:<doc id>:<indicator id>'. */
  id: string;
  kind: 'task' | 'target';
  docId: string;
  /** Task id, or the indicator id. */
  ref: string;
  label: string;
  /** Task body, or the target's quoted sentence (indexed, not stored). */
  body: string;
  /** Target only: the figure as a formattable record (formatTarget in the app), and where to open it. */
  figure?: { comparator: string; value: number; valueMax: number | null; unit: string; direction: 'up' | 'down' | null; kind: string; targetYear: number | null };
  /** Target only: the task it belongs to, else null (then it opens at its citation span). */
  taskId?: string | null;
  span?: [number, number];
}

export const SHARD_STORED = ['kind', 'docId', 'ref', 'label', 'figure', 'taskId', 'span'] as const;

export const shardOptions: Options<ShardEntry> = {
  fields: ['label', 'body'],
  storeFields: [...SHARD_STORED],
  tokenize: (text) => indexTerms(text),
  processTerm: (term) => term,
  searchOptions: { tokenize: queryTerms, processTerm: (t) => t, prefix, combineWith: 'AND', boost: { label: 3 } },
};

export type { SearchOptions };
