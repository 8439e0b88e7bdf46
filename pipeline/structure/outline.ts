// Builds the outline (parts → sections → items/paragraphs) of a cleaned document from its lines.
// Works on any document of the genre: numbered parts (一、), or, for narrative reports without
// them, short unnumbered headings take the part level.
import { classifyLine, type ClassifiedLine } from './classify';

export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

export interface ItemBlock {
  kind: 'item' | 'enum';
  label: string;
  /** Indices into the document's lines. */
  lines: number[];
}

export interface Container {
  level: 'part' | 'section' | 'heading';
  label: string;
  title: string;
  /** The heading line itself. */
  line: number;
  /** Body text that sits on the heading line after the title ("(一)加强组织实施。充分发挥…"). */
  inlineBody: boolean;
  items: ItemBlock[];
  /** Paragraph lines directly in this container (not inside an item). */
  paragraphs: number[];
  sections: Container[];
  /** Last line belonging to the container (inclusive). */
  lastLine: number;
}

export interface Outline {
  preamble: number[];
  parts: Container[];
}

/** Heading text up to the first 。 (the title), and whether more text follows on the line. */
export function splitTitle(rest: string): { title: string; inlineBody: boolean } {
  const stop = rest.indexOf('。');
  if (stop === -1) return { title: rest.trim(), inlineBody: false };
  const after = rest.slice(stop + 1).trim();
  return { title: rest.slice(0, stop).trim(), inlineBody: after.length > 0 };
}

function container(level: Container['level'], c: ClassifiedLine, line: number): Container {
  const { title, inlineBody } = level === 'part' || level === 'heading'
    ? { title: c.rest.replace(/。$/, '').trim(), inlineBody: false }
    : splitTitle(c.rest);
  return { level, label: c.label, title, line, inlineBody, items: [], paragraphs: [], sections: [], lastLine: line };
}

export function buildOutline(lines: SourceLine[]): Outline {
  const classified = lines.map((l) => classifyLine(l.text));
  // Unnumbered short lines are structural only where the document has no numbered parts.
  const hasParts = classified.some((c) => c.kind === 'part');
  const outline: Outline = { preamble: [], parts: [] };
  let part: Container | null = null;
  let section: Container | null = null;
  let item: ItemBlock | null = null;

  const touch = (i: number) => {
    if (part) part.lastLine = i;
    if (section) section.lastLine = i;
  };

  classified.forEach((c, i) => {
    const kind = c.kind === 'heading' && hasParts ? 'para' : c.kind;
    if (kind === 'part' || kind === 'heading') {
      part = container(kind === 'part' ? 'part' : 'heading', c, i);
      outline.parts.push(part);
      section = null;
      item = null;
      return;
    }
    if (!part) {
      outline.preamble.push(i);
      return;
    }
    const p: Container = part;
    if (kind === 'section' || kind === 'bracket') {
      section = container('section', c, i);
      if (kind === 'bracket') section.label = `【${c.label}】`;
      p.sections.push(section);
      p.lastLine = i;
      item = null;
      return;
    }
    // A section whose heading line carries its own body is complete on that line: what follows
    // belongs to the part again (004: "(一)坚定不移推进转型发展,…。围绕…" then "各位代表,…").
    const open: Container = section && !(section as Container).inlineBody ? section : p;
    if (section && (section as Container).inlineBody) section = null;
    if (kind === 'item' || kind === 'enum') {
      item = { kind, label: c.label, lines: [i] };
      open.items.push(item);
      touch(i);
      return;
    }
    if (item && open.items.includes(item)) item.lines.push(i);
    else open.paragraphs.push(i);
    touch(i);
  });
  return outline;
}
