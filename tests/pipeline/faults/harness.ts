// Fault injection for npm run data: a throw-away copy of (some of) the corpus, a build, a hash of every
// output file, and a comparison that says exactly which files changed. "Nothing else changed" is the
// comparison of every output file before and after the failing build; manifest.json and quality.json
// are compared with their `failures` lists set aside (those must change: they report the fault).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildAll, type BuildOptions, type BuildResult } from '../../../pipeline/build';

export const repo = join(import.meta.dirname, '../../..');
export const SEEDS = ['000_63401f67e2388d77', '003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f'];

export interface Corpus {
  root: string;
  out: string;
  build: (opts?: Partial<BuildOptions>) => Promise<{ result: BuildResult; lines: string[] }>;
  write: (path: string, data: string | Uint8Array) => void;
  read: (path: string) => string;
  metas: () => { documents: Array<Record<string, unknown>> };
}

export function corpus(ids: string[] = SEEDS): Corpus {
  const root = mkdtempSync(join(tmpdir(), 'atlas-faults-'));
  mkdirSync(join(root, 'data/raw'), { recursive: true });
  const all = JSON.parse(readFileSync(join(repo, 'data/documents.json'), 'utf8')).documents as Array<{ id: string }>;
  writeFileSync(join(root, 'data/documents.json'), JSON.stringify({ documents: ids.map((id) => all.find((d) => d.id === id)) }, null, 2));
  for (const id of ids) cpSync(join(repo, `data/raw/${id}.txt`), join(root, `data/raw/${id}.txt`));
  cpSync(join(repo, 'data/corrections'), join(root, 'data/corrections'), { recursive: true });
  cpSync(join(repo, 'data/comparison'), join(root, 'data/comparison'), { recursive: true });
  mkdirSync(join(root, 'data/progress'));
  const out = join(root, 'out');
  return {
    root,
    out,
    async build(opts = {}) {
      const lines: string[] = [];
      const result = await buildAll({ root, out, log: (l) => lines.push(l), jobs: 0, ...opts });
      return { result, lines };
    },
    write: (path, data) => writeFileSync(join(root, path), data),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    metas: () => JSON.parse(readFileSync(join(root, 'data/documents.json'), 'utf8')),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** Path → SHA-256 of every output file; manifest.json, quality.json and index/overview.json hashed without `failures`. */
export function snapshot(out: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const f of filesUnder(out)) {
    const rel = relative(out, f);
    const bytes = readFileSync(f);
    // index/overview.json carries the build's failure list too (issue 11's overview index).
    if (rel === 'manifest.json' || rel === 'quality.json' || rel === 'index/overview.json') {
      const json = JSON.parse(bytes.toString('utf8'));
      delete json.failures;
      delete json.builtAt; // the build's own clock time, the one output that differs between identical builds
      hashes[rel] = sha(JSON.stringify(json));
    } else hashes[rel] = sha(bytes);
  }
  return hashes;
}

/** Every output file byte for byte (for builds that must be identical, failures included). */
export function exactSnapshot(out: string): Record<string, string> {
  return Object.fromEntries(filesUnder(out).map((f) => {
    const rel = relative(out, f);
    if (rel !== 'manifest.json' && rel !== 'index/overview.json') return [rel, sha(readFileSync(f))];
    // builtAt is the clock time of the build (the manifest's and the overview index's); everything else must be byte-identical.
    const json = JSON.parse(readFileSync(f, 'utf8'));
    delete json.builtAt;
    return [rel, sha(JSON.stringify(json))];
  }));
}

export const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Characters that must never reach a terminal raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
