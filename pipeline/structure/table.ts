// Task tables flattened to text. A 责任分工 table copied from a web page arrives either one cell per
// line (each cell ending "|", rows separated by a line of bare "|"), or one row per line with cells
// separated by "|". Its header row names the columns (序号 / 任务 / 工作内容 / 牵头单位 / 责任单位 /
// 配合单位 / 责任领导 / 完成时限); each later row is one task, its cells read by their column.
// Place columns (建设地点) are places, never units; a 完成时限 column stays in the task's text.
import type { SourceLine } from './outline';
import type { TaskCandidate } from './tasks';
import type { Container } from './outline';

type Column = 'number' | 'title' | 'content' | 'lead' | 'support' | 'responsible' | 'leader' | 'other';

/** Header words → column meaning. Longest first: 牵头单位 before 单位, 工作任务 before 任务. */
const HEADERS: Array<[RegExp, Column]> = [
  [/^(?:序号|编号|序)$/, 'number'],
  [/^(?:牵头(?:单位|部门|责任单位)|主办(?:单位)?|主责(?:单位|部门))$/, 'lead'],
  [/^(?:配合(?:单位|部门)|协办(?:单位)?|协同(?:单位|部门)|参与(?:单位|部门)|协助单位)$/, 'support'],
  [/^(?:责任(?:单位|部门)|承办单位|实施(?:单位|主体)|责任主体|牵头及责任单位)$/, 'responsible'],
  [/^(?:责任领导|分管(?:省|市|县|区)?领导|牵头领导|联系领导|责任人)$/, 'leader'],
  [/^(?:(?:重点|主要|具体|工作)?任务(?:名称)?|项目(?:名称)?|事项(?:名称)?|工作(?:事项|名称)|指标(?:名称)?|名称)$/, 'title'],
  [/(?:内容|目标|措施|要求|举措)$/, 'content'],
  // Columns kept in the row's text but never read as units: deadlines, places, money, notes.
  [/^(?:完成(?:时限|时间)|时限|时间(?:节点|安排)?|进度(?:安排)?|建设(?:地点|时间)|地点|备注|投资.*|.*金额.*)$/, 'other'],
];

function columnOf(cell: string): Column | null {
  const c = cell.replace(/\s+/g, '').replace(/^\d{4}年/, '');
  for (const [re, col] of HEADERS) if (re.test(c)) return col;
  return null;
}

interface Cell {
  text: string;
  start: number;
  end: number;
  line: number;
}

const BARE = /^\|+$/;

/** Cells of a one-cell-per-line table: lines ending "|" close a cell; a bare "|" line closes a row. */
function cellRows(lines: SourceLine[]): Array<{ cells: Cell[]; lines: number[] }> {
  const rows: Array<{ cells: Cell[]; lines: number[] }> = [];
  let row: { cells: Cell[]; lines: number[] } = { cells: [], lines: [] };
  let pending: Cell | null = null;
  const endRow = () => {
    if (pending) row.cells.push(pending);
    pending = null;
    if (row.cells.length) rows.push(row);
    row = { cells: [], lines: [] };
  };
  lines.forEach((l, i) => {
    if (BARE.test(l.text)) {
      row.lines.push(i);
      endRow();
      return;
    }
    row.lines.push(i);
    const closes = /\|\s*$/.test(l.text);
    const body = l.text.replace(/\s*\|\s*$/, '');
    pending = pending
      ? { ...pending, text: `${pending.text}${body}`, end: l.start + body.length }
      : { text: body, start: l.start, end: l.start + body.length, line: i };
    if (closes) {
      row.cells.push(pending);
      pending = null;
    }
  });
  endRow();
  return rows;
}

/** Cells of a row written on one line: "1 | 任务 | 牵头单位 | 责任单位 |". */
function splitRow(l: SourceLine, i: number): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const part of l.text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) cells.push({ text, start: l.start + at + lead, end: l.start + at + lead + text.length, line: i });
    at += part.length + 1;
  }
  return cells;
}

function headerColumns(cells: Cell[]): Column[] | null {
  const cols = cells.map((c) => columnOf(c.text) ?? 'other');
  const has = (k: Column) => cols.includes(k);
  if (!has('number') || !(has('title') || has('content')) || !(has('lead') || has('responsible') || has('support'))) return null;
  return cols;
}

const ROW_NUMBER = /^\d{1,3}$/;

