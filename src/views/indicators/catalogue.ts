// The catalogue: every target of every document, joined with what the card needs (document,
// province, responsible units through indicator.taskId → task.units, supplied progress, status),
// then filtered by the four facets kept in the URL.
import type { Indicator, PolicyDocument, ProgressRow, TaskUnit } from '../../shared/schema';
import { assess, type Assessment } from './status';

/** Category ids the target extraction assigns, in the order the plans list their themes. */
export const CATEGORY_ORDER = ['economy', 'industry-innovation', 'energy-environment', 'infrastructure', 'livelihood', 'reform-opening'] as const;

export interface TargetEntry {
  indicator: Indicator;
  docId: string;
  docTitle: string;
  province: string;
  /** Units the document names for the task carrying the target; null when it names none. */
  units: TaskUnit[] | null;
  progress: ProgressRow[];
  assessment: Assessment;
}

export interface Filters {
  province: string | null;
  doc: string | null;
  /** A year as a string, 'none' for targets whose year the text does not state, null for all. */
  year: string | null;
  /** A category id, 'none' for unclassified, null for all. */
  category: string | null;
}

export const NO_FILTERS: Filters = { province: null, doc: null, year: null, category: null };

export function buildEntries(docs: PolicyDocument[], progress: ProgressRow[]): TargetEntry[] {
  const byIndicator = new Map<string, ProgressRow[]>();
  for (const r of progress) {
    const list = byIndicator.get(r.indicatorId) ?? [];
    list.push(r);
    byIndicator.set(r.indicatorId, list);
  }
  return docs.flatMap((doc) => {
    const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
    return doc.indicators.map((indicator) => {
      const task = indicator.taskId ? tasks.get(indicator.taskId) : undefined;
      const rows = byIndicator.get(indicator.id) ?? [];
      return {
        indicator,
        docId: doc.id,
        docTitle: doc.title,
        province: doc.province,
        units: task && task.unitsStated && task.units.length > 0 ? task.units : null,
        progress: rows,
        assessment: assess(indicator, rows),
      };
    });
  });
}

const yearKey = (e: TargetEntry) => (e.indicator.targetYear === null ? 'none' : String(e.indicator.targetYear));
const categoryKey = (e: TargetEntry) => e.indicator.category ?? 'none';

export function matches(e: TargetEntry, f: Filters): boolean {
  return (
    (f.province === null || e.province === f.province) &&
    (f.doc === null || e.docId === f.doc) &&
    (f.year === null || yearKey(e) === f.year) &&
    (f.category === null || categoryKey(e) === f.category)
  );
}

export function filterEntries(entries: TargetEntry[], f: Filters): TargetEntry[] {
  return entries.filter((e) => matches(e, f));
}

export interface Facet {
  value: string;
  count: number;
}

function count(entries: TargetEntry[], key: (e: TargetEntry) => string, order: (a: string, b: string) => number): Facet[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => order(a.value, b.value));
}

const categoryRank = (c: string) => {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
  return i === -1 ? CATEGORY_ORDER.length : i;
};
const byCategory = (a: string, b: string) => categoryRank(a) - categoryRank(b) || a.localeCompare(b);
// Years ascending; targets with no stated year last.
const byYear = (a: string, b: string) => (a === 'none' ? 1 : b === 'none' ? -1 : Number(a) - Number(b));

/** Facet values with counts. Each facet counts under the other three filters, so choices never lead to nothing. */
export function facets(entries: TargetEntry[], f: Filters) {
  const without = (k: keyof Filters) => filterEntries(entries, { ...f, [k]: null });
  return {
    province: count(without('province'), (e) => e.province, (a, b) => a.localeCompare(b, 'zh')),
    doc: count(without('doc'), (e) => e.docId, (a, b) => a.localeCompare(b)),
    year: count(without('year'), yearKey, byYear),
    category: count(without('category'), categoryKey, byCategory),
  };
}

/** Entries grouped by category in the plans' order; unclassified last. */
export function groupByCategory(entries: TargetEntry[]): { category: string; entries: TargetEntry[] }[] {
  const groups = new Map<string, TargetEntry[]>();
  for (const e of entries) {
    const list = groups.get(categoryKey(e)) ?? [];
    list.push(e);
    groups.set(categoryKey(e), list);
  }
  return [...groups].sort(([a], [b]) => byCategory(a, b)).map(([category, list]) => ({ category, entries: list }));
}
