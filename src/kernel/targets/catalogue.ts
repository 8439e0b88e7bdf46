// The catalogue: every target of every document, joined with what the card needs (document,
// province, responsible units through indicator.taskId → task.units, supplied progress, status),
// then filtered by the four facets kept in the URL.
import type { Indicator, PolicyDocument, ProgressRow, TargetEntryRow, TaskUnit } from '../../shared/schema';
import { assess, type Assessment } from '../progress/status';
import { provinceLabel } from '../lib/province-label';
import type { LocalProgress } from '../entries/types';

/** Category ids the target extraction assigns, in the order the plans list their themes. */
export const CATEGORY_ORDER = ['economy', 'industry-innovation', 'energy-environment', 'infrastructure', 'livelihood', 'reform-opening'] as const;

export interface TargetEntry {
  indicator: Indicator;
  docId: string;
  docTitle: string;
  /** The document's 文号 and date: what an export cites, without the manifest. */
  docNumber: string | null;
  docDate: string | null;
  province: string;
  /** Units the document names for the task carrying the target; null when it names none. */
  units: TaskUnit[] | null;
  /** Built rows (data/progress) and the local ones, as rows: what the status is computed from. */
  progress: ProgressRow[];
  /** Figures entered in this browser (本地录入), shown with their note, editable. */
  local: LocalProgress[];
  assessment: Assessment;
}

/** A local entry as a progress row (file 'local': it is in no file yet). */
export const localRow = (p: LocalProgress): ProgressRow => ({ indicatorId: p.indicatorId, date: p.date, value: p.value, unit: p.unit, sourceNote: p.sourceNote, file: 'local', row: 1 });

export interface Filters {
  province: string | null;
  doc: string | null;
  /** A year as a string, 'none' for targets whose year the text does not state, null for all. */
  year: string | null;
  /** A category id, 'none' for unclassified, null for all. */
  category: string | null;
  /** A responsible unit's name as the document writes it (any role), null for all. */
  unit: string | null;
}

export const NO_FILTERS: Filters = { province: null, doc: null, year: null, category: null, unit: null };

/** The units the document names for the target's task, each once. */
export const unitNames = (e: TargetEntry): string[] => [...new Set((e.units ?? []).map((u) => u.name))];

/** `currentYear` decides what is overdue (逾期未报); the view passes today's year. */
export function buildEntries(docs: PolicyDocument[], progress: ProgressRow[], currentYear?: number, local: LocalProgress[] = []): TargetEntry[] {
  const byIndicator = new Map<string, ProgressRow[]>();
  const localBy = new Map<string, LocalProgress[]>();
  for (const p of local) localBy.set(p.indicatorId, [...(localBy.get(p.indicatorId) ?? []), p]);
  for (const r of progress) {
    const list = byIndicator.get(r.indicatorId) ?? [];
    list.push(r);
    byIndicator.set(r.indicatorId, list);
  }
  return docs.flatMap((doc) => {
    const tasks = new Map(doc.tasks.map((t) => [t.id, t]));
    return doc.indicators.map((indicator) => {
      const task = indicator.taskId ? tasks.get(indicator.taskId) : undefined;
      const mine = localBy.get(indicator.id) ?? [];
      const rows = [...(byIndicator.get(indicator.id) ?? []), ...mine.map(localRow)];
      return {
        indicator,
        docId: doc.id,
        docTitle: doc.title,
        docNumber: doc.docNumber,
        docDate: doc.date,
        province: provinceLabel(doc),
        units: task && task.unitsStated && task.units.length > 0 ? task.units : null,
        progress: rows,
        local: mine,
        assessment: assess(indicator, rows, currentYear),
      };
    });
  });
}

/** The index's province for its national (100000) and unknown (000000) registers, named as the UI names them. */
const rowProvince = (r: Pick<TargetEntryRow, 'province' | 'provinceCode'>) =>
  r.provinceCode === '100000' ? provinceLabel({ province: null, scope: 'national' }) : r.provinceCode === '000000' ? provinceLabel({ province: null, scope: null }) : r.province;

/**
 * The same entries from the build-time catalogue (index/targets/…, one shard per province): rows in
 * document order (docOrder; a shard keeps each document's own order), progress and local figures joined.
 */
export function entriesFromRows(rows: readonly TargetEntryRow[], progress: ProgressRow[], currentYear?: number, local: LocalProgress[] = []): TargetEntry[] {
  const byIndicator = new Map<string, ProgressRow[]>();
  const localBy = new Map<string, LocalProgress[]>();
  for (const p of local) localBy.set(p.indicatorId, [...(localBy.get(p.indicatorId) ?? []), p]);
  for (const r of progress) byIndicator.set(r.indicatorId, [...(byIndicator.get(r.indicatorId) ?? []), r]);
  return [...rows].sort((a, b) => a.docOrder - b.docOrder).map((r) => {
    const mine = localBy.get(r.indicator.id) ?? [];
    const all = [...(byIndicator.get(r.indicator.id) ?? []), ...mine.map(localRow)];
    return { indicator: r.indicator, docId: r.docId, docTitle: r.docTitle, docNumber: r.docNumber, docDate: r.docDate, province: rowProvince(r), units: r.units, progress: all, local: mine, assessment: assess(r.indicator, all, currentYear) };
  });
}

