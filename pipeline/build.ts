// npm run data: every document in data/documents.json → public/data/*.json.
// Incremental and parallel: a document is parsed again only when its bytes, metadata, corrections,
// the dictionaries or the pipeline's code changed (batch/cache.ts), on worker threads with a
// per-document time limit (batch/pool.ts); the build says what it rebuilt and why. A document that
// fails — bad bytes, a bad metadata entry, too big, too slow — is reported (file, line, reason) and
// everything derived from its last good build is kept: its JSON, its manifest entry, its departments,
// its quality line, its indicators for progress. Exit code 1 when anything failed.
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import {
  SCHEMA_VERSION, departments as departmentsSchema, manifest as manifestSchema, progress as progressSchema, taskStatus as taskStatusSchema,
  quality as qualitySchema, type DocumentQuality, type Manifest, type PolicyDocument,
} from '../src/shared/schema';
import {
  CACHE_FORMAT, clearFailure, codeVersion, keptFromRecord, pipelineVersion, readFailure, readRecord, sha256, staleReason, writeFailure, writeRecord, type KeyParts,
} from './batch/cache';
import { failureOf, type Derived, type DocumentJob, type JobFailure } from './batch/job';
import { deriveFromDocument } from './batch/kept';
import { formatStages, reasonSummary, StageClock, type StageTime } from './batch/stages';
import { DOC_TIMEOUT_ENV, DOC_TIMEOUT_FLAG, runPool, runShardPool } from './batch/pool';
import { runAndWrite, type WriteJob, type WrittenResult } from './batch/write-job';
import { LIKE_MEASURES_FILE, likeMeasures } from './comparison/like-measures';
import { InputError } from './errors';
import { prepareBoundaries } from './geo/prepare';
import { docSearchPart, searchSummary } from './search/build-index';
import { runShardJob, SEARCH_SHARD_ROOTS } from './search/shard-job';
import { writeSearchIndex, type SearchDoc } from './search/write-search';
import { IndexBuilder } from './indexes/write';
import { BriefIndexBuilder } from './indexes/brief';
import { trackWrites, writeJsonAtomic } from './io';
import { readDocumentMeta } from './meta';
import { resolvePrefectureName } from './places/find';
import { readProgress } from './progress/read';
import { removeStale, staleSummary, sweepRefusal } from './stale';
import { readStatus, type TaskIndex } from './status/read';
import { loadCorrections } from './text/load-corrections';
import { escapeHidden } from './text/hostile';
import { checkInputSize, DEFAULT_MAX_INPUT_BYTES, maxInputBytes } from './text/size';
import { buildRegistry } from './units/registry';

const REPO = join(import.meta.dirname, '..');
const META_FILE = 'data/documents.json';
export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

export interface BuildOptions {
  root: string;
  out: string;
  log?: (line: string) => void;
  /** Where the incremental build keeps its records; default <root>/.cache/pipeline. */
  cacheDir?: string;
  /** Where the pipeline's code and dictionaries are read from, for the cache key; default this repository. */
  codeRoot?: string;
  /** Worker threads; 0 parses in this thread (no time limit). Default: one per core. */
  jobs?: number;
  /** Per-document time limit for worker parses. */
  timeoutMs?: number;
  maxInputBytes?: number;
  /** Parse every document, ignoring the cache. */
  rebuild?: boolean;
}

export interface BuildFailure {
  file: string;
  line: number | null;
  /** The reason, without the file name (the manifest stores `line N: reason`). */
  message: string;
}

export interface BuildResult {
  /** Ids in the manifest: built, reused or kept. */
  built: string[];
  /** Ids parsed this run (successfully), with why. */
  rebuilt: Array<{ id: string; reason: string }>;
  /** Ids handed to the parser this run, whatever the outcome. */
  parsed: string[];
  reused: string[];
  failures: BuildFailure[];
  /** How long each stage took, in order. */
  stages: StageTime[];
  /** Files removed from the output folder because this build did not write them (relative paths); null: no sweep (a failure). */
  removed: string[] | null;
}

function previousManifest(path: string): Manifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

