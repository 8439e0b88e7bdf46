// Numbering must reconcile: a container with items 1..n yields n tasks, no gaps, no duplicates.
// A gap usually means an item was glued to the previous line or split by damage — never guess, fail.
import { labelValue } from './numerals';
import type { Container, Outline } from './outline';

export interface NumberingProblem {
  /** Line index of the container heading (or of the offending item). */
  line: number;
  message: string;
}

function checkSequence(labels: string[], where: string, lines: number[], problems: NumberingProblem[]): void {
  labels.forEach((label, i) => {
    const v = labelValue(label.replace(/^【(.*)】$/, '$1'));
    if (v !== i + 1) {
      problems.push({ line: lines[i], message: `${where}: expected item ${i + 1} but found "${label}" (items: ${labels.join(' ')})` });
    }
  });
}

function describe(part: Container, section: Container | null): string {
  const p = `${part.label}${part.level === 'part' ? '、' : ''}${part.title}`;
  return section ? `section ${p} / (${section.label.replace(/^【(.*)】$/, '$1')})${section.title}` : `part ${p}`;
}

export function reconcileNumbering(outline: Outline): NumberingProblem[] {
  const problems: NumberingProblem[] = [];
  const numbered = outline.parts.filter((p) => p.level === 'part');
  checkSequence(numbered.map((p) => p.label), 'parts', numbered.map((p) => p.line), problems);
  for (const part of outline.parts) {
    checkSequence(part.sections.map((s) => s.label), `sections of ${describe(part, null)}`, part.sections.map((s) => s.line), problems);
    for (const c of [part, ...part.sections]) {
      const section = c === part ? null : c;
      for (const family of ['item', 'enum'] as const) {
        const items = c.items.filter((it) => it.kind === family);
        checkSequence(items.map((it) => it.label), describe(part, section), items.map((it) => it.lines[0]), problems);
      }
    }
  }
  return problems;
}
