// The content-hash cache behind the incremental build. A document is parsed again only when
// something its output depends on changed: its raw bytes, its metadata entry, its corrections file,
// the dictionaries, or the code the parse runs (and locked dependencies). For each document the
// cache keeps what went in (one hash per part, so the build can say why it rebuilt) and what came
// out: the hash of its JSON and the data the cross-document files need, so a document that is kept
// — unchanged, or failing this run — contributes exactly what it did when it was last built.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeJsonAtomic } from '../io';
import type { Derived, JobFailure } from './job';
import { parseCodeFiles } from './parse-code';

/** 2: the search part is no longer in the record (the search stage reads the built JSON). */
export const CACHE_FORMAT = 2;

export interface KeyParts {
  bytes: string;
  meta: string;
  corrections: string;
  dictionaries: string;
  code: string;
}

export interface CacheRecord {
  format: typeof CACHE_FORMAT;
  id: string;
  parts: KeyParts;
  /** SHA-256 of the docs/<id>.json text this build wrote. */
  output: string;
  derived: Derived;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => keep(f) && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f))
    .sort();
}

function hashFiles(root: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${relative(root, f)}\u0000`).update(readFileSync(f)).update('\u0000');
  return h.digest('hex');
}

/**
 * Hashes of what every document's build depends on besides its own inputs, read from the code root
 * (the repository the pipeline runs from: the dictionaries are read from there, not from the data root).
 * The code is what the parse imports (batch/parse-code.ts) and the locked dependencies — not the
 * build's cross-document steps, which run on every build from the cached documents.
 */
export function pipelineVersion(codeRoot: string): { code: string; dictionaries: string } {
  const dictionaries = [
    ...filesUnder(join(codeRoot, 'data/dict'), (f) => f.endsWith('.json')),
    join(codeRoot, 'data/geo/divisions.json'),
    join(codeRoot, 'data/corrections/script-phrases.json'),
  ].filter((f) => existsSync(f));
  const hashedAsDictionary = new Set(dictionaries.map((f) => relative(codeRoot, f)));
  const code = [
    ...parseCodeFiles(codeRoot).filter((f) => !hashedAsDictionary.has(f)).map((f) => join(codeRoot, f)),
    join(codeRoot, 'package-lock.json'),
  ].filter((f) => existsSync(f));
  return { code: hashFiles(codeRoot, code), dictionaries: hashFiles(codeRoot, dictionaries) };
}

/** Hash of the modules reachable from `roots` (JSON included) and the locked dependencies: the key of a cached cross-document output. */
export function codeVersion(codeRoot: string, roots: readonly string[]): string {
  const files = [...parseCodeFiles(codeRoot, roots).map((f) => join(codeRoot, f)), join(codeRoot, 'package-lock.json')].filter((f) => existsSync(f));
  return hashFiles(codeRoot, files);
}

const recordPath = (cacheDir: string, id: string) => join(cacheDir, 'docs', `${id}.json`);

export function readRecord(cacheDir: string, id: string): CacheRecord | null {
  try {
    const r = JSON.parse(readFileSync(recordPath(cacheDir, id), 'utf8')) as CacheRecord;
    return r.format === CACHE_FORMAT && r.id === id && r.derived?.entry ? r : null;
  } catch {
    return null;
  }
}

export function writeRecord(cacheDir: string, record: CacheRecord): void {
  writeJsonAtomic(recordPath(cacheDir, record.id), record);
}

/**
 * A document that failed for a reason in its input (not a time limit or a crash): with the same
 * inputs it fails the same way, so it is reported again without being parsed again.
 */
export interface FailureRecord {
  format: typeof CACHE_FORMAT;
  id: string;
  parts: KeyParts;
  failure: JobFailure;
}

const failurePath = (cacheDir: string, id: string) => join(cacheDir, 'failed', `${id}.json`);

export function readFailure(cacheDir: string, id: string, parts: KeyParts): JobFailure | null {
  try {
    const r = JSON.parse(readFileSync(failurePath(cacheDir, id), 'utf8')) as FailureRecord;
    const same = r.format === CACHE_FORMAT && r.id === id && (Object.keys(parts) as Array<keyof KeyParts>).every((k) => r.parts?.[k] === parts[k]);
    return same ? r.failure : null;
  } catch {
    return null;
  }
}

export function writeFailure(cacheDir: string, record: FailureRecord): void {
  writeJsonAtomic(failurePath(cacheDir, record.id), record);
}

export function clearFailure(cacheDir: string, id: string): void {
  rmSync(failurePath(cacheDir, id), { force: true });
}

const PART_REASONS: Array<[keyof KeyParts, string]> = [
  ['bytes', 'raw bytes changed'],
  ['meta', 'metadata changed'],
  ['corrections', 'corrections changed'],
  ['dictionaries', 'dictionaries changed'],
  ['code', 'pipeline code changed'],
];

/**
 * Why the document must be parsed again, or null when its cached output can be used: the record's
 * inputs all match and the output file on disk is the one the record describes.
 */
export function staleReason(record: CacheRecord | null, parts: KeyParts, outputFile: string): string | null {
  if (!record) return existsSync(outputFile) ? 'not in the build cache' : 'new';
  const changed = PART_REASONS.filter(([k]) => record.parts[k] !== parts[k]).map(([, why]) => why);
  if (changed.length) return changed.join(', ');
  if (!existsSync(outputFile)) return 'output missing';
  if (sha256(readFileSync(outputFile)) !== record.output) return 'output changed on disk';
  return null;
}

/** The record's derived data, when the output file on disk is still the one it describes. */
export function keptFromRecord(record: CacheRecord | null, outputFile: string): Derived | null {
  if (!record || !existsSync(outputFile)) return null;
  return sha256(readFileSync(outputFile)) === record.output ? record.derived : null;
}