const yearKey = (e: TargetEntry) => (e.indicator.targetYear === null ? 'none' : String(e.indicator.targetYear));
const categoryKey = (e: TargetEntry) => e.indicator.category ?? 'none';

export function matches(e: TargetEntry, f: Filters): boolean {
  return (
    (f.province === null || e.province === f.province) &&
    (f.doc === null || e.docId === f.doc) &&
    (f.year === null || yearKey(e) === f.year) &&
    (f.category === null || categoryKey(e) === f.category) &&
    (f.unit === null || unitNames(e).includes(f.unit))
  );
}

export function filterEntries(entries: TargetEntry[], f: Filters): TargetEntry[] {
  return entries.filter((e) => matches(e, f));
}

export interface Facet {
  value: string;
  count: number;
}

function sortedFacets(counts: Map<string, number>, order: (a: string, b: string) => number): Facet[] {
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => order(a.value, b.value));
}

const categoryRank = (c: string) => {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(c);
  return i === -1 ? CATEGORY_ORDER.length : i;
};
const byCategory = (a: string, b: string) => categoryRank(a) - categoryRank(b) || a.localeCompare(b);
// One collator for every comparison: localeCompare(b, 'zh') builds a new one per call.
const zh = new Intl.Collator('zh');
// Years ascending; targets with no stated year last.
const byYear = (a: string, b: string) => (a === 'none' ? 1 : b === 'none' ? -1 : Number(a) - Number(b));

const FACET_KEYS = ['province', 'doc', 'year', 'category'] as const;

/**
 * Facet values with counts. Each facet counts under the other three filters, so choices never lead
 * to nothing. One pass: an entry counts in every facet if it fails no filter, and only in facet k
 * if k is the one filter it fails (runs on every filter change, over thousands of entries).
 */
export function facets(entries: TargetEntry[], f: Filters): Record<keyof Filters, Facet[]> {
  const counts = { province: new Map<string, number>(), doc: new Map<string, number>(), year: new Map<string, number>(), category: new Map<string, number>(), unit: new Map<string, number>() };
  for (const e of entries) {
    const values = { province: e.province, doc: e.docId, year: yearKey(e), category: categoryKey(e) };
    // A target has several units (multi-valued): it fails the unit filter when none is the chosen one.
    const units = unitNames(e);
    let failed: keyof Filters | null = null;
    let failures = 0;
    for (const k of FACET_KEYS) {
      if (f[k] !== null && values[k] !== f[k]) {
        failed = k;
        failures += 1;
      }
    }
    if (f.unit !== null && !units.includes(f.unit)) {
      failed = 'unit';
      failures += 1;
    }
    if (failures > 1) continue;
    for (const k of FACET_KEYS) {
      if (failures === 1 && k !== failed) continue;
      counts[k].set(values[k], (counts[k].get(values[k]) ?? 0) + 1);
    }
    if (failures === 0 || failed === 'unit') for (const u of units) counts.unit.set(u, (counts.unit.get(u) ?? 0) + 1);
  }
  return {
    unit: sortedFacets(counts.unit, zh.compare),
    province: sortedFacets(counts.province, zh.compare),
    doc: sortedFacets(counts.doc, (a, b) => a.localeCompare(b)),
    year: sortedFacets(counts.year, byYear),
    category: sortedFacets(counts.category, byCategory),
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

/**
 * The cards' reading order: category groups in the plans' order, document order inside a group.
 * Cards are drawn a page at a time in this order, so a new page only ever appends below what is
 * on screen (grouping only the drawn cards put later cards into groups above the reader).
 */
export function categoryOrder(entries: TargetEntry[]): TargetEntry[] {
  return groupByCategory(entries).flatMap((g) => g.entries);
}

export interface CardGroup {
  category: string;
  /** Every filtered entry of the category, drawn or not: what the group heading counts. */
  total: number;
  /** The entries drawn so far (a prefix of the group). */
  entries: TargetEntry[];
}

/**
 * Groups of the first `limit` entries of `ordered` (already in categoryOrder), each with the
 * count of all its entries. Groups with nothing drawn yet are left out.
 */
export function drawnGroups(ordered: TargetEntry[], limit: number): CardGroup[] {
  const out: CardGroup[] = [];
  let left = limit;
  for (const g of groupByCategory(ordered)) {
    if (left <= 0) break;
    out.push({ category: g.category, total: g.entries.length, entries: g.entries.slice(0, left) });
    left -= g.entries.length;
  }
  return out;
}
