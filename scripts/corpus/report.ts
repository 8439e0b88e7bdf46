// Formats corpus scores for the terminal. Pure: strings in, strings out.
import { type Counts, type DocScore, type Miss, rates } from './score';

/** Document text is untrusted: no control or bidi characters reach the terminal. */
export function plain(text: string): string {
  return text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ');
}

export function pct(r: number | null): string {
  return r === null ? 'n/a' : `${(r * 100).toFixed(1)}%`;
}

function clip(text: string, max = 40): string {
  const chars = [...plain(text)];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

const dotted = (path: string[]) => plain(path.join('.'));

export function formatMiss(m: Miss): string {
  switch (m.kind) {
    case 'crash': return `crash: ${plain(m.message)}`;
    case 'missing-task': return `missing task ${plain(m.label)} ${clip(m.title)}`;
    case 'path-differs':
      return `matched by title, path differs: ${plain(m.label)} ${clip(m.title)} → parsed path ${dotted(m.path)}`;
    case 'title-differs':
      return `(info) title differs at ${plain(m.label)}: expected ${clip(m.title)} · parsed ${clip(m.parsedTitle)}`;
    case 'missing-unit': return `missing unit ${plain(m.label)}: ${plain(m.unit)} (${m.role})`;
    case 'extra-unit': return `extra unit ${plain(m.label)}: ${plain(m.unit)} (${m.role})`;
    case 'wrong-role': return `wrong role ${plain(m.label)}: ${plain(m.unit)} expected ${m.expected}, got ${m.got}`;
    case 'extra-task': return `(info) extra task ${dotted(m.path)} ${clip(m.title)}`;
  }
}

export function summaryLine(total: Counts): string {
  const r = rates(total);
  return `corpus: tasks ${total.foundTasks}/${total.annotatedTasks} (${pct(r.taskRecall)})`
    + ` · unit P ${pct(r.unitPrecision)} R ${pct(r.unitRecall)} · roles ${pct(r.roleAccuracy)}`
    + ` · crashes ${total.crashes} · by title only ${total.foundByTitle} · extra tasks ${total.extraTasks}`;
}

export function formatTable(docs: DocScore[]): string {
  const head = ['document', 'tasks', 'by title', 'parsed', 'extra', 'unit P', 'unit R', 'roles', 'crash'];
  const rows = docs.map((d) => {
    const r = rates(d);
    return [
      d.file.replace(/\.txt$/, ''), `${d.foundTasks}/${d.annotatedTasks}`, String(d.foundByTitle),
      String(d.parsedTasks), String(d.extraTasks), pct(r.unitPrecision), pct(r.unitRecall),
      pct(r.roleAccuracy), d.crash === null ? 'no' : 'YES',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatMisses(docs: DocScore[]): string {
  const out: string[] = [];
  for (const d of docs) {
    if (!d.misses.length) continue;
    out.push(`${d.file}:`);
    for (const m of d.misses) out.push(`  ${formatMiss(m)}`);
  }
  return out.length ? out.join('\n') : 'no misses';
}

/** Table, misses, and the one-line overall score last. */
export function formatReport(docs: DocScore[], total: Counts): string {
  return [formatTable(docs), '', 'misses:', formatMisses(docs), '', summaryLine(total)].join('\n');
}
