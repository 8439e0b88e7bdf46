// The local entries as the CSV files the build reads (data/progress/*.csv, data/status/*.csv; formats
// in those folders' README.md), and those files read back for import in the browser — checked by the
// same rules as the pipeline's readers (pipeline/progress/read.ts, pipeline/status/read.ts), with the
// same file:row messages. The app may not import the pipeline, so the small RFC-4180 reader is
// repeated here; the browser test feeds an exported file to buildAll to keep the two in step.
import type { TaskStatusValue } from '../../shared/schema';
import { TASK_STATUSES, type LocalProgress, type LocalStatus } from './types';

export const PROGRESS_COLUMNS = ['indicator', 'date', 'value', 'unit', 'source_note', 'indicator_name'] as const;
export const STATUS_COLUMNS = ['document', 'task', 'status', 'date', 'note', 'source'] as const;

/** Control and bidi-override characters never reach a file (they can disguise what a cell says). */
// eslint-disable-next-line no-control-regex -- that is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export function clean(s: string): string {
  return s.replace(UNSAFE, '');
}

/** A text cell: formulas neutralised (= + - @ at the start), quoted when needed. */
export function textField(v: string): string {
  const c = clean(v);
  const s = /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Ids, dates and numbers are written as they are: the build parses them (a leading ' would break −1.5). */
const plain = (v: string | number) => String(v);

export function progressCsv(entries: LocalProgress[], names: Map<string, string>): string {
  const rows = [...entries]
    .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.date.localeCompare(b.date))
    .map((e) => [plain(e.indicatorId), plain(e.date), plain(e.value), textField(e.unit), textField(e.sourceNote), textField(names.get(e.indicatorId) ?? '')].join(','));
  return `\ufeff${[PROGRESS_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function statusCsv(entries: LocalStatus[]): string {
  const rows = [...entries]
    .sort((a, b) => a.docId.localeCompare(b.docId) || a.taskId.localeCompare(b.taskId) || a.date.localeCompare(b.date))
    .map((e) => [plain(e.docId), textField(e.taskId), plain(e.status), plain(e.date), textField(e.note), textField(e.source)].join(','));
  return `\ufeff${[STATUS_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export class CsvImportError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly reason: string,
  ) {
    super(`${file}${row !== null ? `:${row}` : ''}: ${reason}`);
    this.name = 'CsvImportError';
  }
}

interface CsvRecord {
  line: number;
  fields: string[];
}

function parseCsv(file: string, text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        wasQuoted = true;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      if (field !== '' || wasQuoted) throw new CsvImportError(file, line, 'a quote inside an unquoted field');
      quoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && src[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      if (wasQuoted) throw new CsvImportError(file, line, 'text after a closing quote');
      field += ch;
    }
  }
  if (quoted) throw new CsvImportError(file, recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real day; the reason when not (same words as the pipeline). */
export function dateProblem(s: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return `bad date "${s}" (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `bad date "${s}" (month ${mo})`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `bad date "${s}" (day ${d})`;
  }
  return null;
}

/** A "from the text" strip: the user's own words are untrusted too (they go into files and tooltips). */
const cell = (s: string) => clean(s).trim().replace(/^'(?=[=+\-@])/, '');

export type NewProgress = Omit<LocalProgress, 'id' | 'updatedAt'>;
export type NewStatus = Omit<LocalStatus, 'id' | 'updatedAt'>;

export function parseProgressImport(file: string, text: string, indicators: Map<string, { unit: string; name: string }>): NewProgress[] {
  const records = parseCsv(file, text);
  if (records.length === 0) throw new CsvImportError(file, null, 'empty file (expected a header row)');
  const header = records[0].fields.map((h) => h.trim()).join(',');
  const short = PROGRESS_COLUMNS.slice(0, 5).join(',');
  const width = header === PROGRESS_COLUMNS.join(',') ? 6 : header === short ? 5 : 0;
  if (width === 0) throw new CsvImportError(file, records[0].line, `header must be "${short}" (optionally ",indicator_name"), got "${header}"`);
  return records.slice(1).map(({ line, fields }) => {
    const fail = (reason: string) => new CsvImportError(file, line, reason);
    if (fields.length !== width) throw fail(`expected ${width} fields, got ${fields.length}`);
    const [id, date, raw, unit, note, name = ''] = fields.map(cell);
    const ind = indicators.get(id);
    if (!ind) throw fail(`unknown indicator "${id}"`);
    if (name !== '' && name !== ind.name) throw fail(`indicator ${id} is "${ind.name}", not "${name}"`);
    const dp = dateProblem(date);
    if (dp) throw fail(dp);
    if (!NUMBER.test(raw)) throw fail(`bad number "${raw}" (plain decimal, no separators or unit)`);
    if (unit !== ind.unit) throw fail(`unit "${unit}" does not match indicator ${id} ("${ind.unit}")`);
    if (note === '') throw fail('source_note is empty (say where the value comes from)');
    return { indicatorId: id, date, value: Number(raw), unit, sourceNote: note };
  });
}

export function parseStatusImport(file: string, text: string, tasks: Map<string, Set<string>>): NewStatus[] {
  const records = parseCsv(file, text);
  if (records.length === 0) throw new CsvImportError(file, null, 'empty file (expected a header row)');
  const header = records[0].fields.map((h) => h.trim()).join(',');
  if (header !== STATUS_COLUMNS.join(',')) throw new CsvImportError(file, records[0].line, `header must be "${STATUS_COLUMNS.join(',')}", got "${header}"`);
  return records.slice(1).map(({ line, fields }) => {
    const fail = (reason: string) => new CsvImportError(file, line, reason);
    if (fields.length !== STATUS_COLUMNS.length) throw fail(`expected ${STATUS_COLUMNS.length} fields, got ${fields.length}`);
    const [docId, taskId, status, date, note, source] = fields.map(cell);
    const ids = tasks.get(docId);
    if (!ids) throw fail(`unknown document "${docId}"`);
    if (!ids.has(taskId)) throw fail(`unknown task "${taskId}" in document ${docId}`);
    if (!(TASK_STATUSES as readonly string[]).includes(status)) throw fail(`bad status "${status}" (one of ${TASK_STATUSES.join(', ')})`);
    const dp = dateProblem(date);
    if (dp) throw fail(dp);
    if (source === '') throw fail('source is empty (say where the status comes from)');
    return { docId, taskId, status: status as TaskStatusValue, date, note, source };
  });
}

/** Which kind of file a text is, by its header: the import button takes either. */
export function csvKind(text: string): 'progress' | 'status' | null {
  const first = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/, 1)[0].trim();
  if (first.startsWith('indicator,')) return 'progress';
  if (first.startsWith('document,')) return 'status';
  return null;
}
