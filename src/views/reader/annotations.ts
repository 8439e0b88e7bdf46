// Pure: what to mark in a document's cleaned text. Tasks, targets and places come with offsets
// from the pipeline (a place is marked where the pipeline resolved it: 泽州县 → 140500, 潞城市 →
// 140400 via its reviewed alias — the reader never guesses names). Unit mentions are located
// inside their task's span (the data records which departments a task has, not where each is written),
// so a department name found elsewhere is never marked.
import type { PolicyDocument } from '../../shared/schema';

export type MarkKind = 'task' | 'unit' | 'place' | 'target' | 'damage';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** task id, indicator id, department id, place code, or damage index. */
  ref: string;
  /** The task the mark belongs to (for departments and places). */
  taskId: string | null;
}

/** Most specific first: a click on a place inside a task opens the place. */
export const KIND_PRIORITY: MarkKind[] = ['damage', 'target', 'place', 'unit', 'task'];

function findAll(text: string, needle: string, from: number, to: number): number[] {
  const hits: number[] = [];
  if (!needle) return hits;
  let i = text.indexOf(needle, from);
  while (i >= 0 && i + needle.length <= to) {
    hits.push(i);
    i = text.indexOf(needle, i + needle.length);
  }
  return hits;
}

export function buildMarks(doc: PolicyDocument): Mark[] {
  const marks: Mark[] = [];
  const text = doc.text;
  for (const task of doc.tasks) {
    const { start, end } = task.citation;
    marks.push({ kind: 'task', start, end, ref: task.id, taskId: task.id });
    // Units are written in the responsibility clause when there is one, else anywhere in the item.
    const uFrom = task.unitsCitation?.start ?? start;
    const uTo = task.unitsCitation?.end ?? end;
    for (const unit of task.units) {
      // Shared suffixes are expanded in the data (黄石市人民政府) but written once in the text
      // (黄石市、…人民政府): fall back to the name without the suffix.
      const candidates = [unit.asWritten, unit.name, unit.name.replace(/人民政府$/, '')].filter(Boolean) as string[];
      for (const c of candidates) {
        const hits = findAll(text, c, uFrom, uTo);
        if (hits.length) {
          marks.push({ kind: 'unit', start: hits[0], end: hits[0] + c.length, ref: unit.departmentId, taskId: task.id });
          break;
        }
      }
    }
    for (const p of task.placeMentions) {
      // Offsets come from a file: a span outside the text would cut lines wrongly, so it is skipped.
      if (p.start < p.end && p.end <= text.length) marks.push({ kind: 'place', start: p.start, end: p.end, ref: p.code, taskId: task.id });
    }
  }
  for (const ind of doc.indicators) {
    marks.push({ kind: 'target', start: ind.citation.start, end: ind.citation.end, ref: ind.id, taskId: ind.taskId });
  }
  doc.damage.forEach((d, i) => {
    if (d.start !== null && d.end !== null) marks.push({ kind: 'damage', start: d.start, end: d.end, ref: String(i), taskId: null });
  });
  return dropOverlappingSameKind(marks);
}

/** A shorter name inside a longer one of the same kind (泽州 in 泽州县) is dropped. */
function dropOverlappingSameKind(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted) {
    const covered = kept.some((k) => k.kind === m.kind && k.kind !== 'task' && k.start <= m.start && k.end >= m.end);
    if (!covered) kept.push(m);
  }
  return kept;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cut [from, to) at every mark boundary; each piece lists the marks covering it. */
export function segment(from: number, to: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i];
    const e = points[i + 1];
    out.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

/** The mark a click on this segment means. */
export function primaryMark(marks: Mark[]): Mark | null {
  for (const kind of KIND_PRIORITY) {
    const m = marks.find((x) => x.kind === kind);
    if (m) return m;
  }
  return null;
}

/** "12-48" → {start, end} when it is a valid range inside the text. */
export function parseAt(at: string | null, textLength: number): { start: number; end: number } | null {
  if (!at) return null;
  const m = /^(\d+)-(\d+)$/.exec(at);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start >= end || end > textLength) return null;
  return { start, end };
}
