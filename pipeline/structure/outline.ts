// Builds the outline (parts → sections → items/paragraphs) of a cleaned document from its lines.
// Works on any document of the genre: numbered parts (一、), or, for narrative reports without
// them, short unnumbered headings take the part level; a document numbered only 1. 2. 3. (a page
// excerpt, a county's list) gets one unnamed root part holding its items.
import { classifyLine, ITEM_FAMILIES, type ClassifiedLine, type ItemFamily } from './classify';

export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

export interface ItemBlock {
  kind: 'item' | 'enum';
  label: string;
  /** Numbering scheme of an item (1. / (1) / ①). */
  family?: ItemFamily;
  /** Indices into the document's lines. */
  lines: number[];
  /** Lines inside the item that open with a deeper scheme ((1) or ① inside 1.): part of the item's text. */
  subLabels: number[];
  /** Where the text after a decimal label (1.2) starts on the first line. */
  restOffset?: number;
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
  /** Every line that opens with a numbering label, and its label, for the label accounting. */
  labelled: Array<{ line: number; kind: ClassifiedLine['kind']; label: string }>;
}

/** Heading text up to the first 。 (the title), and whether more text follows on the line. */
export function splitTitle(rest: string): { title: string; inlineBody: boolean } {
  const stop = rest.indexOf('。');
  if (stop === -1) return { title: rest.trim(), inlineBody: false };
  const after = rest.slice(stop + 1).trim();
  return { title: rest.slice(0, stop).trim(), inlineBody: after.length > 0 };
}

function container(level: Container['level'], c: ClassifiedLine, line: number): Container {
  // A part line that goes on after its first sentence is a measure in itself (一、对…的省,给予…。(X负责)):
  // its title is that first sentence. A plain part heading keeps its whole line as the title.
  const part = level === 'part' || level === 'heading' ? splitTitle(c.rest) : null;
  const { title, inlineBody } = part
    ? part.inlineBody ? part : { title: c.rest.replace(/。$/, '').trim(), inlineBody: false }
    : splitTitle(c.rest);
  return { level, label: c.label, title, line, inlineBody, items: [], paragraphs: [], sections: [], lastLine: line };
}

/** The unnamed part of a document numbered without parts. */
function rootContainer(line: number): Container {
  return { level: 'heading', label: '', title: '', line, inlineBody: false, items: [], paragraphs: [], sections: [], lastLine: line };
}

const deeper = (a: ItemFamily | undefined, b: ItemFamily | undefined) =>
  a !== undefined && b !== undefined && ITEM_FAMILIES.indexOf(a) > ITEM_FAMILIES.indexOf(b);

/**
 * Decimal numbering (1 产业发展 / 1.1 推进技改 / 1.1.1 …) is read only where the document numbers
 * that way: two or more decimal lines, one of them N.1. Then a plain 1. / 1 line whose number opens
 * the decimals (1 → 1.1) is the section above them, N.M lines are the items and N.M.K lines the
 * item's list. Elsewhere a stray "2.3 …" line is an ordinary paragraph.
 */
function readDecimals(classified: ClassifiedLine[], lines: SourceLine[]): ClassifiedLine[] {
  const decimals = classified.filter((c) => c.decimal);
  if (decimals.length < 2 || !decimals.some((c) => c.decimal!.length === 2 && c.decimal![1] === 1)) {
    return classified.map((c, i) => (c.decimal ? { kind: 'para', label: '', rest: lines[i].text, restOffset: 0 } : c));
  }
  const heads = new Set(decimals.map((c) => String(c.decimal![0])));
  return classified.map((c) =>
    !c.decimal && c.kind === 'item' && c.family === 'digit' && heads.has(c.label) ? { ...c, kind: 'section', family: undefined } : c);
}

export function buildOutline(lines: SourceLine[]): Outline {
  const classified = readDecimals(lines.map((l) => classifyLine(l.text)), lines);
  // Unnumbered short lines are structural only where the document has no numbered parts.
  const hasParts = classified.some((c) => c.kind === 'part');
  const outline: Outline = {
    preamble: [], parts: [],
    labelled: classified.flatMap((c, i) => (['part', 'section', 'bracket', 'item', 'enum'].includes(c.kind) ? [{ line: i, kind: c.kind, label: c.label }] : [])),
  };
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
    if (!part && !hasParts && (kind === 'item' || kind === 'section' || kind === 'bracket')) {
      part = rootContainer(i);
      outline.parts.push(part);
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
    // (1) or ① inside a 1. item: a list within the item, not a new task.
    if (kind === 'item' && item && open.items.includes(item) && deeper(c.family, (item as ItemBlock).family)) {
      (item as ItemBlock).lines.push(i);
      (item as ItemBlock).subLabels.push(i);
      touch(i);
      return;
    }
    if (kind === 'item' || kind === 'enum') {
      item = { kind, label: c.label, ...(c.family ? { family: c.family } : {}), lines: [i], subLabels: [], ...(c.decimal ? { restOffset: c.restOffset } : {}) };
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
