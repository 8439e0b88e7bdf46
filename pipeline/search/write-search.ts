// Edge of the search stage: validate the index files with the shared schema and write them
// atomically, shards first and core.json last (it lists the shards), then remove shards no longer
// listed. A document whose build failed this run keeps its previous output; its search part is
// read back from that file so it stays findable.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { policyDocument, searchCore, searchShard, type Department } from '../../src/shared/schema';
import { writeJsonAtomic } from '../io';
import { docSearchPart, searchCoreFile, searchShards, type DocSearchPart } from './build-index';

/** The search part of a document already on disk (a kept previous output). */
export function readSearchPart(path: string): DocSearchPart {
  return docSearchPart(policyDocument.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

export function writeSearchIndex(out: string, parts: readonly DocSearchPart[], registry: readonly Department[]): { shards: number; bytes: number } {
  const dir = join(out, 'search');
  const metas = [];
  for (const { file, shard, meta } of searchShards(parts)) {
    writeJsonAtomic(join(out, file), searchShard.parse(shard));
    metas.push(meta);
  }
  writeJsonAtomic(join(dir, 'core.json'), searchCore.parse(searchCoreFile(parts, registry, metas)));
  const listed = new Set(metas.map((s) => s.file.replace(/^search\//, '')));
  for (const name of readdirSync(dir)) if (/^tasks-.*\.json$/.test(name) && !listed.has(name)) rmSync(join(dir, name));
  return { shards: metas.length, bytes: metas.reduce((n, s) => n + s.bytes, 0) };
}
