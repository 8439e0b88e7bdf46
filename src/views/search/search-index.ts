// Pure: the search index over tasks, departments, places and targets of all documents, and the query.
// Chinese has no word breaks, so matching is plain substring matching on normalised text.
import type { Department, PolicyDocument } from '../../shared/schema';
import { namesAsWritten } from '../../kernel/places/names-as-written';
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';

export type HitKind = 'task' | 'unit' | 'place' | 'target';
export const HIT_KINDS: HitKind[] = ['task', 'unit', 'place', 'target'];

export interface SearchEntry {
  kind: HitKind;
  /** Stable key for lists and aria ids. */
  key: string;
  label: string;
  /** Secondary line: the document, a figure, a count. */
  detail: string;
  /** Where picking it goes. */
  href: string;
  /** Normalised text the query is matched against. */
  haystack: string;
}

/** Full-width → half-width, lower case, no whitespace: 'ＰＭ２．５' and 'pm2.5' match. */
export function normalise(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase();
}

const docHref = (docId: string) => `/doc/${encodeURIComponent(docId)}`;

/**
 * Places are searched by the names the documents write (one entry per name as written, so 泽州县
 * finds 晋城市's code with the word the user typed); departments by their registry name and aliases when
 * the department registry is given, else by the names in the tasks.
 */
export function buildSearchIndex(docs: PolicyDocument[], departments: readonly Department[] = []): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const registry = new Map(departments.map((d) => [d.id, d]));
  const units = new Map<string, { name: string; province: string | null; aliases: Set<string>; tasks: number }>();
  const placeTasks = new Map<string, number>();
  for (const doc of docs) {
    for (const task of doc.tasks) {
      entries.push({
        kind: 'task',
        // Task ids are unique within a document only (二.14).
        key: `task:${doc.id}:${task.id}`,
        label: task.title,
        detail: `${doc.province} · ${doc.title}`,
        href: `${docHref(doc.id)}?task=${encodeURIComponent(task.id)}`,
        haystack: normalise(`${task.title} ${task.text}`),
      });
      for (const u of task.units) {
        const known = registry.get(u.departmentId);
        const e = units.get(u.departmentId) ?? { name: known?.name ?? u.name, province: known?.province ?? null, aliases: new Set<string>(known?.aliases), tasks: 0 };
        e.tasks++;
        e.aliases.add(u.name);
        if (u.asWritten) e.aliases.add(u.asWritten);
        units.set(u.departmentId, e);
      }
      for (const code of task.places) placeTasks.set(code, (placeTasks.get(code) ?? 0) + 1);
    }
    for (const ind of doc.indicators) {
      entries.push({
        kind: 'target',
        key: `target:${doc.id}:${ind.id}`,
        label: `${ind.name} ${formatTarget(ind)}`,
        detail: `${ind.targetYear ?? ''}${ind.targetYear ? '年 · ' : ''}${doc.title}`,
        href: ind.taskId
          ? `${docHref(doc.id)}?task=${encodeURIComponent(ind.taskId)}`
          : `${docHref(doc.id)}?at=${ind.citation.start}-${ind.citation.end}`,
        haystack: normalise(`${ind.name} ${ind.citation.quote}`),
      });
    }
  }
  for (const [id, u] of units) {
    entries.push({
      kind: 'unit',
      key: `unit:${id}`,
      label: u.name,
      // 省发展改革委 exists in 山西 and 湖北: the province tells the two results apart.
      detail: u.province ? `${u.province} · ${t.search.taskCount(u.tasks)}` : t.search.taskCount(u.tasks),
      href: `/department/${encodeURIComponent(id)}`,
      haystack: normalise([u.name, ...u.aliases].join(' ')),
    });
  }
  const written = namesAsWritten(docs);
  for (const [code, n] of placeTasks) {
    // A code listed without a mention (none in today's data) is still findable by its code.
    for (const name of written.get(code) ?? [code]) {
      entries.push({
        kind: 'place',
        key: `place:${code}:${name}`,
        label: name,
        // The count is for the whole prefecture-level region the name resolves to (泽州县 → 140500).
        detail: t.search.placeDetail(code, n),
        href: `/place/${code}`,
        haystack: normalise(`${name} ${code}`),
      });
    }
  }
  return entries;
}

export type SearchResults = Record<HitKind, SearchEntry[]>;

/** Entries containing the query, grouped by kind, at most `perGroup` each (shortest label first). */
export function search(index: SearchEntry[], query: string, perGroup = 8): SearchResults {
  const q = normalise(query);
  const out: SearchResults = { task: [], unit: [], place: [], target: [] };
  if (!q) return out;
  for (const e of index) if (e.haystack.includes(q)) out[e.kind].push(e);
  for (const k of HIT_KINDS) {
    // Label hits before body hits, then shorter labels: the closest match comes first.
    out[k].sort((a, b) => Number(!normalise(a.label).includes(q)) - Number(!normalise(b.label).includes(q)) || a.label.length - b.label.length);
    // A place has one entry per name as written: show the best-matching name of each place once.
    const seen = new Set<string>();
    out[k] = out[k].filter((e) => !seen.has(e.href) && seen.add(e.href)).slice(0, perGroup);
  }
  return out;
}
