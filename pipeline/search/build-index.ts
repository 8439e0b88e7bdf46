// Pure: documents + department registry → the search index files (MiniSearch, serialised at build
// time; the browser loads them with MiniSearch.loadJS and the same options, src/shared/search-text.ts).
//
// Two kinds of file, so search stays small as the corpus grows (issue 11):
// - core.json, always loaded: departments and places (few, and what a query most often names), with
//   pinyin terms, and the list of shards;
// - tasks-<province>-<n>.json: the tasks and targets of at most SHARD_DOCS documents of one province
//   (newest first), loaded when a search needs them.
import MiniSearch from 'minisearch';
import {
  SCHEMA_VERSION, type Department, type PolicyDocument, type SearchCore, type SearchDocFacts, type SearchShard,
} from '../../src/shared/schema';
import { coreOptions, shardOptions, unitRef, type CoreEntry, type ShardEntry } from '../../src/shared/search-text';
import { pinyinTerms } from './pinyin-terms';
import { registryScope } from '../document/scope';

/**
 * Documents per shard. A seed-sized document is ~140 KB of index (task bodies are indexed: a task is
 * often found by a word in its body, not its title), so 10 documents are ~1.4 MB, ~0.3 MB gzip
 * (bench:search prints the figures for 3,000 documents).
 */
export const SHARD_DOCS = 10;

/** Shard key of documents without a province (national documents). */
export const NO_PROVINCE = '000000';

/** What one document contributes, kept instead of the document (3,000 documents do not fit in memory). */
export interface DocSearchPart {
  docId: string;
  /** What a hit line and the export cite of its document: carried in the document's shard, so results need no manifest. */
  facts: SearchDocFacts;
  provinceCode: string;
  date: string | null;
  entries: ShardEntry[];
  /** Department id → tasks naming it. */
  unitTasks: Map<string, number>;
  /** Division code → tasks naming it, and the names the document writes for it. */
  places: Map<string, { tasks: number; names: Map<string, number> }>;
}

/** What a document contributes to core.json and to the shard plan: its part without the entries (small, kept for every document). */
export type DocSearchSummary = Omit<DocSearchPart, 'entries'>;

export function searchSummary(part: DocSearchPart): DocSearchSummary {
  const { entries: _entries, ...summary } = part;
  return summary;
}

export function docSearchPart(doc: PolicyDocument): DocSearchPart {
  const entries: ShardEntry[] = [];
  const unitTasks = new Map<string, number>();
  const places: DocSearchPart['places'] = new Map();
  for (const task of doc.tasks) {
    // Task ids are unique within a document only (二.14 exists in several).
    entries.push({ id: `t:${doc.id}:${task.id}`, kind: 'task', docId: doc.id, ref: task.id, label: task.title, body: task.text });
    for (const id of new Set(task.units.map((u) => u.departmentId))) unitTasks.set(id, (unitTasks.get(id) ?? 0) + 1);
    for (const code of task.places) {
      const p = places.get(code) ?? { tasks: 0, names: new Map<string, number>() };
      p.tasks++;
      places.set(code, p);
    }
    for (const m of task.placeMentions) {
      const p = places.get(m.code) ?? { tasks: 0, names: new Map<string, number>() };
      p.names.set(m.name, (p.names.get(m.name) ?? 0) + 1);
      places.set(m.code, p);
    }
  }
  for (const ind of doc.indicators) {
    entries.push({
      id: `g:${doc.id}:${ind.id}`, kind: 'target', docId: doc.id, ref: ind.id, label: ind.name, body: ind.citation.quote,
      figure: { comparator: ind.comparator, value: ind.value, valueMax: ind.valueMax, unit: ind.unit, direction: ind.direction, kind: ind.kind, targetYear: ind.targetYear },
      taskId: ind.taskId, span: [ind.citation.start, ind.citation.end],
    });
  }
  // A national document (国务院, no province) goes to the 000000 shards.
  const facts: SearchDocFacts = { id: doc.id, title: doc.title, province: registryScope(doc).province, docNumber: doc.docNumber, date: doc.date, sha256: doc.sha256 };
  return { docId: doc.id, facts, provinceCode: doc.provinceCode ?? NO_PROVINCE, date: doc.date, entries, unitTasks, places };
}

export interface SearchFiles {
  core: SearchCore;
  /** Path under the data folder → shard. */
  shards: Array<{ file: string; shard: SearchShard }>;
}

