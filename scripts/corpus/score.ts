// Scores one parsed document against one hand-made annotation (tests/fixtures/corpus/README.md).
// Pure: no I/O. The script converter is passed in (the project's toSimplified reads its phrase list
// from disk, so the runner hands it over), which also keeps these functions testable on their own.
import type { UnitRole } from '../../src/shared/schema';

/** The parts of a PolicyDocument the score looks at. */
export interface ParsedUnit { name: string; role: UnitRole }
export interface ParsedTask { path: string[]; title: string; units: ParsedUnit[] }
export interface ParsedDoc { tasks: ParsedTask[] }

export interface AnnotatedTask {
  label: string | null;
  title: string;
  lead: string[];
  support: string[];
  responsible: string[];
  /** Order in the text, for tasks without numbers (label null). */
  position?: number;
}
export interface Annotation { file: string; tasks: AnnotatedTask[] }

export type Simplify = (text: string) => string;

export type Miss =
  | { kind: 'crash'; message: string }
  | { kind: 'missing-task'; label: string; title: string }
  /** Found only by its title: the parser gave it another numbering path. Counted as found. */
  | { kind: 'path-differs'; label: string; title: string; path: string[]; parsedTitle: string }
  /** Matched by path (or position) but the titles do not agree. Information only, not penalised. */
  | { kind: 'title-differs'; label: string; title: string; path: string[]; parsedTitle: string }
  | { kind: 'missing-unit'; label: string; unit: string; role: UnitRole }
  | { kind: 'extra-unit'; label: string; unit: string; role: UnitRole }
  | { kind: 'wrong-role'; label: string; unit: string; expected: UnitRole; got: UnitRole }
  /** A parsed task no annotation matched. Reported, not penalised. */
  | { kind: 'extra-task'; path: string[]; title: string };

export interface Counts {
  annotatedTasks: number;
  /** Matched tasks, by path, position or title. */
  foundTasks: number;
  /** Of foundTasks, those matched only by title (path differs). */
  foundByTitle: number;
  parsedTasks: number;
  extraTasks: number;
  /** Unit counts over matched tasks only (a missing task is counted once, in task recall). */
  annotatedUnits: number;
  parsedUnits: number;
  matchedUnits: number;
  /** Of matchedUnits, those whose role agrees. */
  rolesRight: number;
  crashes: number;
}

export interface DocScore extends Counts { file: string; crash: string | null; misses: Miss[] }

export interface Rates {
  taskRecall: number | null;
  unitPrecision: number | null;
  unitRecall: number | null;
  roleAccuracy: number | null;
}

const NUMERAL = /[〇零一二三四五六七八九十百千两]+|[0-9]+/g;

/** Numbering tokens of a label or path element: `四、（一）1.` → ['四', '一', '1']; `三十、` → ['三十']. */
export function labelTokens(label: string): string[] {
  return label.normalize('NFKC').match(NUMERAL) ?? [];
}

export function pathTokens(path: string[]): string[] {
  return path.flatMap(labelTokens);
}

/** Comparable form of a unit name or title: simplified script, compatibility forms folded, no whitespace. */
export function normalise(text: string, simplify: Simplify): string {
  return simplify(text.normalize('NFKC')).replace(/\s+/gu, '');
}

/** The shorter title is a prefix of the longer one, at least 6 characters long. */
export function titlesAgree(a: string, b: string, simplify: Simplify): boolean {
  const x = normalise(a, simplify);
  const y = normalise(b, simplify);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return [...short].length >= 6 && long.startsWith(short);
}

function displayLabel(task: AnnotatedTask, index: number): string {
  return task.label ?? `#${task.position ?? index + 1}`;
}

export interface TaskMatch { annotation: number; task: number | null; by: 'path' | 'position' | 'title' | null }

/**
 * Pairs annotations with parsed tasks, each task used at most once: numbered annotations by path
 * tokens, unnumbered ones by order among the tasks still free, then any left over by title.
 */
export function matchTasks(doc: ParsedDoc, annotation: Annotation, simplify: Simplify): TaskMatch[] {
  const claimed = new Set<number>();
  const result: TaskMatch[] = annotation.tasks.map((_, i) => ({ annotation: i, task: null, by: null }));
  const parsedPaths = doc.tasks.map((t) => pathTokens(t.path).join('.'));

  annotation.tasks.forEach((a, i) => {
    const tokens = a.label === null ? [] : labelTokens(a.label);
    if (!tokens.length) return;
    const key = tokens.join('.');
    const j = parsedPaths.findIndex((p, k) => p === key && !claimed.has(k));
    if (j >= 0) { claimed.add(j); result[i] = { annotation: i, task: j, by: 'path' }; }
  });

  const unnumbered = annotation.tasks
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.label === null || !labelTokens(a.label).length)
    .sort((x, y) => (x.a.position ?? x.i + 1) - (y.a.position ?? y.i + 1));
  const free = doc.tasks.map((_, k) => k).filter((k) => !claimed.has(k));
  unnumbered.forEach(({ i }, rank) => {
    const k = free[rank];
    if (k === undefined) return;
    claimed.add(k);
    result[i] = { annotation: i, task: k, by: 'position' };
  });

  annotation.tasks.forEach((a, i) => {
    if (result[i].task !== null) return;
    const j = doc.tasks.findIndex((t, k) => !claimed.has(k) && titlesAgree(a.title, t.title, simplify));
    if (j >= 0) { claimed.add(j); result[i] = { annotation: i, task: j, by: 'title' }; }
  });
  return result;
}

