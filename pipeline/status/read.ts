// User-entered task status (data/status/*.csv, exported from the browser's 督办状态 form) → checked
// TaskStatusRow[]. As with progress, every row was entered by a person who names the source; a bad
// row stops the read with the file and row, never a guess.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { InputError } from '../errors';
import { csvRecords } from '../progress/csv';
import { checkDate } from '../progress/read';
import { taskStatusValue, type TaskStatusRow } from '../../src/shared/schema';

export const STATUS_HEADER = ['document', 'task', 'status', 'date', 'note', 'source'] as const;
const STATUSES = taskStatusValue.options;

/** Task ids by document id: the ids a row may name. */
export type TaskIndex = Map<string, Set<string>>;

export function parseStatusCsv(file: string, text: string, tasks: TaskIndex): TaskStatusRow[] {
  const records = csvRecords(file, text);
  const header = records[0].fields.map((h) => h.trim());
  if (header.join(',') !== STATUS_HEADER.join(',')) {
    throw new InputError(file, records[0].line, `header must be "${STATUS_HEADER.join(',')}", got "${header.join(',')}"`);
  }
  return records.slice(1).map(({ line, fields }) => {
    const fail = (reason: string) => new InputError(file, line, reason);
    if (fields.length !== STATUS_HEADER.length) throw fail(`expected ${STATUS_HEADER.length} fields, got ${fields.length}`);
    const [docId, taskId, status, date, note, source] = fields.map((f) => f.trim());
    const ids = tasks.get(docId);
    if (!ids) throw fail(`unknown document "${docId}"`);
    if (!ids.has(taskId)) throw fail(`unknown task "${taskId}" in document ${docId}`);
    if (!(STATUSES as readonly string[]).includes(status)) throw fail(`bad status "${status}" (one of ${STATUSES.join(', ')})`);
    const dateProblem = checkDate(date);
    if (dateProblem) throw fail(dateProblem);
    if (source === '') throw fail('source is empty (say where the status comes from)');
    return { docId, taskId, status: status as TaskStatusRow['status'], date, note, source, file, row: line };
  });
}

/**
 * All `<dir>/*.csv` in file-name order; a missing folder means no status. `shownDir` is how files
 * are named in rows and errors (repo-relative: output files never carry a machine path).
 */
export function readStatus(dir: string, tasks: TaskIndex, shownDir = 'data/status'): TaskStatusRow[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  const rows: TaskStatusRow[] = [];
  const seen = new Map<string, TaskStatusRow>();
  for (const name of files) {
    const shown = `${shownDir}/${name}`;
    for (const row of parseStatusCsv(shown, readFileSync(`${dir}/${name}`, 'utf8'), tasks)) {
      const key = `${row.docId}\u0000${row.taskId}\u0000${row.date}`;
      const prev = seen.get(key);
      if (prev) throw new InputError(shown, row.row, `${row.docId} ${row.taskId} ${row.date} already given at ${prev.file}:${prev.row}`);
      seen.set(key, row);
      rows.push(row);
    }
  }
  return rows.sort((a, b) => a.docId.localeCompare(b.docId) || a.taskId.localeCompare(b.taskId) || a.date.localeCompare(b.date));
}
