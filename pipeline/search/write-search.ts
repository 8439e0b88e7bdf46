// Edge of the search stage: plan the shards from every document's small summary, build the ones
// whose documents changed (on worker threads: each shard job reads its documents' JSON, indexes,
// validates and writes its file), keep the others, then write core.json (it lists the shards) and
// remove shards no longer listed. A shard is kept when its key — the search code, its id and its
// documents with the SHA-256 of their JSON — matches the one recorded when it was written and its
// file on disk is still the one written; so a rebuild after one changed document rebuilds one shard.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { searchCore, type Department } from '../../src/shared/schema';
import { writeJsonAtomic } from '../io';
import { searchCoreFile, shardParts, type DocSearchSummary, type ShardMeta } from './build-index';
import type { ShardJob, ShardResult } from './shard-job';

/** One built document as the search stage sees it. */
export interface SearchDoc {
  summary: DocSearchSummary;
  /** Its built JSON (absolute path). */
  path: string;
  /** SHA-256 of that JSON. */
  sha256: string;
}

export interface SearchIndexOptions {
  /** Runs the shard jobs (worker threads, or runShardJob in this thread), results in job order. */
  run: (jobs: ShardJob[]) => Promise<ShardResult[]>;
  /** Where the shard keys are recorded; without it every shard is built. */
  cacheFile?: string;
  /** Hash of the code that builds a shard (its key changes with it). */
  code?: string;
}

interface ShardRecord {
  format: 1;
  shards: Record<string, { key: string; sha256: string; meta: ShardMeta }>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function readShardRecord(file: string | undefined): ShardRecord['shards'] {
  if (!file) return {};
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as ShardRecord;
    return r.format === 1 && r.shards && typeof r.shards === 'object' ? r.shards : {};
  } catch {
    return {};
  }
}

export async function writeSearchIndex(out: string, docs: readonly SearchDoc[], registry: readonly Department[], opts: SearchIndexOptions):
  Promise<{ shards: number; bytes: number; built: number; kept: number; files: string[] }> {
  const dir = join(out, 'search');
  const previous = readShardRecord(opts.cacheFile);
  const plan = shardParts(docs.map((d) => ({ docId: d.summary.docId, provinceCode: d.summary.provinceCode, date: d.summary.date, doc: d })));
  const metas: Array<ShardMeta | null> = [];
  const record: ShardRecord = { format: 1, shards: {} };
  const jobs: ShardJob[] = [];
  const pending: Array<{ at: number; key: string }> = [];
  for (const { id, provinceCode, parts } of plan) {
    const file = `search/tasks-${id}.json`;
    const key = sha256(JSON.stringify([opts.code ?? null, id, provinceCode, parts.map((p) => [p.docId, p.doc.sha256])]));
    const was = previous[file];
    if (was?.key === key && existsSync(join(out, file)) && sha256(readFileSync(join(out, file))) === was.sha256) {
      metas.push(was.meta);
      record.shards[file] = was;
      continue;
    }
    pending.push({ at: metas.length, key });
    metas.push(null);
    jobs.push({ id, provinceCode, docs: parts.map((p) => p.doc.path), out: join(out, file) });
  }
  const results = await opts.run(jobs);
  const failed = results.flatMap((r) => (r.ok ? [] : [r.reason]));
  // A pipeline fault, not a document's: nothing is listed that was not written.
  if (failed.length) throw new Error(`the search index was not written: ${failed.join('; ')}`);
  results.forEach((r, k) => {
    if (!r.ok) return;
    metas[pending[k].at] = r.meta;
    record.shards[r.meta.file] = { key: pending[k].key, sha256: r.sha256, meta: r.meta };
  });
  const shards = metas as ShardMeta[];
  writeJsonAtomic(join(dir, 'core.json'), searchCore.parse(searchCoreFile(docs.map((d) => d.summary), registry, shards)));
  if (opts.cacheFile) writeJsonAtomic(opts.cacheFile, record);
  const listed = new Set(shards.map((s) => s.file.replace(/^search\//, '')));
  for (const name of readdirSync(dir)) if (/^tasks-.*\.json$/.test(name) && !listed.has(name)) rmSync(join(dir, name));
  return {
    shards: shards.length, bytes: shards.reduce((n, s) => n + s.bytes, 0), built: jobs.length, kept: shards.length - jobs.length,
    // Every shard listed (built on a worker or kept), relative to out: the build's list of what it owns.
    files: shards.map((s) => s.file),
  };
}
