// User-supplied progress (data/progress/*.csv) → checked ProgressRow[]. The product ships no rows of
// its own: every value here was typed in by a person from a source they name in source_note, so
// anything doubtful is refused loudly (file and row) rather than guessed at.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import type { Indicator, ProgressRow } from '../../src/shared/schema';
import { decodeRaw } from '../text/decode';
import { csvRecords } from './csv';

export const PROGRESS_HEADER = ['indicator', 'date', 'value', 'unit', 'source_note'] as const;
/**
 * Optional last column: the indicator's name as the target card shows it. Ids are numbered in
 * document order, so a change in what the pipeline extracts can move them; with the name given, a
 * row whose id now points at another target is refused instead of silently re-attached.
 */
export const NAME_COLUMN = 'indicator_name';

/** A value as it can be quoted in a message: a 401-digit figure is shortened, not echoed whole. */
const show = (v: string) => (v.length > 40 ? `${v.slice(0, 20)}…${v.slice(-8)} (${v.length} characters)` : v);

// Plain decimals only: "1,234" or "5%" would be read differently by different people.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Progress of a plan of the People's Republic: nothing before 1949, nothing past the century.
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;
/** A double holds 15 significant digits exactly; more would be silently rounded. */
const MAX_DIGITS = 15;

/** YYYY, YYYY-MM or YYYY-MM-DD that names a real day in 1949–2100; returns the reason when it does not. */
export function checkDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return `bad date "${s}" (use YYYY, YYYY-MM or YYYY-MM-DD)`;
  const [, y, mo, d] = m;
  if (Number(y) < FIRST_YEAR || Number(y) > LAST_YEAR) return `implausible date "${s}" (years ${FIRST_YEAR}–${LAST_YEAR} only)`;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return `bad date "${s}" (month ${mo})`;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return `bad date "${s}" (day ${d})`;
  }
  return null;
}

/** Parse and check one file's text. `file` is used in errors and stored on each row. */
export function parseProgressCsv(file: string, text: string, indicators: Map<string, Indicator>): ProgressRow[] {
  const records = csvRecords(file, text);
  const header = records[0].fields.map((h) => h.trim());
  const withName = [...PROGRESS_HEADER, NAME_COLUMN];
  const named = header.join(',') === withName.join(',');
  if (!named && header.join(',') !== PROGRESS_HEADER.join(',')) {
    throw new InputError(file, records[0].line, `header must be "${PROGRESS_HEADER.join(',')}" (optionally ",${NAME_COLUMN}"), got "${header.join(',')}"`);
  }
  const width = named ? withName.length : PROGRESS_HEADER.length;
  return records.slice(1).map(({ line, fields }) => {
    const fail = (reason: string) => new InputError(file, line, reason);
    if (fields.length !== width) {
      throw fail(`expected ${width} fields, got ${fields.length}`);
    }
    const [id, date, rawValue, unit, note, name = ''] = fields.map((f) => f.trim());
    const ind = indicators.get(id);
    if (!ind) throw fail(`column indicator: unknown indicator "${show(id)}"`);
    if (name !== '' && name !== ind.name) {
      throw fail(`column indicator_name: indicator ${id} is "${ind.name}", not "${name}" (ids follow the order of targets in the document: check the id on the target card)`);
    }
    const dateProblem = checkDate(date);
    if (dateProblem) throw fail(`column date: ${dateProblem}`);
    if (!NUMBER.test(rawValue)) throw fail(`column value: bad number "${show(rawValue)}" (plain decimal, no separators or unit)`);
    const digits = rawValue.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
    const value = Number(rawValue);
    if (!Number.isFinite(value) || digits > MAX_DIGITS) {
      throw fail(`column value: ${show(rawValue)} has ${digits} significant digits; at most ${MAX_DIGITS} can be stored exactly`);
    }
    // Units must match as the document wrote them: 亿元 vs 万亿元 is a factor of 10 000, not a typo.
    if (unit !== ind.unit) throw fail(`column unit: "${show(unit)}" does not match indicator ${id} ("${ind.unit}")`);
    if (note === '') throw fail('column source_note: empty (say where the value comes from)');
    return { indicatorId: id, date, value, unit, sourceNote: note, file, row: line };
  });
}

/**
 * All data/progress/*.csv, in file-name order; a missing folder means no progress. The files are
 * decoded like documents (UTF-8 or UTF-16, GBK refused with a hint). `shownDir` is how files are
 * named in rows and errors: repo-relative, so output files never carry a machine path.
 */
export function readProgress(dir: string, indicators: Indicator[], shownDir = 'data/progress'): ProgressRow[] {
  if (!existsSync(dir)) return [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort();
  const rows: ProgressRow[] = [];
  const seen = new Map<string, ProgressRow>();
  for (const name of files) {
    const path = `${shownDir}/${name}`;
    for (const row of parseProgressCsv(path, decodeRaw(readFileSync(join(dir, name)), path), byId)) {
      // Two values for the same indicator and date cannot both be right; make a person choose.
      const key = `${row.indicatorId}\u0000${row.date}`;
      const prev = seen.get(key);
      if (prev) {
        throw new InputError(path, row.row, `${row.indicatorId} ${row.date} already given at ${prev.file}:${prev.row}`);
      }
      seen.set(key, row);
      rows.push(row);
    }
  }
  return rows.sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.date.localeCompare(b.date));
}
