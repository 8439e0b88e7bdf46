// One imported file → the same JSON the build writes (document, quality, departments, manifest
// entry), for the browser's import worker. Decoding is the only step of its own (decode-import.ts);
// the text is re-encoded as UTF-8 and handed to parseBytes — the code `npm run parse` and
// `npm run add` run — so the browser and the build cannot drift apart. Pure: no DOM, no I/O.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Department, DocumentQuality, Manifest, PolicyDocument, SearchShard, SearchShardMeta } from '../../src/shared/schema';
import type { CoreEntry } from '../../src/shared/search-text';
import { coreEntries, docSearchPart, searchShards } from '../search/build-index';
import { parseBytes } from '../document/parse-document';
import { registryScope } from '../document/scope';
import { InputError } from '../errors';
import { resolvePrefectureName } from '../places/find';
import { buildRegistry } from '../units/registry';
import type { SourceEncoding, SourceKind } from './decode-import';

export type ManifestEntry = Manifest['documents'][number];

export interface ImportedDocument {
  id: string;
  doc: PolicyDocument;
  quality: DocumentQuality;
  departments: Department[];
  entry: ManifestEntry;
  kind: SourceKind;
  encoding: SourceEncoding | null;
  /** The document's search shard and its departments and places for the core index (pipeline/search). */
  search: { shard: SearchShard; meta: SearchShardMeta; core: CoreEntry[] };
}

/** Local documents are keyed by the hash of the file as dropped: the same file twice is one document. */
export function localId(original: Uint8Array): string {
  return `local_${bytesToHex(sha256(original)).slice(0, 16)}`;
}

/** The build's manifest entry for a document (build.ts writes the same fields). */
export function manifestEntry(doc: PolicyDocument, quality: DocumentQuality, path: string): ManifestEntry {
  return {
    id: doc.id, title: doc.title, ...registryScope(doc), issuer: doc.issuer,
    docNumber: doc.docNumber, date: doc.date, genre: doc.genre, scope: doc.scope ?? null, sha256: doc.sha256, path,
    counts: { tasks: doc.tasks.length, units: quality.distinctUnits, indicators: doc.indicators.length, places: quality.places },
  };
}

/**
 * Decoded text of `file` → the document. Refuses, naming the file, a text the pipeline finds no
 * structure in (no task and no target): such a file would add an empty card, not a document.
 */
export function importText(text: string, original: Uint8Array, file: string, meta: { kind: SourceKind; encoding: SourceEncoding | null; province?: string | null }): ImportedDocument {
  const id = localId(original);
  const utf8 = new TextEncoder().encode(text.replace(/^\ufeff/, ''));
  const { doc, mentions, quality } = parseBytes(utf8, file, meta.province ?? null, { id });
  if (doc.tasks.length === 0 && doc.indicators.length === 0) {
    throw new InputError(file, null, 'no structure found: no numbered tasks, responsible departments or targets in the text');
  }
  const departments = buildRegistry(mentions).map((d) => {
    if (d.kind !== 'city') return d;
    try {
      return { ...d, placeCode: resolvePrefectureName(d.name, d.provinceCode) };
    } catch {
      return d; // the national (100000) and unknown (000000) registers have no prefectures
    }
  });
  // Search: the build's own index code, one shard for this document (file names it as local).
  const part = docSearchPart(doc);
  const [built] = [...searchShards([part])];
  const shard = { ...built.shard, id: `local-${id}` };
  const search = { shard, meta: { ...built.meta, id: shard.id, file: `search/local-${id}.json` }, core: coreEntries([part], departments) };
  return { id, doc, quality, departments, entry: manifestEntry(doc, quality, `local:${id}`), kind: meta.kind, encoding: meta.encoding, search };
}