export function coreEntries(parts: readonly Pick<DocSearchPart, 'unitTasks' | 'places'>[], registry: readonly Department[]): CoreEntry[] {
  const unitTasks = new Map<string, number>();
  const places = new Map<string, { tasks: number; names: Map<string, number> }>();
  for (const part of parts) {
    for (const [id, n] of part.unitTasks) unitTasks.set(id, (unitTasks.get(id) ?? 0) + n);
    for (const [code, p] of part.places) {
      const all = places.get(code) ?? { tasks: 0, names: new Map<string, number>() };
      all.tasks += p.tasks;
      for (const [name, n] of p.names) all.names.set(name, (all.names.get(name) ?? 0) + n);
      places.set(code, all);
    }
  }
  // One entry per distinct set of names (see CoreEntry), its departments in registry order.
  const groups = new Map<string, CoreEntry>();
  for (const d of registry) {
    const names = [d.name, ...[...new Set(d.aliases)].filter((a) => a !== d.name).sort()];
    const id = `u:${names.join('|')}`;
    const group = groups.get(id);
    const row: [string, string, number] = [unitRef(d.id, d.name), d.province, unitTasks.get(d.id) ?? 0];
    if (group) group.at.push(row);
    else groups.set(id, { id, kind: 'unit', label: d.name, names, py: [...new Set(names.flatMap(pinyinTerms))], at: [row] });
  }
  const out: CoreEntry[] = [...groups.values()];
  for (const [code, p] of [...places].sort((a, b) => a[0].localeCompare(b[0]))) {
    // Most written name first (ties: first seen); a code no task writes out is still found by its code.
    const names = [...p.names].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    out.push({ id: `p:${code}`, kind: 'place', label: names[0] ?? code, names: [...names, code], py: [...new Set(names.flatMap(pinyinTerms))], at: [[code, code, p.tasks]] });
  }
  return out;
}

type ShardKey = Pick<DocSearchPart, 'docId' | 'provinceCode' | 'date'>;

/** Shards: per province, newest documents first, SHARD_DOCS documents each. */
export function shardParts<P extends ShardKey>(parts: readonly P[], perShard = SHARD_DOCS): Array<{ id: string; provinceCode: string; parts: P[] }> {
  const byProvince = new Map<string, P[]>();
  for (const p of parts) {
    const list = byProvince.get(p.provinceCode) ?? [];
    list.push(p);
    byProvince.set(p.provinceCode, list);
  }
  const out: Array<{ id: string; provinceCode: string; parts: P[] }> = [];
  for (const [provinceCode, list] of [...byProvince].sort((a, b) => a[0].localeCompare(b[0]))) {
    list.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.docId.localeCompare(b.docId));
    for (let i = 0; i < list.length; i += perShard) out.push({ id: `${provinceCode}-${i / perShard}`, provinceCode, parts: list.slice(i, i + perShard) });
  }
  return out;
}

export type ShardMeta = SearchCore['shards'][number];

/** One shard of the plan: its index, and what core.json lists of it but its size in bytes. */
export function buildShard(id: string, provinceCode: string, ps: readonly DocSearchPart[]): { file: string; shard: SearchShard; meta: Omit<ShardMeta, 'bytes'> } {
  const index = new MiniSearch<ShardEntry>(shardOptions);
  index.addAll(ps.flatMap((p) => p.entries));
  const shard: SearchShard = { schemaVersion: SCHEMA_VERSION, id, documents: ps.map((p) => p.docId), facts: ps.map((p) => p.facts), index: index.toJSON() as SearchShard['index'] };
  const newest = ps.map((p) => p.date).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const file = `search/tasks-${id}.json`;
  return { file, shard, meta: { file, id, provinceCode, newest, docs: shard.documents.length, entries: index.documentCount } };
}

/** One serialised shard at a time (3,000 documents' shards do not fit in memory together). */
export function* searchShards(parts: readonly DocSearchPart[], perShard = SHARD_DOCS): Generator<{ file: string; shard: SearchShard; meta: ShardMeta }> {
  for (const { id, provinceCode, parts: ps } of shardParts(parts, perShard)) {
    const { file, shard, meta } = buildShard(id, provinceCode, ps);
    const bytes = new TextEncoder().encode(`${JSON.stringify(shard)}\n`).length;
    yield { file, shard, meta: { ...meta, bytes } };
  }
}

export function searchCoreFile(parts: readonly Pick<DocSearchPart, 'unitTasks' | 'places'>[], registry: readonly Department[], shards: ShardMeta[]): SearchCore {
  const core = new MiniSearch<CoreEntry>(coreOptions);
  core.addAll(coreEntries(parts, registry));
  return { schemaVersion: SCHEMA_VERSION, shards, index: core.toJSON() as SearchCore['index'] };
}

/** Everything at once (tests, the fixture server): fine for a handful of documents. */
export function buildSearchFiles(parts: readonly DocSearchPart[], registry: readonly Department[], perShard = SHARD_DOCS): SearchFiles {
  const shards = [...searchShards(parts, perShard)];
  return { core: searchCoreFile(parts, registry, shards.map((s) => s.meta)), shards: shards.map(({ file, shard }) => ({ file, shard })) };
}
