// Documents imported in this browser (issue 12): kept in IndexedDB (through idb), never uploaded.
// Loaded only when this browser has imported something (local-documents.ts), or when importing.
// Three stores written in one transaction, so an import is stored whole or not at all: `summaries`
// (manifest entry, quality, departments, file facts — read on every page load), `docs` (the
// document JSON, read when a view opens it) and `files` (the original bytes, read only for download).
// Every record is validated with the shared schema when written and again when read.
import { openDB, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { department, documentQuality, manifest, policyDocument, searchCoreEntry, searchShard, searchShardMeta, type Manifest, type PolicyDocument, type SearchShard } from '../../shared/schema';
import { setLocalFlag } from './local-documents';

export type ManifestEntry = Manifest['documents'][number];

const manifestEntry = manifest.shape.documents.element;

/**
 * A core entry stored before departments were grouped by name (one entry per department: id
 * 'u:<department id>', detail, tasks) reads as a group of one, so an earlier import keeps its
 * departments and places in search. The group id is the one the build gives the same names.
 */
export function legacyCoreEntry(v: unknown): unknown {
  const e = v as { id?: unknown; kind?: unknown; names?: unknown; detail?: unknown; tasks?: unknown; at?: unknown } | null;
  if (!e || typeof e !== 'object' || e.at !== undefined || typeof e.id !== 'string' || !Array.isArray(e.names)) return v;
  const { detail, tasks, ...rest } = e;
  if (e.kind === 'place') return { ...rest, at: [[String(detail), String(detail), tasks]] };
  const [name, ...aliases] = e.names as string[];
  return { ...rest, id: `u:${[name, ...[...new Set(aliases)].filter((a) => a !== name).sort()].join('|')}`, at: [[e.id.slice(2), String(detail), tasks]] };
}

/**
 * A document imported before core.json listed shards by their document count: its stored shard
 * entry carried the ids (`documents`); it reads as the same entry with their count.
 */
export function legacyShardMeta(v: unknown): unknown {
  const m = v as { documents?: unknown; docs?: unknown } | null;
  if (!m || typeof m !== 'object' || m.docs !== undefined || !Array.isArray(m.documents)) return v;
  const { documents, ...rest } = m;
  return { ...rest, docs: documents.length };
}

export const localSummary = z.object({
  id: z.string().regex(/^local_[0-9a-f]{16}$/),
  fileName: z.string(),
  fileType: z.string(),
  size: z.number().int().nonnegative(),
  /** How the bytes were read: utf-8, utf-8-bom, utf-16le/be, gb18030; null for .docx. */
  encoding: z.string().nullable(),
  kind: z.enum(['text', 'html', 'docx']),
  importedAt: z.string(),
  entry: manifestEntry,
  quality: documentQuality,
  departments: z.array(department),
  /** Its search shard's entry in the shard list, and its departments and places for the core index. */
  search: z.object({
    meta: z.preprocess(legacyShardMeta, searchShardMeta),
    core: z.array(z.preprocess(legacyCoreEntry, searchCoreEntry)),
  }),
});
export type LocalSummary = z.infer<typeof localSummary>;

export interface LocalImport {
  summary: LocalSummary;
  doc: PolicyDocument;
  bytes: ArrayBuffer;
  shard: SearchShard;
}

const DB_NAME = 'policy-atlas-local';
const VERSION = 1;
let opened: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> | null {
  if (typeof indexedDB === 'undefined') return null;
  opened ??= openDB(DB_NAME, VERSION, {
    upgrade(d) {
      d.createObjectStore('summaries', { keyPath: 'id' });
      d.createObjectStore('docs');
      d.createObjectStore('files');
      d.createObjectStore('shards');
    },
  }).catch((e: unknown) => {
    opened = null;
    throw e;
  });
  return opened;
}

/** Every stored summary that still validates; none when IndexedDB is unavailable (a private window). */
export async function listLocal(): Promise<LocalSummary[]> {
  const d = db();
  if (!d) return [];
  let rows: unknown[];
  try {
    rows = await (await d).getAll('summaries');
  } catch {
    return [];
  }
  const out: LocalSummary[] = [];
  for (const row of rows) {
    const parsed = localSummary.safeParse(row, { jitless: true });
    // A record written by an older schema is left in place (removable), not shown half-valid.
    if (parsed.success) out.push(parsed.data);
    else console.warn(`local document ${(row as { id?: string })?.id ?? '?'} no longer matches the schema; not shown`);
  }
  return out.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function readLocalDocument(id: string): Promise<PolicyDocument | null> {
  const d = db();
  if (!d) return null;
  const row: unknown = await (await d).get('docs', id);
  if (row === undefined) return null;
  return policyDocument.parse(row, { jitless: true });
}

export async function readLocalShard(id: string): Promise<SearchShard | null> {
  const d = db();
  if (!d) return null;
  const db_ = await d;
  const row = (await db_.get('shards', id)) as Record<string, unknown> | undefined;
  if (row === undefined) return null;
  // A shard stored before shards carried their documents' facts: the summary's manifest entry has them.
  if (row.facts === undefined) {
    const summary = localSummary.safeParse(await db_.get('summaries', id), { jitless: true });
    if (summary.success) {
      const { id: docId, title, province, docNumber, date, sha256 } = summary.data.entry;
      return searchShard.parse({ ...row, facts: [{ id: docId, title, province, docNumber, date, sha256 }] }, { jitless: true });
    }
  }
  return searchShard.parse(row, { jitless: true });
}

export async function readLocalFile(id: string): Promise<{ summary: LocalSummary; bytes: ArrayBuffer; doc: PolicyDocument } | null> {
  const d = db();
  if (!d) return null;
  const tx = (await d).transaction(['summaries', 'docs', 'files']);
  const [summary, doc, bytes] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('docs').get(id), tx.objectStore('files').get(id)]);
  if (!summary || !doc || !bytes) return null;
  return { summary: localSummary.parse(summary), doc: policyDocument.parse(doc, { jitless: true }), bytes: bytes as ArrayBuffer };
}

/** Validate and store one import; throws (nothing written) when any part fails the schema. */
export async function saveLocal(item: LocalImport): Promise<void> {
  const summary = localSummary.parse(item.summary);
  const doc = policyDocument.parse(item.doc);
  const shard = searchShard.parse(item.shard);
  if (doc.id !== summary.id || summary.entry.id !== summary.id) throw new Error(`local document ${summary.id}: ids disagree`);
  const d = db();
  if (!d) throw new Error('this browser keeps no local data (IndexedDB is unavailable)');
  const tx = (await d).transaction(['summaries', 'docs', 'files', 'shards'], 'readwrite');
  await Promise.all([
    tx.objectStore('summaries').put(summary),
    tx.objectStore('docs').put(doc, summary.id),
    tx.objectStore('files').put(item.bytes, summary.id),
    tx.objectStore('shards').put(shard, summary.id),
    tx.done,
  ]);
  setLocalFlag(true);
}

export async function removeLocal(id: string): Promise<void> {
  const d = db();
  if (!d) return;
  const tx = (await d).transaction(['summaries', 'docs', 'files', 'shards'], 'readwrite');
  await Promise.all([tx.objectStore('summaries').delete(id), tx.objectStore('docs').delete(id), tx.objectStore('files').delete(id), tx.objectStore('shards').delete(id), tx.done]);
  setLocalFlag((await (await d).count('summaries')) > 0);
}

