// Turns an outline into task candidates: numbered items, enumerations (一是…), headline paragraphs
// (002 and 004's key work: "提升区域发展整体水平。…"), and sections that are a task on one line.
// Parts such as 总体要求 / 工作措施 / 组织保障 are context, not tasks — unless an item in them names
// who is responsible (国发 documents end with 强化组织领导 items that assign units: those are tasks).
// A part with neither sections nor items is a task when it names units (一、…三十、 measures).
import type { TaskKind } from '../../src/shared/schema';
import type { Container, Outline, SourceLine } from './outline';

/** Part/section titles that introduce context rather than assignable work. */
const CONTEXT_TITLE = /总体要求|指导思想|基本原则|工作措施|保障措施|组织保障|组织实施|组织领导|工作要求|发展目标|主要目标|总体目标|工作回顾|政府自身建设|重大项目$/;

/** A heading line that names who is responsible is itself the task ("(一)…(省发展改革委牵头,…)"). */
const RESPONSIBILITY = /牵头|责任单位|配合单位|协同单位/;

export interface TaskCandidate {
  path: string[];
  kind: TaskKind;
  part: Container;
  section: Container | null;
  /** Line indices the task spans, in order. */
  lines: number[];
  /** Offset (within the first line) where the text after the numbering label starts. */
  bodyOffset: number;
  /** Label kind, for numbering reconciliation. */
  numbering: 'item' | 'enum' | 'paragraph' | 'section' | 'part';
  /** Kept only if units are found in it: an item under a context title, a part or section read as a task. */
  needsUnits: boolean;
  /** Cleaned-text offsets of the task when it is not whole lines (a prose clause). */
  span?: [number, number];
  /** The title when the layout states it apart from the text (a table's 任务 cell, a prose clause). */
  title?: string;
  /** A table row: the cells that hold its units, with the role their column gives, and its leaders. */
  cells?: { units: Array<{ start: number; end: number; role: 'lead' | 'support' | 'responsible-or-support' }>; leaders: Array<{ start: number; end: number }> };
}

/** Words that show a text names responsible units at all (the unit parser decides which). */
const NAMES_UNITS = /牵头|负责|配合|责任单位|责任部门|主办|协办|协同|参与/;

export function isContextTitle(title: string): boolean {
  return CONTEXT_TITLE.test(title);
}

/** Kind of the numbered items a part holds, from its title. */
export function kindOf(part: Container, section: Container | null): TaskKind {
  const t = part.title;
  if (/指标/.test(t)) return 'indicator';
  if (/工程|项目/.test(t)) return 'project';
  if (/课题|研究/.test(t)) return 'research';
  if (/改革/.test(t)) return 'reform';
  if (/事项/.test(t)) return 'matter';
  if (section?.label.startsWith('【') || /重点工作/.test(t)) return 'keywork';
  return 'task';
}

/** A headline paragraph opens with a short phrase ending in 。 and no inner punctuation. */
export function isHeadline(text: string): boolean {
  const stop = text.indexOf('。');
  if (stop < 2 || stop > 26) return false;
  return !/[,;:“”]/.test(text.slice(0, stop));
}

/** Offset just after a part's label and its 、 (and any space). */
function bodyAfterLabel(text: string, label: string): number {
  const m = new RegExp(`^${label}[、.]\\s*`).exec(text);
  return m ? m[0].length : 0;
}

function labelOf(c: Container): string {
  return c.label.replace(/^【(.*)】$/, '$1');
}

export function taskCandidates(outline: Outline, lines: SourceLine[]): TaskCandidate[] {
  const out: TaskCandidate[] = [];
  const linesText = (_all: number[], i: number) => lines[i].text;
  const lines0 = (ls: number[]) => lines[ls[0]].text;
  for (const part of outline.parts) {
    const partContext = isContextTitle(part.title);
    const partBase = part.label ? [part.label] : [];
    if (part.level === 'part' && part.items.length === 0 && part.sections.length === 0) {
      const lines = [part.line, ...part.paragraphs];
      if (lines.some((i) => NAMES_UNITS.test(linesText(lines, i)))) {
        out.push({ path: partBase, kind: kindOf(part, null), part, section: null, lines,
          bodyOffset: bodyAfterLabel(lines0(lines), part.label), numbering: 'part', needsUnits: true });
      }
      continue;
    }
    const containers: Array<[Container, Container | null]> = [[part, null], ...part.sections.map((s) => [s, s] as [Container, Container])];
    for (const [c, section] of containers) {
      const context = partContext || (section !== null && isContextTitle(section.title));
      const base = section ? [...partBase, labelOf(section)] : partBase;
      for (const item of c.items) {
        const first = lines[item.lines[0]].text;
        const labelEnd = first.indexOf(item.label) + item.label.length;
        // A decimal label (1.2) is longer than the item's own label (2): its end was measured.
        const bodyOffset = item.restOffset ?? labelEnd + (/^[.﹒、,:)\s]/.test(first.slice(labelEnd)) ? 1 : 0);
        out.push({ path: [...base, item.label], kind: kindOf(part, section), part, section, lines: item.lines,
          bodyOffset: bodyOffset + (first.slice(bodyOffset).match(/^\s*/)?.[0].length ?? 0), numbering: item.kind, needsUnits: context });
      }
      if (c.items.length === 0) {
        const headlines = context ? [] : c.paragraphs.filter((i) => isHeadline(lines[i].text));
        if (headlines.length >= 2 && headlines.length * 2 >= c.paragraphs.length) {
          headlines.forEach((i, n) => out.push({ path: [...base, String(n + 1)], kind: kindOf(part, section), part, section,
            lines: [i], bodyOffset: 0, numbering: 'paragraph', needsUnits: false }));
        } else if (section && (section.inlineBody || RESPONSIBILITY.test(lines[section.line].text))) {
          // 004's five-year tasks: "(一)坚定不移推进转型发展,…。围绕建设…" — the section is the task.
          out.push({ path: base, kind: kindOf(part, section), part, section, lines: [section.line],
            bodyOffset: lines[section.line].text.indexOf(')') + 1, numbering: 'section', needsUnits: context });
        } else if (section && [section.line, ...section.paragraphs].some((i) => NAMES_UNITS.test(lines[i].text))) {
          // A section heading followed by its paragraphs and a unit line: the section is the task.
          out.push({ path: base, kind: kindOf(part, section), part, section, lines: [section.line, ...section.paragraphs],
            bodyOffset: lines[section.line].text.indexOf(')') + 1, numbering: 'section', needsUnits: true });
        }
      }
    }
  }
  // Document order: a part's own items may come after its sections (004: 一是… after (十)).
  return out.sort((a, b) => a.lines[0] - b.lines[0]);
}