function rowCandidate(cols: Column[], cells: Cell[], lines: number[], part: Container): TaskCandidate | null {
  const at = (k: Column) => cells.filter((_, i) => cols[i] === k);
  const number = at('number')[0];
  if (!number || !ROW_NUMBER.test(number.text)) return null;
  const title = at('title')[0] ?? at('content')[0];
  const unitCells = cells.flatMap((c, i) => {
    const col = cols[i];
    if (col !== 'lead' && col !== 'support' && col !== 'responsible') return [];
    const role: 'lead' | 'support' | 'responsible-or-support' = col === 'responsible' ? 'responsible-or-support' : col;
    return [{ start: c.start, end: c.end, role }];
  });
  const first = cells[0];
  const last = cells[cells.length - 1];
  return {
    path: [number.text],
    kind: 'task',
    part,
    section: null,
    lines: lines.filter((i) => i >= first.line && i <= last.line),
    bodyOffset: 0,
    numbering: 'item',
    needsUnits: false,
    span: [first.start, last.end],
    ...(title ? { title: title.text } : {}),
    cells: { units: unitCells, leaders: at('leader').map((c) => ({ start: c.start, end: c.end })) },
  };
}

function plainCellTable(lines: SourceLine[], part: Container): TableRead | null {
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && lines[j].text.length <= 12 && columnOf(lines[j].text)) j++;
    if (j - i < 3) continue;
    const cells = lines.slice(i, j).map((l, k) => ({ text: l.text, start: l.start, end: l.end, line: i + k }));
    const cols = headerColumns(cells);
    if (!cols) { i = j; continue; }
    const read: TableRead = { candidates: [], lines: new Set(cells.map((c) => c.line)) };
    part.title = '表格';
    part.line = i;
    let next = 1;
    let k = j;
    while (k < lines.length && lines[k].text === String(next)) {
      // The row runs to the line before the next row number (or the table's end: a line that no
      // longer fits the column count).
      let end = k + 1;
      while (end < lines.length && end - k < cols.length && lines[end].text !== String(next + 1)) end++;
      const row = lines.slice(k, end).map((l, n) => ({ text: l.text, start: l.start, end: l.end, line: k + n }));
      const c = rowCandidate(cols, row, row.map((r) => r.line), part);
      if (!c) break;
      for (const r of row) read.lines.add(r.line);
      read.candidates.push(c);
      next++;
      k = end;
    }
    if (read.candidates.length) return read;
    i = j;
  }
  return null;
}

export interface TableRead {
  candidates: TaskCandidate[];
  /** Lines the table occupies (the outline must not read them again). */
  lines: Set<number>;
}

export function tableCandidates(lines: SourceLine[]): TableRead {
  const out: TableRead = { candidates: [], lines: new Set() };
  const part: Container = { level: 'heading', label: '', title: '', line: 0, inlineBody: false, items: [], paragraphs: [], sections: [], lastLine: 0 };

  // One row per line.
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i].text.match(/\|/g) ?? []).length < 2) continue;
    const cols = headerColumns(splitRow(lines[i], i));
    if (!cols) continue;
    out.lines.add(i);
    part.title = '表格';
    part.line = i;
    for (let j = i + 1; j < lines.length && lines[j].text.includes('|'); j++) {
      const cells = splitRow(lines[j], j);
      out.lines.add(j);
      // A row cut short still keeps its cells by position; missing cells are simply absent.
      const c = rowCandidate(cols, cells, [j], part);
      if (c) out.candidates.push(c);
    }
    if (out.candidates.length) return out;
  }

  // One cell per line with no pipes at all: a run of header lines (序号 / 工作任务 / 牵头单位 …), then
  // rows that each start with their number on a line of its own.
  const plain = plainCellTable(lines, part);
  if (plain) return plain;

  // One cell per line: needs cells closed by "|" and bare "|" row separators.
  if (lines.filter((l) => BARE.test(l.text)).length < 2) return out;
  const rows = cellRows(lines);
  const header = rows.findIndex((r) => headerColumns(r.cells) !== null);
  if (header < 0) return out;
  const cols = headerColumns(rows[header].cells)!;
  part.title = '表格';
  part.line = rows[header].lines[0];
  for (const l of rows[header].lines) out.lines.add(l);
  for (const r of rows.slice(header + 1)) {
    const c = rowCandidate(cols, r.cells, r.lines, part);
    if (!c) continue;
    for (const l of r.lines) out.lines.add(l);
    out.candidates.push(c);
  }
  return out;
}