function readPreviousQuality(path: string): Map<string, DocumentQuality> {
  try {
    return new Map(qualitySchema.parse(JSON.parse(readFileSync(path, 'utf8'))).documents.map((q) => [q.docId, q]));
  } catch {
    return new Map();
  }
}

/** Validated before writing; a schema violation here is a pipeline bug, named by file and field. */
function checked<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`${file}: output does not match the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

type Slot =
  | { id: string; build: { job: DocumentJob; parts: KeyParts; reason: string } | null; derived: Derived | null }
  | { id: string; keep: true; derived: Derived | null };

// What a build writes into `out` is tracked so that what it does not write can go at the end
// (stale.ts). Writes on worker threads (documents, search shards) are not seen by the tracker: those
// files are added by name.
export async function buildAll(opts: BuildOptions): Promise<BuildResult> {
  const writes = trackWrites();
  try {
    return await build(opts, writes.paths);
  } finally {
    writes.stop();
  }
}

async function build(opts: BuildOptions, written: ReadonlySet<string>): Promise<BuildResult> {
  const { root, out } = opts;
  const log = (line: string) => (opts.log ?? console.log)(escapeHidden(line));
  const cacheDir = opts.cacheDir ?? join(root, '.cache/pipeline');
  const limit = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const failures: BuildFailure[] = [];
  const report = (f: JobFailure, context = '') => {
    failures.push({ file: f.file, line: f.line, message: `${f.line != null ? `line ${f.line}: ` : ''}${f.reason}` });
    log(`✗ ${f.file}${f.line != null ? `:${f.line}` : ''}: ${f.reason}${context}`);
  };
  const outFile = (id: string) => join(out, 'docs', `${id}.json`);
  const clock = new StageClock();
  const planStarted = performance.now();
  // Nothing already built is lost: a document not built this run contributes what it did last time.
  let previousQuality: Map<string, DocumentQuality> | null = null;
  // SHA-256 of each document's JSON on disk, where this build already knows it (checked against the
  // file, or just written): the search shards' key, without hashing every file a second time.
  const outputHash = new Map<string, string>();
  const kept = (id: string): Derived | null => {
    const record = readRecord(cacheDir, id);
    const cached = keptFromRecord(record, outFile(id));
    if (cached) outputHash.set(id, record!.output);
    if (cached || !existsSync(outFile(id))) return cached;
    previousQuality ??= readPreviousQuality(join(out, 'quality.json'));
    return deriveFromDocument(outFile(id), previousQuality.get(id) ?? null);
  };

  const manifestPath = join(out, 'manifest.json');
  const metaFile = readDocumentMeta(join(root, META_FILE));
  const slots: Slot[] = [];
  const seen = new Set<string>();
  if (metaFile.unreadable) {
    report({ file: META_FILE, line: null, reason: `${metaFile.unreadable}; no document was rebuilt, the previous output is kept` });
    for (const d of previousManifest(manifestPath)?.documents ?? []) slots.push({ id: d.id, keep: true, derived: null });
  } else {
    for (const p of metaFile.problems) report({ file: META_FILE, line: null, reason: p.message }, p.id ? ' (its previous output, if any, is kept)' : '');
    const version = pipelineVersion(opts.codeRoot ?? REPO);
    for (const { id, meta } of metaFile.entries) {
      if (!id || seen.has(id)) continue;
      seen.add(id);
      if (!meta) {
        slots.push({ id, keep: true, derived: null });
        continue;
      }
      const file = `data/raw/${id}.txt`;
      try {
        let size: number;
        try {
          size = statSync(join(root, file)).size;
        } catch (e) {
          throw new InputError(file, null, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        checkInputSize(file, size, limit);
        const bytes = readFileSync(join(root, file));
        const correctionsFile = join(root, 'data/corrections', `${id}.json`);
        const corrections = loadCorrections(join(root, 'data/corrections'), id);
        const parts: KeyParts = {
          bytes: sha256(bytes),
          meta: sha256(JSON.stringify(meta)),
          corrections: existsSync(correctionsFile) ? sha256(readFileSync(correctionsFile)) : 'none',
          ...version,
        };
        const record = readRecord(cacheDir, id);
        const reason = opts.rebuild ? 'full rebuild asked for' : staleReason(record, parts, outFile(id));
        const failedBefore = reason !== null && !opts.rebuild ? readFailure(cacheDir, id, parts) : null;
        if (reason === null) {
          slots.push({ id, build: null, derived: record!.derived });
          outputHash.set(id, record!.output);
        }
        else if (failedBefore) {
          report(failedBefore, ' (inputs unchanged since it last failed: not parsed again)');
          slots.push({ id, keep: true, derived: null });
        } else slots.push({ id, build: { job: { meta, file, bytes: new Uint8Array(bytes), corrections }, parts, reason }, derived: null });
      } catch (e) {
        report(failureOf(e, file));
        slots.push({ id, keep: true, derived: null });
      }
    }
  }

  clock.add('plan', planStarted, `${slots.length} documents hashed and checked against the cache`);

  // Parse what must be parsed, each document's JSON written where it was parsed: on worker threads,
  // or in this thread when asked (jobs: 0).
  const toBuild = slots.flatMap((s) => ('build' in s && s.build ? [s] : []));
  const jobs: WriteJob[] = toBuild.map((s) => ({ job: s.build!.job, out: outFile(s.id) }));
  const workers = Math.min(opts.jobs ?? availableParallelism(), jobs.length);
  const threads = workers === 0 ? 'main thread' : `${workers} worker${workers > 1 ? 's' : ''}`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_DOC_TIMEOUT_MS;
  if (toBuild.length) log(`parsing ${toBuild.length} document${toBuild.length > 1 ? 's' : ''}: ${reasonSummary(toBuild.map((s) => s.build!.reason))}`);
  const results: WrittenResult[] = await clock.timeAsync('parse', async () => (workers === 0
    ? jobs.map((j) => runAndWrite(j))
    : runPool(jobs, { workers, timeoutMs })), `${jobs.length} documents, ${threads}`);

  const rebuilt: BuildResult['rebuilt'] = [];
  const recordsStarted = performance.now();
  toBuild.forEach((slot, k) => {
    const r = results[k];
    const { job, parts, reason } = slot.build!;
    if (r.ok) {
      writeRecord(cacheDir, { format: CACHE_FORMAT, id: slot.id, parts, output: r.output, derived: r.derived });
      clearFailure(cacheDir, slot.id);
      slot.derived = r.derived;
      outputHash.set(slot.id, r.output);
      rebuilt.push({ id: slot.id, reason });
      const q = r.derived.quality;
      log(`✓ ${job.file} (${reason}): ${q.tasks} tasks, ${q.unitMentions} unit mentions (${q.distinctUnits} distinct), ` +
        `${q.targets} targets + ${q.achieved} achieved, ${q.places} places, damage ${q.damagedCorrected}/${q.damagedFound} corrected`);
    } else {
      report(r.failure);
      if (!r.failure.transient) writeFailure(cacheDir, { format: CACHE_FORMAT, id: slot.id, parts, failure: r.failure });
    }
  });
  clock.add('cache records', recordsStarted);
  clock.time('kept', () => {
    for (const slot of slots) if (!slot.derived) slot.derived = kept(slot.id);
  });
  const reused = slots.flatMap((s) => ('build' in s && s.build === null ? [s.id] : []));
  if (reused.length) log(`= ${reused.length} unchanged document${reused.length > 1 ? 's' : ''} reused from the build cache`);

  const derived = slots.flatMap((s) => (s.derived ? [s.derived] : []));
  const registry = clock.time('registry', () => {
    const list = buildRegistry(derived.flatMap((d) => d.mentions), undefined, { warn: (m) => log(`  warning: ${m}`) }).map((d) =>
      d.kind === 'city' ? { ...d, placeCode: resolvePrefectureName(d.name, d.provinceCode) } : d,
    );
    writeJsonAtomic(join(out, 'departments.json'), checked(departmentsSchema, { schemaVersion: SCHEMA_VERSION, departments: list }, 'departments.json'));
    return list;
  }, `${derived.length} documents`);
  const manifestFailures = () => failures.map((f) => ({ file: f.file, message: f.message }));

  // Every built document is read back once, one at a time (3,000 do not fit in memory together): its
  // part of the view indexes (issue 11; validated when it was written), its search summary and the
  // hash of its JSON (the search shards' key), and its task ids when there is a status file.
  const statusDir = join(root, 'data/status');
  const taskIndex: TaskIndex = new Map();
  let wantTasks = false;
  try {
    wantTasks = existsSync(statusDir) && readdirSync(statusDir).some((f) => f.endsWith('.csv'));
  } catch {
    // readStatus below reports an unreadable folder.
  }
  const indexes = new IndexBuilder(out);
  const briefs = new BriefIndexBuilder();
  const searchDocs: SearchDoc[] = clock.time('read documents', () => derived.map((d) => {
    const path = join(out, d.entry.path);
    const text = readFileSync(path, 'utf8');
    const doc = JSON.parse(text) as PolicyDocument;
    indexes.add(doc, d.entry.path);
    briefs.add(doc);
    if (wantTasks) taskIndex.set(d.entry.id, new Set(doc.tasks.map((t) => t.id)));
    return { summary: searchSummary(docSearchPart(doc)), path, sha256: outputHash.get(d.entry.id) ?? sha256(text) };
  }), `${derived.length} documents: view index parts, heatmaps, search summaries`);
  const shardWorkers = Math.min(opts.jobs ?? availableParallelism(), 8);
  const search = await clock.timeAsync('search index', () => writeSearchIndex(out, searchDocs, registry, {
    // A worker costs about a second to start (the TypeScript loader): a handful of shards is built here.
    run: async (shardJobs) => (shardWorkers === 0 || shardJobs.length < 6 ? shardJobs.map(runShardJob) : runShardPool(shardJobs, { workers: Math.min(shardWorkers, shardJobs.length), timeoutMs })),
    cacheFile: join(cacheDir, 'search-shards.json'),
    code: codeVersion(opts.codeRoot ?? REPO, SEARCH_SHARD_ROOTS),
  }));
  clock.stages.at(-1)!.note = `${search.built} shard${search.built === 1 ? '' : 's'} built, ${search.kept} kept`;
  clock.time('view indexes', () => {
    indexes.finish(registry, manifestFailures(), log);
    briefs.write(out, registry);
  });
  log(`search index: ${search.shards} task/target shard(s), ${search.bytes} bytes`);
  const restStarted = performance.now();

  try {
    const indicators = derived.flatMap((d) => d.indicators.map((i) => ({ ...i, docId: d.entry.id })));
    const rows = readProgress(join(root, 'data/progress'), indicators, 'data/progress');
    writeJsonAtomic(join(out, 'progress.json'), checked(progressSchema, { schemaVersion: SCHEMA_VERSION, rows }, 'progress.json'));
  } catch (e) {
    // The previous progress.json is kept.
    report(failureOf(e, 'data/progress'), ' (the previous progress.json is kept)');
  }
  try {
    const rows = readStatus(statusDir, taskIndex);
    writeJsonAtomic(join(out, 'status.json'), checked(taskStatusSchema, { schemaVersion: SCHEMA_VERSION, rows }, 'status.json'));
  } catch (e) {
    report(failureOf(e, 'data/status'), ' (the previous status.json is kept)');
  }
  try {
    writeJsonAtomic(join(out, 'comparison.json'), likeMeasures(JSON.parse(readFileSync(join(root, LIKE_MEASURES_FILE), 'utf8'))));
  } catch (e) {
    report(failureOf(e, LIKE_MEASURES_FILE), ' (the previous comparison.json is kept)');
  }
  clock.add('progress, status, comparison', restStarted);
  clock.time('quality, manifest', () => {
    writeJsonAtomic(join(out, 'quality.json'), checked(qualitySchema, { schemaVersion: SCHEMA_VERSION, documents: derived.map((d) => d.quality), failures: manifestFailures() }, 'quality.json'));
    writeJsonAtomic(manifestPath, checked(manifestSchema, { schemaVersion: SCHEMA_VERSION, generatedFrom: 'data/raw', builtAt: new Date().toISOString(), documents: derived.map((d) => d.entry), failures: manifestFailures() }, 'manifest.json'), { stamp: 'builtAt' });
  });
  const removed = clock.time('stale files', () => {
    // Only after a build with no failure: a failing one keeps earlier output it did not rewrite
    // (a document's JSON, progress.json …), and with documents.json unreadable the list of documents is
    // the previous manifest's — nothing already built is lost.
    if (failures.length) {
      log(`stale files: none removed (the build reported ${failures.length} failure${failures.length > 1 ? 's' : ''})`);
      return null;
    }
    const refused = sweepRefusal(out, [join(root, 'data'), cacheDir]);
    if (refused) {
      log(`stale files: none removed (${refused})`);
      return null;
    }
    const keep = new Set(written);
    for (const s of slots) keep.add(resolve(outFile(s.id)));
    for (const f of search.files) keep.add(resolve(out, f));
    const list = removeStale(out, keep);
    log(staleSummary(list, out));
    return list;
  });
  log(formatStages(clock.stages));
  return { built: derived.map((d) => d.entry.id), rebuilt, parsed: toBuild.map((s) => s.id), reused, failures, stages: clock.stages, removed };
}

function flag(argv: string[], name: string, env: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at >= 0) return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
  return process.env[env] || undefined;
}

function positive(value: string | undefined, what: string, allowZero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`${what} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const root = process.cwd();
  const started = performance.now();
  // ATLAS_OUT redirects the whole output (benchmarks, tests); by default the app's public/ folder.
  const outRoot = process.env.ATLAS_OUT ?? join(root, 'public');
  const timeout = positive(flag(argv, DOC_TIMEOUT_FLAG, DOC_TIMEOUT_ENV), DOC_TIMEOUT_FLAG);
  const result = await buildAll({
    root,
    out: join(outRoot, 'data'),
    cacheDir: process.env.ATLAS_CACHE,
    jobs: positive(flag(argv, '--jobs', 'ATLAS_JOBS'), '--jobs', true),
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    maxInputBytes: maxInputBytes(argv),
    rebuild: argv.includes('--rebuild') || process.env.ATLAS_REBUILD === '1',
  });
  // Boundaries depend only on the echarts@4.9.0 package and the divisions file, not on the documents:
  // `--docs-only` (the pipeline benchmark) leaves them out.
  if (!argv.includes('--docs-only')) {
    const geoDir = join(outRoot, 'geo');
    const writes = trackWrites();
    const geo = (() => {
      try {
        return prepareBoundaries(geoDir);
      } finally {
        writes.stop();
      }
    })();
    console.log(`boundaries: ${geo.provinces.length} provinces → ${geoDir}`);
    // The boundaries were all written (prepareBoundaries throws otherwise): a file of an earlier edition goes.
    const refused = sweepRefusal(geoDir, [join(root, 'data'), process.env.ATLAS_CACHE ?? join(root, '.cache/pipeline')]);
    console.log(refused ? `stale files: none removed (${refused})` : staleSummary(removeStale(geoDir, writes.paths), geoDir));
  }
  const ms = Math.round(performance.now() - started);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`built ${result.built.length} documents in ${ms} ms (${result.rebuilt.length} parsed, ${result.reused.length} reused); peak RSS ${peakRssMb} MB`);
  // For bench:pipeline: the figures as JSON (ATLAS_STAGES_JSON=file).
  if (process.env.ATLAS_STAGES_JSON) {
    writeJsonAtomic(process.env.ATLAS_STAGES_JSON, { ms, peakRssMb, built: result.built.length, parsed: result.rebuilt.length, reused: result.reused.length, failures: result.failures.length, stages: result.stages });
  }
  if (result.failures.length) {
    console.error(`\n${result.failures.length} failure(s):`);
    for (const f of result.failures) console.error(escapeHidden(`  ${f.file}${f.line != null ? `:${f.line}` : ''}: ${f.message.replace(/^line \d+: /, '')}`));
    process.exitCode = 1;
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    // A person reads this: the reason, not a stack trace (ATLAS_DEBUG=1 shows it).
    console.error(escapeHidden(`npm run data: ${process.env.ATLAS_DEBUG ? (e as Error).stack : (e as Error).message ?? String(e)}`));
    process.exitCode = 2;
  });
}