export interface UnitScore {
  annotated: number; parsed: number; matched: number; rolesRight: number; misses: Miss[];
}

/** Multiset comparison of unit names, then role agreement among the names found on both sides. */
export function scoreUnits(annotated: AnnotatedTask, parsed: ParsedUnit[], label: string, simplify: Simplify): UnitScore {
  const expected: ParsedUnit[] = [
    ...annotated.lead.map((name) => ({ name, role: 'lead' as const })),
    ...annotated.support.map((name) => ({ name, role: 'support' as const })),
    ...annotated.responsible.map((name) => ({ name, role: 'responsible' as const })),
  ];
  const groups = new Map<string, { want: ParsedUnit[]; got: ParsedUnit[] }>();
  const group = (name: string) => {
    const key = normalise(name, simplify);
    let g = groups.get(key);
    if (!g) { g = { want: [], got: [] }; groups.set(key, g); }
    return g;
  };
  for (const u of expected) group(u.name).want.push(u);
  for (const u of parsed) group(u.name).got.push(u);

  const misses: Miss[] = [];
  let matched = 0;
  let rolesRight = 0;
  for (const { want, got } of groups.values()) {
    const pairs = Math.min(want.length, got.length);
    matched += pairs;
    // Pair equal roles first, then the rest in order: those pairs have the wrong role.
    const wantLeft = [...want];
    const gotLeft = [...got];
    for (let w = 0; w < wantLeft.length; w++) {
      const g = gotLeft.findIndex((u) => u.role === wantLeft[w].role);
      if (g < 0) continue;
      rolesRight++;
      gotLeft.splice(g, 1);
      wantLeft.splice(w--, 1);
    }
    const wrong = Math.min(wantLeft.length, gotLeft.length);
    for (let k = 0; k < wrong; k++) {
      misses.push({ kind: 'wrong-role', label, unit: wantLeft[k].name, expected: wantLeft[k].role, got: gotLeft[k].role });
    }
    for (const u of wantLeft.slice(wrong)) misses.push({ kind: 'missing-unit', label, unit: u.name, role: u.role });
    for (const u of gotLeft.slice(wrong)) misses.push({ kind: 'extra-unit', label, unit: u.name, role: u.role });
  }
  return { annotated: expected.length, parsed: parsed.length, matched, rolesRight, misses };
}

export function emptyCounts(): Counts {
  return {
    annotatedTasks: 0, foundTasks: 0, foundByTitle: 0, parsedTasks: 0, extraTasks: 0,
    annotatedUnits: 0, parsedUnits: 0, matchedUnits: 0, rolesRight: 0, crashes: 0,
  };
}

/** A document the parser threw on: every annotated task is missing. */
export function scoreCrash(annotation: Annotation, message: string): DocScore {
  return {
    ...emptyCounts(),
    file: annotation.file,
    crash: message,
    annotatedTasks: annotation.tasks.length,
    crashes: 1,
    misses: [
      { kind: 'crash', message },
      ...annotation.tasks.map((a, i): Miss => ({ kind: 'missing-task', label: displayLabel(a, i), title: a.title })),
    ],
  };
}

export function scoreDocument(doc: ParsedDoc, annotation: Annotation, simplify: Simplify): DocScore {
  const score: DocScore = {
    ...emptyCounts(), file: annotation.file, crash: null, misses: [],
    annotatedTasks: annotation.tasks.length, parsedTasks: doc.tasks.length,
  };
  const matches = matchTasks(doc, annotation, simplify);
  const used = new Set<number>();
  for (const m of matches) {
    const a = annotation.tasks[m.annotation];
    const label = displayLabel(a, m.annotation);
    if (m.task === null) {
      score.misses.push({ kind: 'missing-task', label, title: a.title });
      continue;
    }
    used.add(m.task);
    const t = doc.tasks[m.task];
    score.foundTasks++;
    if (m.by === 'title') {
      score.foundByTitle++;
      score.misses.push({ kind: 'path-differs', label, title: a.title, path: t.path, parsedTitle: t.title });
    } else if (!titlesAgree(a.title, t.title, simplify)) {
      score.misses.push({ kind: 'title-differs', label, title: a.title, path: t.path, parsedTitle: t.title });
    }
    const u = scoreUnits(a, t.units, label, simplify);
    score.annotatedUnits += u.annotated;
    score.parsedUnits += u.parsed;
    score.matchedUnits += u.matched;
    score.rolesRight += u.rolesRight;
    score.misses.push(...u.misses);
  }
  doc.tasks.forEach((t, k) => {
    if (used.has(k)) return;
    score.extraTasks++;
    score.misses.push({ kind: 'extra-task', path: t.path, title: t.title });
  });
  return score;
}

export function sumCounts(scores: Counts[]): Counts {
  const total = emptyCounts();
  for (const s of scores) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += s[k];
  return total;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Micro-averaged rates; null where the denominator is 0 (nothing to measure). */
export function rates(c: Counts): Rates {
  return {
    taskRecall: ratio(c.foundTasks, c.annotatedTasks),
    unitPrecision: ratio(c.matchedUnits, c.parsedUnits),
    unitRecall: ratio(c.matchedUnits, c.annotatedUnits),
    roleAccuracy: ratio(c.rolesRight, c.matchedUnits),
  };
}
