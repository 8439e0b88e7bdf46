// Numbering is evidence, not a gate. The genre numbers items in two ways, both normal:
//   - restarting in every part or section (一、1. 2. 二、1. 2.), and
//   - running on across sections and parts (一、(一)1. 2. (二)3. 4.; (一)…(二十) across 一、…八、).
// Anything else — a gap (1, 2, 4), a duplicate (3, 3), a restart inside a run (5, 6, 1), a covering
// notice's own 一、二、 before the attached plan's 一、 — is reported as an anomaly. Every label stays
// in the output; nothing is dropped and nothing crashes on odd numbering.
import { labelValue } from './numerals';
import type { Container, ItemBlock, Outline } from './outline';

export type AnomalyKind = 'gap' | 'duplicate' | 'restart' | 'out-of-order';

export interface NumberingProblem {
  kind: AnomalyKind;
  /** Line index (into the outline's lines) of the offending label. */
  line: number;
  /** Labels from the part down to the offending one. */
  path: string[];
  message: string;
}

const bare = (label: string) => label.replace(/^【(.*)】$/, '$1');

/**
 * Checks one run of labels. `runOn` is the last value of the same scheme in the previous container
 * of the same level: a first label equal to 1 (restart per container) or to runOn + 1 (running on)
 * are both fine.
 */
function checkRun(
  labels: Array<{ label: string; line: number; path: string[] }>,
  runOn: number | null,
  where: string,
  problems: NumberingProblem[],
): number | null {
  let prev: number | null = null;
  for (const [i, l] of labels.entries()) {
    const v = labelValue(bare(l.label));
    if (v === null) continue;
    const expected: number | null = i === 0 ? null : (prev ?? 0) + 1;
    const say = (kind: AnomalyKind, what: string) =>
      problems.push({ kind, line: l.line, path: l.path, message: `${where}: ${what} (labels: ${labels.map((x) => x.label).join(' ')})` });
    if (i === 0) {
      if (v !== 1 && (runOn === null || v !== runOn + 1)) {
        say(runOn !== null && v > runOn + 1 ? 'gap' : runOn !== null && v <= runOn ? 'duplicate' : 'gap',
          `starts at "${l.label}"${runOn !== null ? ` after ${runOn} in the previous block` : ''}`);
      }
    } else if (v !== expected) {
      if (v === prev) say('duplicate', `"${l.label}" appears twice`);
      else if (v === 1) say('restart', `numbering restarts at "${l.label}" after ${prev}`);
      else if (v > (expected as number)) say('gap', `expected ${expected} but found "${l.label}"`);
      else say('out-of-order', `expected ${expected} but found "${l.label}"`);
    }
    prev = v;
  }
  return prev;
}

function describe(part: Container, section: Container | null): string {
  const p = part.label ? `${part.label}${part.level === 'part' ? '、' : ''}${part.title}` : '(no part)';
  return section ? `section ${p} / (${bare(section.label)})${section.title}` : `part ${p}`;
}

export function reconcileNumbering(outline: Outline): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const numbered = outline.parts.filter((p) => p.level === 'part');
  checkRun(numbered.map((p) => ({ label: p.label, line: p.line, path: [p.label] })), null, 'parts', problems);
  // Sections and items may run on across parts: remember the last value per scheme.
  let lastSection: number | null = null;
  const lastItem = new Map<string, number | null>();
  for (const part of outline.parts) {
    const sectionRun = part.sections.map((s) => ({ label: s.label, line: s.line, path: [part.label, bare(s.label)] }));
    if (sectionRun.length) lastSection = checkRun(sectionRun, lastSection, `sections of ${describe(part, null)}`, problems) ?? lastSection;
    for (const c of [part, ...part.sections]) {
      const section = c === part ? null : c;
      const families = new Map<string, ItemBlock[]>();
      for (const it of c.items) {
        const key = it.kind === 'enum' ? 'enum' : (it.family ?? 'digit');
        families.set(key, [...(families.get(key) ?? []), it]);
      }
      for (const [key, items] of families) {
        const base = section ? [part.label, bare(section.label)] : [part.label];
        const run = items.map((it) => ({ label: it.label, line: it.lines[0], path: [...base, it.label] }));
        // Enumerations (一是, 二是) always restart: they live inside one paragraph's context.
        const last = checkRun(run, key === 'enum' ? null : (lastItem.get(key) ?? null), describe(part, section), problems);
        if (key !== 'enum') lastItem.set(key, last);
      }
    }
  }
  return problems;
}
