// npm run bench:pipeline
// 1. The five documents end to end, as `npm run data` runs them (wall time including Node start-up;
//    goal ≤ 3 s on the 2-core machine), median of 3 runs into a temporary output folder.
// 2. A synthetic corpus made by recombining the seeds' parts into new documents, at 100, 300 and
//    1,000 documents, each size in its own process so peak memory (maxRSS) is its own: docs/s and
//    peak memory printed side by side so linear growth is visible.
// 3. One document of a single 1 MB and a single 10 MB paragraph (issue 13.3): every stage must be
//    linear, goal ≤ 5 s for 10 MB; each in its own process, after a warm-up document.
// 4. With --scale: `npm run data` on bench:scale's 3,000-document corpus (worker threads, fresh cache,
//    every document parsed), then the rebuild after one document changed and after nothing changed
//    (issue 11.3): wall time, docs/s, each stage's time, peak RSS, output bytes. Slow (minutes), hence
//    the flag: npm run bench:pipeline -- --scale   (or only that part: -- --scale-only [count …]);
//    SCALE_ROOT=dir keeps the corpus in bench:scale's layout (see runScale); SCALE_REUSE=1 with it
//    times only the two rebuilds of a corpus built there before.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runJob } from '../pipeline/batch/job';
import { buildDocument } from '../pipeline/document/build-document';
import { loadDocumentMeta } from '../pipeline/meta';
import type { DocumentMeta } from '../src/shared/schema';
import { writeCorpus } from './scale/corpus';

const root = join(import.meta.dirname, '..');
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Seeds with numbered parts, split into blocks: preamble lines and one block per part (一、…). */
function partBlocks(): { preambles: string[][]; parts: string[][]; metas: DocumentMeta[] } {
  const metas = loadDocumentMeta(join(root, 'data/documents.json'));
  const preambles: string[][] = [];
  const parts: string[][] = [];
  for (const meta of metas) {
    const lines = readFileSync(join(root, `data/raw/${meta.id}.txt`), 'utf8').split('\n');
    const starts = lines.flatMap((l, i) => (/^[一二三四五六七八九十]{1,2}、/.test(l.trim()) ? [i] : []));
    if (starts.length < 2) continue; // 004 has no numbered parts to recombine
    preambles.push(lines.slice(0, starts[0]));
    starts.forEach((s, i) => parts.push(lines.slice(s, starts[i + 1] ?? lines.length)));
  }
  return { preambles, parts, metas };
}

/** Deterministic pseudo-random numbers, so every run benchmarks the same corpus. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function synthetic(count: number): Array<{ bytes: Uint8Array; meta: DocumentMeta }> {
  const { preambles, parts, metas } = partBlocks();
  const rand = rng(count);
  const enc = new TextEncoder();
  return Array.from({ length: count }, (_, n) => {
    const k = 3 + Math.floor(rand() * 4);
    const chosen = Array.from({ length: k }, () => parts[Math.floor(rand() * parts.length)]);
    const body = chosen.flatMap((block, i) => [block[0].trim().replace(/^[一二三四五六七八九十]{1,2}、/, `${NUMERALS[i]}、`), ...block.slice(1)]);
    const text = [...preambles[n % preambles.length], ...body].join('\n');
    const meta = { ...metas[n % 4], id: `synthetic_${n}` };
    return { bytes: enc.encode(text), meta };
  });
}

function runSize(count: number): void {
  const docs = synthetic(count);
  const started = performance.now();
  let tasks = 0;
  for (const d of docs) tasks += buildDocument(d.bytes, d.meta, { file: `${d.meta.id}.txt`, corrections: [] }).doc.tasks.length;
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ count, seconds, docsPerSecond: count / seconds, tasks, peakMb }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One valid document of about `bytes` bytes: one task whose body is a single paragraph of seed sentences. */
function oneParagraph(bytes: number): string {
  const seed = readFileSync(join(root, 'data/raw/000_63401f67e2388d77.txt'), 'utf8').split('\n').slice(8).join('')
    .replace(/[一二三四五六七八九十]+、/g, '').replace(/[(（][一二三四五六七八九十]+[)）]/g, '').replace(/(?<![\d.])\d{1,2}\.(?!\d)/g, '');
  const body = seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
  return `山西省测试工作方案\n一、重点任务\n(一)测试。\n1.${body}(责任单位:省发展改革委)\n`;
}

