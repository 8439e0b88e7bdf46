// One document's build as a job a worker (or the main thread) runs: bytes, metadata and corrections
// in; the document's JSON text and what the cross-document outputs need from it (manifest entry,
// unit mentions, quality, indicators) out. What the search index and the view indexes need is read
// back from the JSON by the build (their code is not the parse's: changing it re-parses nothing). The same function runs in both places, so a parallel
// build writes exactly what a serial one does.
import type { DocumentMeta, DocumentQuality, Indicator, Manifest, PolicyDocument } from '../../src/shared/schema';
import { buildDocument } from '../document/build-document';
import { registryScope } from '../document/scope';
import { InputError } from '../errors';
import type { Correction } from '../text/clean';
import { escapeHidden } from '../text/hostile';
import type { Mention } from '../units/registry';

export interface DocumentJob {
  meta: DocumentMeta;
  /** Repo-relative path of the raw file, e.g. data/raw/000_….txt. */
  file: string;
  bytes: Uint8Array;
  corrections: Correction[];
}

/** Everything derived from one document that the cross-document files (registry, quality, progress, manifest) use. */
export interface Derived {
  entry: Manifest['documents'][number];
  mentions: Mention[];
  quality: DocumentQuality;
  indicators: Indicator[];
}

/** A failure as a person reads it: the file it is about, the line when known, the reason. */
export interface JobFailure {
  file: string;
  line: number | null;
  reason: string;
  /** A time limit, a crash, memory: not a property of the input, so never cached. */
  transient?: true;
}

export type JobResult = { ok: true; json: string; derived: Derived } | { ok: false; failure: JobFailure };

export function deriveEntry(doc: PolicyDocument, quality: DocumentQuality): Manifest['documents'][number] {
  return {
    id: doc.id, title: doc.title, ...registryScope(doc), issuer: doc.issuer,
    docNumber: doc.docNumber, date: doc.date, genre: doc.genre, scope: doc.scope ?? null,
    ...(doc.reviewed === false ? { reviewed: false } : {}), sha256: doc.sha256, path: `docs/${doc.id}.json`,
    counts: { tasks: doc.tasks.length, units: quality.distinctUnits, indicators: doc.indicators.length, places: quality.places },
  };
}

/** An error thrown while building `file`, as a failure that does not repeat the file name in its reason. */
export function failureOf(e: unknown, file: string): JobFailure {
  if (e instanceof InputError) return { file: e.file, line: e.line, reason: e.reason };
  const message = e instanceof Error ? e.message : String(e);
  // Some stages put the file first themselves: it is shown once, beside the message.
  return { file, line: null, reason: escapeHidden(message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message) };
}

export function runJob(job: DocumentJob): JobResult {
  try {
    const { doc, mentions, quality } = buildDocument(job.bytes, job.meta, { file: job.file, corrections: job.corrections });
    return { ok: true, json: `${JSON.stringify(doc)}\n`, derived: {
      entry: deriveEntry(doc, quality), mentions, quality, indicators: doc.indicators,
    } };
  } catch (e) {
    return { ok: false, failure: failureOf(e, job.file) };
  }
}
