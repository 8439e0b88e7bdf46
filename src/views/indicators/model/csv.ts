// CSV of exactly the rows the view shows (every row the filters select, drawn or not yet drawn),
// in its order: the cards' category order or the table's sort order. UTF-8 with a BOM so Excel on
// a Chinese Windows opens it as UTF-8 instead of GBK; RFC-4180 quoting; numbers written plain (no
// 万/亿 scaling) so a spreadsheet can compute with them; the comparator in the words the cards use
// (达到, 不低于, …), not symbols: "=" would be read as a formula and come out as "'=".
import { formatComparator, formatTarget } from '../../../kernel/lib/format';
import type { TargetEntry } from './catalogue';

export const CSV_COLUMNS = [
  'province', 'document', 'indicator_id', 'category', 'name', 'stage', 'target_text', 'comparator', 'direction', 'value', 'value_max', 'unit',
  'target_year', 'baseline', 'baseline_year', 'latest', 'latest_date', 'required_per_year', 'implied_per_year',
  'pace_mode', 'status', 'responsible_units', 'source_line', 'source_quote',
] as const;

export function csvField(v: string | number | null): string {
  if (v === null) return '';
  // Document text is untrusted: a cell starting with = + - @ would run as an Excel formula.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const round = (n: number | null) => (n === null ? null : Number(n.toFixed(4)));

export function entryRow(e: TargetEntry): (string | number | null)[] {
  const i = e.indicator;
  const a = e.assessment;
  const last = e.progress.length > 0 ? [...e.progress].sort((x, y) => x.date.localeCompare(y.date)).at(-1)! : null;
  return [
    // target_text is the figure exactly as the card writes it (控制在5.5%左右); comparator and
    // direction are its parts, for filtering: direction up/down when the words say which way is better.
    e.province, e.docTitle, i.id, i.category, i.name, i.stage, formatTarget(i), formatComparator(i.comparator), i.direction, i.value, i.valueMax, i.unit,
    i.targetYear, i.baseline?.value ?? null, i.baseline?.year ?? null, last?.value ?? null, last?.date ?? null,
    round(a.required), round(a.implied), a.mode, a.status,
    e.units ? e.units.map((u) => u.name).join('、') : null,
    i.citation.line, i.citation.quote,
  ];
}

export function toCsv(entries: TargetEntry[]): string {
  const lines = [CSV_COLUMNS.join(','), ...entries.map((e) => entryRow(e).map(csvField).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