function runSingle(bytes: number): void {
  const meta = loadDocumentMeta(join(root, 'data/documents.json'))[0];
  // Warm-up: module loading, converter and dictionaries are not the document's cost.
  runJob({ meta, file: 'warm-up.txt', bytes: readFileSync(join(root, 'data/raw/000_63401f67e2388d77.txt')), corrections: [] });
  const doc = new TextEncoder().encode(oneParagraph(bytes));
  const started = performance.now();
  const r = runJob({ meta, file: 'one-paragraph.txt', bytes: doc, corrections: [] });
  const seconds = (performance.now() - started) / 1000;
  if (!r.ok) throw new Error(`${r.failure.file}: ${r.failure.reason}`);
  console.log(JSON.stringify({ bytes: doc.length, seconds, indicators: r.derived.quality.targets + r.derived.quality.achieved,
    jsonMb: r.json.length / 1e6, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

function child(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-pipeline.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

interface BuildFigures {
  ms: number;
  peakRssMb: number;
  built: number;
  parsed: number;
  reused: number;
  failures: number;
  stages: Array<{ name: string; ms: number; note?: string }>;
}

/** `npm run data --docs-only` in the corpus folder, as bench:scale runs it; the build's own figures (ATLAS_STAGES_JSON). */
function timedBuild(cwd: string): BuildFigures & { wallMs: number } {
  const figures = join(cwd, 'build-figures.json');
  rmSync(figures, { force: true });
  const t0 = performance.now();
  // The corpus folder has no node_modules: the loader is named by its path.
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'pipeline/build.ts'), '--docs-only'],
    { cwd, env: { ...process.env, ATLAS_OUT: join(cwd, 'out'), ATLAS_STAGES_JSON: figures }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  // Exit 1 is a build with failing documents: counted, not fatal.
  if ((r.status !== 0 && r.status !== 1) || !existsSync(figures)) throw new Error(`build failed: ${r.stderr.slice(0, 2000)}`);
  return { ...JSON.parse(readFileSync(figures, 'utf8')), wallMs };
}

const outBytes = (dir: string) => Number(spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);

function printBuild(what: string, count: number, b: BuildFigures & { wallMs: number }, bytes: number): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  ${what}: ${s(b.wallMs)} wall (${s(b.ms)} in the build), ${b.parsed} parsed, ${b.reused} reused, ${b.failures} failed; ` +
    `${b.parsed ? `${(b.parsed / (b.wallMs / 1000)).toFixed(1)} parsed docs/s; ` : ''}peak RSS ${b.peakRssMb} MB; output ${(bytes / 1e6).toFixed(0)} MB`);
  console.log(`    ${b.stages.map((x) => `${x.name} ${Math.round(x.ms)} ms${x.note ? ` (${x.note})` : ''}`).join(' · ')}`);
}

/**
 * A full build of `count` documents of bench:scale's corpus (scripts/scale/corpus.ts: all 31
 * provinces, 2010–2026), every one parsed, fresh cache; then the rebuild after one document changed
 * and the one after nothing changed. SCALE_ROOT=dir builds it in dir/corpus-<count> (bench:scale's
 * layout) and leaves it there, so `SCALE_ROOT=dir SCALE_REUSE=1 npm run bench:scale` measures it.
 */
function runScale(count: number): void {
  const base = process.env.SCALE_ROOT ?? process.env.ATLAS_BENCH_KEEP ?? mkdtempSync(join(tmpdir(), 'atlas-scale-'));
  const dir = join(base, `corpus-${count}`);
  // SCALE_REUSE=1 (with SCALE_ROOT): a corpus built there before is only rebuilt (the two rebuilds below).
  const reuse = process.env.SCALE_REUSE === '1' && existsSync(join(dir, 'out/data/manifest.json'));
  if (!reuse) {
    rmSync(dir, { recursive: true, force: true });
    writeCorpus(dir, count);
  }
  const rawBytes = outBytes(join(dir, 'data/raw'));
  console.log(`  corpus: ${count} documents, ${(rawBytes / 1e6).toFixed(0)} MB raw, in ${dir}${reuse ? ' (reused)' : ''}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${availableParallelism()} cores)`);
  if (!reuse) printBuild('full build (worker threads, fresh cache)', count, timedBuild(dir), outBytes(join(dir, 'out/data')));
  const ids = readdirSync(join(dir, 'data/raw')).sort();
  const changed = join(dir, 'data/raw', ids[ids.length >> 1]);
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n`);
  const one = timedBuild(dir);
  printBuild('rebuild after one document changed', count, one, outBytes(join(dir, 'out/data')));
  const none = timedBuild(dir);
  printBuild('rebuild with nothing changed', count, none, outBytes(join(dir, 'out/data')));
  console.log(`  load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (!process.env.SCALE_ROOT && !process.env.ATLAS_BENCH_KEEP) rmSync(base, { recursive: true, force: true });
}

if (process.argv[2] === '--size') {
  runSize(Number(process.argv[3]));
} else if (process.argv[2] === '--single') {
  runSingle(Number(process.argv[3]));
} else if (process.argv[2] === '--scale-only') {
  console.log('scale (issue 11.3):');
  const counts = process.argv.slice(3).map(Number);
  for (const n of counts.length ? counts : [3000]) runScale(n);
} else {
  const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    // A fresh cache each run: this is the clean build's time, not the incremental one's.
    execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts', '--docs-only'], { cwd: root, env: { ...process.env, ATLAS_OUT: out, ATLAS_CACHE: join(out, `cache-${i}`) }, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts', '--docs-only'], { cwd: root, env: { ...process.env, ATLAS_OUT: out, ATLAS_CACHE: join(out, 'cache-2') }, stdio: 'ignore' });
  const unchanged = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  console.log(`five documents end to end (npm run data without boundaries, incl. Node start-up): median ${Math.round(median(times))} ms of ${times.map(Math.round).join(', ')} (goal ≤ 3000 ms); unchanged rebuild ${Math.round(unchanged)} ms`);
  console.log('synthetic corpus (seed parts recombined):');
  console.log('  docs    seconds   docs/s   tasks    peak RSS');
  for (const size of [100, 300, 1000]) {
    const m = child(['--size', String(size)]);
    console.log(`  ${String(m.count).padStart(4)}  ${m.seconds.toFixed(2).padStart(8)}  ${m.docsPerSecond.toFixed(1).padStart(7)}  ${String(m.tasks).padStart(6)}  ${m.peakMb.toFixed(0).padStart(6)} MB`);
  }
  console.log('one document, one paragraph (parse only, after a warm-up; goal: linear, ≤ 5 s for 10 MB):');
  const singles = [1_000_000, 10_000_000].map((b) => child(['--single', String(b)]));
  for (const m of singles) {
    console.log(`  ${(m.bytes / 1e6).toFixed(1).padStart(5)} MB  ${m.seconds.toFixed(2).padStart(6)} s  ${(m.seconds / (m.bytes / 1e6)).toFixed(2)} s/MB  ${m.indicators} figures  ${m.jsonMb.toFixed(1)} MB JSON  peak ${m.peakMb.toFixed(0)} MB`);
  }
  console.log(`  10 MB / 1 MB time ratio: ${(singles[1].seconds / singles[0].seconds).toFixed(1)} (linear ≈ ${(singles[1].bytes / singles[0].bytes).toFixed(1)})`);
  if (process.argv.includes('--scale')) {
    console.log('scale (issue 11.3):');
    runScale(3000);
  } else {
    console.log('scale: 3,000-document full build and one-changed rebuild — run with -- --scale');
  }
}
