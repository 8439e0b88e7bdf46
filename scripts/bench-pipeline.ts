// npm run bench:pipeline
// 1. The five documents end to end, as `npm run data` runs them (wall time including Node start-up;
//    goal ≤ 3 s on the 2-core machine), median of 3 runs into a temporary output folder.
// 2. A synthetic corpus made by recombining the seeds' parts into new documents, at 100, 300 and
//    1,000 documents, each size in its own process so peak memory (maxRSS) is its own: docs/s and
//    peak memory printed side by side so linear growth is visible.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../pipeline/document/build-document';
import { loadDocumentMeta } from '../pipeline/meta';
import type { DocumentMeta } from '../src/shared/schema';

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

if (process.argv[2] === '--size') {
  runSize(Number(process.argv[3]));
} else {
  const out = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts', '--docs-only'], { cwd: root, env: { ...process.env, ATLAS_OUT: out }, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  rmSync(out, { recursive: true, force: true });
  console.log(`five documents end to end (npm run data without boundaries, incl. Node start-up): median ${Math.round(median(times))} ms of ${times.map(Math.round).join(', ')} (goal ≤ 3000 ms)`);
  console.log('synthetic corpus (seed parts recombined):');
  console.log('  docs    seconds   docs/s   tasks    peak RSS');
  for (const size of [100, 300, 1000]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-pipeline.ts', '--size', String(size)], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`size ${size} failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!);
    console.log(`  ${String(m.count).padStart(4)}  ${m.seconds.toFixed(2).padStart(8)}  ${m.docsPerSecond.toFixed(1).padStart(7)}  ${String(m.tasks).padStart(6)}  ${m.peakMb.toFixed(0).padStart(6)} MB`);
  }
}
