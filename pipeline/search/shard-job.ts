// One search shard as a job for a build worker (or the main thread): the shard's documents are read
// back from their built JSON — so the main thread never holds every document's task text — indexed,
// validated by the shared schema and written atomically. Shards are independent of each other, so
// they are built in parallel like the documents.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { searchShard, type PolicyDocument } from '../../src/shared/schema';
import { writeFileAtomic } from '../io';
import { buildShard, docSearchPart, type ShardMeta } from './build-index';

/** Where a shard's code starts (its key changes with any module it imports, batch/parse-code.ts). */
export const SEARCH_SHARD_ROOTS = ['pipeline/search/shard-job.ts', 'pipeline/batch/search-worker.ts'];

export interface ShardJob {
  id: string;
  provinceCode: string;
  /** The documents' built JSON files, in the shard's order (absolute paths). */
  docs: string[];
  /** Where the shard is written (absolute path); `file` is its path under the data folder. */
  out: string;
}

export type ShardResult = { ok: true; meta: ShardMeta; sha256: string } | { ok: false; reason: string };

export function runShardJob(job: ShardJob): ShardResult {
  try {
    // The documents were validated when they were written, and their hashes checked by the build.
    const parts = job.docs.map((path) => docSearchPart(JSON.parse(readFileSync(path, 'utf8')) as PolicyDocument));
    const { shard, meta } = buildShard(job.id, job.provinceCode, parts);
    const text = `${JSON.stringify(searchShard.parse(shard))}\n`;
    writeFileAtomic(job.out, text);
    return { ok: true, meta: { ...meta, bytes: Buffer.byteLength(text) }, sha256: createHash('sha256').update(text).digest('hex') };
  } catch (e) {
    return { ok: false, reason: `search shard ${job.id}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
