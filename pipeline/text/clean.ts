// The clean stage: raw decoded text → the cleaned text every later stage cites into (see the
// cleaned-text contract). Order matters: damage is detected and corrected on the raw lines (so
// corrections quote the file as a reviewer sees it), furniture is judged before pinyin and script
// are touched (its rules normalise a copy themselves), and punctuation comes last.
import type { DamageSpan } from '../../src/shared/schema';
import { applyCorrections, type Correction } from './corrections';
import { toSimplified } from './convert';
import { detectDamage, type DetectedDamage } from './damage';
import { matchFurniture } from './furniture';
import { describeRemoved, stripHidden, type RemovedCharacters } from './hostile';
import { removePinyin } from './pinyin';
import { normalisePunctuation } from './punctuation';

export type { Correction } from './corrections';

export interface LineMapEntry { start: number; end: number; rawLine: number }

export interface CleanResult {
  text: string;
  lines: LineMapEntry[];
  rawLines: string[];
  damage: DamageSpan[];
  warnings: string[];
  /** Hidden characters (bidi, zero-width, control) removed from the raw text before anything read it. */
  removed: RemovedCharacters;
}

/** One line through pinyin removal, script conversion and punctuation, trimmed. */
export function cleanLine(line: string): string {
  return normalisePunctuation(toSimplified(removePinyin(line))).trim();
}

/** Raw line (1-based) holding a cleaned offset; an offset on a joining "\n" belongs to the line before. */
export function lineOfOffset(lines: LineMapEntry[], offset: number): number {
  if (lines.length === 0) throw new RangeError('no lines');
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo].rawLine;
}

/** The correction whose original, in this raw line, overlaps the detected span. */
function correctionFor(d: DetectedDamage, rawLine: string, corrections: Correction[]): Correction | null {
  const from = d.column;
  const to = d.column + d.original.length;
  for (const c of corrections) {
    for (let p = rawLine.indexOf(c.original); p >= 0; p = rawLine.indexOf(c.original, p + 1)) {
      if (p < to && p + c.original.length > from) return c;
    }
  }
  return null;
}

function locate(text: string, entry: LineMapEntry | undefined, needle: string): [number, number] | [null, null] {
  if (!entry || needle === '') return [null, null];
  const at = text.slice(entry.start, entry.end).indexOf(needle);
  return at < 0 ? [null, null] : [entry.start + at, entry.start + at + needle.length];
}

export function cleanDocument(
  raw: string,
  opts: { docId: string; file: string; corrections: Correction[] },
): CleanResult {
  // First of all: a bidi override or zero-width space inside a unit name must not survive into the
  // registry, and removing them here (never a line break) keeps line numbers and the raw-line map exact.
  const { text: visible, removed } = stripHidden(raw);
  raw = visible;
  const rawLines = raw.split('\n');
  const detected = detectDamage(rawLines);
  const correctionsFile = `data/corrections/${opts.docId}.json`;
  const corrected = applyCorrections(raw, opts.corrections, correctionsFile).text.split('\n');

  const kept: string[] = [];
  const lines: LineMapEntry[] = [];
  const byRawLine = new Map<number, LineMapEntry>();
  let offset = 0;
  corrected.forEach((line, i) => {
    if (matchFurniture(line)) return;
    const cleaned = cleanLine(line);
    if (cleaned === '') return;
    const entry = { start: offset, end: offset + cleaned.length, rawLine: i + 1 };
    kept.push(cleaned);
    lines.push(entry);
    byRawLine.set(i + 1, entry);
    offset = entry.end + 1;
  });
  const text = kept.join('\n');

  const warnings: string[] = removed.total ? [`${opts.file}:${removed.runs[0].line}: ${describeRemoved(removed)}`] : [];
  const damage: DamageSpan[] = detected.map((d) => {
    const c = correctionFor(d, rawLines[d.line - 1], opts.corrections);
    const entry = byRawLine.get(d.line);
    if (c) {
      const [start, end] = locate(text, entry, cleanLine(c.replacement));
      return { line: d.line, column: d.column, original: d.original, replacement: c.replacement, reason: c.reason, start, end };
    }
    warnings.push(`${opts.file}:${d.line}: damaged text left uncorrected: ${JSON.stringify(d.original)}`);
    const [start, end] = locate(text, entry, cleanLine(d.original));
    return { line: d.line, column: d.column, original: d.original, replacement: null, reason: null, start, end };
  });
  return { text, lines, rawLines, damage, warnings, removed };
}
