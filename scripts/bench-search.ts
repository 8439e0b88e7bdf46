// npm run bench:search — the search index at 3,000 documents, in Node with the app's own code
// (pipeline/search builds it, src/views/search/engine.ts opens and queries it, as the browser does).
// The corpus recombines the seeds' tasks and targets into 3,000 documents with distinct ids, spread
// over the 31 provinces and 2010–2026; the department registry is repeated for every province.
// Prints: build time; bytes of core.json and of the shards (raw and gzip); the cost of opening the
// core and one shard (JSON.parse + zod frame + MiniSearch.loadJS: the first keystroke's wait after
// the fetch); and keystroke → results latency (median, p95) of the dropdown's search (core + the
// shards within DROPDOWN_BYTES it reads), typing a few queries one character at a time. Goal ≤ 50 ms.
// Needs `npm run data` first (the seed documents in public/data).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { docSearchPart, searchCoreFile, searchShards, shardParts, type DocSearchPart } from '../pipeline/search/build-index';
import { departments, manifest, policyDocument, searchCore, searchShard, type Department, type PolicyDocument, type SearchCore } from '../src/shared/schema';
import { DROPDOWN_BYTES } from '../src/views/search/limits';
import { namedProvinces, openCore, openShard, pickShards, runSearch, type DocFacts, type ShardIndex } from '../src/views/search/engine';

const root = join(import.meta.dirname, '..');
const DOCS = Number(process.argv.find((a) => a.startsWith('--docs='))?.slice(7) ?? 3000);
const GOAL_MS = 50;
const QUERIES = ['发改委', 'fgw', 'fagaiwei', '武汉', 'wuhan', '城镇化率', '新能源汽车', '生态环境', '光伏', '省', '高速公路', '5g'];

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const out = join(root, 'public/data');
const m = manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
const seeds: PolicyDocument[] = m.documents.map((d) => policyDocument.parse(JSON.parse(readFileSync(join(out, d.path), 'utf8'))));
const seedRegistry = departments.parse(JSON.parse(readFileSync(join(out, 'departments.json'), 'utf8'))).departments;
const provinces: Array<{ code: string; short: string }> = JSON.parse(readFileSync(join(root, 'data/geo/divisions.json'), 'utf8')).provinces;
/** The page the user types on is about the first province (北京). */
const home = provinces[0].code;

// The registry once per province (ids are province-scoped: 420000:省发展改革委).
const unique = new Map(seedRegistry.map((d) => [d.id.split(':').slice(1).join(':'), d]));
const registry: Department[] = provinces.flatMap((p) =>
  [...unique].map(([name, d]) => ({ ...d, id: `${p.code}:${name}`, province: p.short, provinceCode: p.code })),
);

const allTasks = seeds.flatMap((d) => d.tasks);
const allTargets = seeds.flatMap((d) => d.indicators);
const rand = rng(7);
const facts = new Map<string, DocFacts>();
const parts: DocSearchPart[] = [];
const t0 = performance.now();
for (let k = 0; k < DOCS; k++) {
  const p = provinces[k % provinces.length];
  const seed = seeds[k % seeds.length];
  const id = `syn_${String(k).padStart(4, '0')}`;
  const year = 2010 + Math.floor(rand() * 17);
  const tasks = Array.from({ length: seed.tasks.length }, (_, i) => {
    const t = allTasks[Math.floor(rand() * allTasks.length)];
    return { ...t, id: `${i + 1}`, units: t.units.map((u) => ({ ...u, departmentId: `${p.code}:${u.departmentId.split(':').slice(1).join(':')}` })) };
  });
  const indicators = Array.from({ length: seed.indicators.length }, (_, i) => ({ ...allTargets[Math.floor(rand() * allTargets.length)], id: `g${i + 1}`, taskId: null }));
  const doc = { ...seed, id, title: `${p.short}${year}年${seed.title}`, province: p.short, provinceCode: p.code, date: `${year}-06-01`, tasks, indicators };
  facts.set(id, { title: doc.title, province: doc.province });
  parts.push(docSearchPart(doc));
}
const partsMs = performance.now() - t0;

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const timeIt = <T>(f: () => T): [T, number] => {
  const s = performance.now();
  const v = f();
  return [v, performance.now() - s];
};

// Build and serialise shard by shard, as the pipeline does; keep the sizes, not the shards.
const t1 = performance.now();
const metas: SearchCore['shards'] = [];
const sizes: number[] = [];
const gz: number[] = [];
for (const { shard, meta } of searchShards(parts)) {
  const json = `${JSON.stringify(shard)}\n`;
  sizes.push(Buffer.byteLength(json));
  if (gz.length < 10) gz.push(gzipSync(json).length);
  metas.push(meta);
}
const coreFile = searchCoreFile(parts, registry, metas);
const buildMs = performance.now() - t1;
const coreJson = `${JSON.stringify(coreFile)}\n`;
sizes.sort((a, b) => a - b);

console.log(`corpus: ${DOCS} documents, ${parts.reduce((n, p) => n + p.entries.length, 0)} tasks+targets, ${registry.length} departments`);
console.log(`build: ${Math.round(partsMs + buildMs)} ms (${Math.round(buildMs)} ms indexing + serialising)`);
console.log(`core.json (departments + places + shard list, always loaded): ${kb(Buffer.byteLength(coreJson))}, ${kb(gzipSync(coreJson).length)} gzip`);
console.log(`shards: ${metas.length} × ≤ ${metas[0].docs} documents; median ${kb(pct(sizes, 0.5))}, max ${kb(sizes.at(-1)!)}, ` +
  `~${kb(gz.reduce((a, b) => a + b, 0) / gz.length)} gzip each; all shards ${kb(sizes.reduce((a, b) => a + b, 0))}`);
console.log(`dropdown reads core + shards within ${kb(DROPDOWN_BYTES)}: ${pickShards(metas, [home], DROPDOWN_BYTES).length} shard(s)`);

// Opening: what the browser does after the fetch (parse, zod frame check, loadJS).
const [core, coreOpenMs] = timeIt(() => openCore(searchCore.parse(JSON.parse(coreJson))));

// The shards the typed queries read (as useSearch chooses them: named provinces, the page's, newest).
const prefixes = QUERIES.flatMap((q) => [...q].map((_, n) => [...q].slice(0, n + 1).join('')));
const wantedFor = new Map(prefixes.map((p) => [p, pickShards(coreFile.shards, [...namedProvinces(runSearch(p, core, [], facts)), home], DROPDOWN_BYTES)]));
const neededIds = new Set([...wantedFor.values()].flatMap((w) => w.map((m) => m.id)));
const byId = new Map(shardParts(parts).filter((s) => neededIds.has(s.id)).map((s) => [s.id, s.parts]));
const shardFiles = new Map([...byId].map(([id, ps]) => [id, JSON.stringify({ ...[...searchShards(ps)][0].shard, id })]));
// Drop the corpus: the browser holds only the core and the shards it opened, and a heap holding
// 3,000 documents' text would time the garbage collector, not the search.
parts.length = 0;
byId.clear();
(globalThis as { gc?: () => void }).gc?.();

const opened = new Map<string, ShardIndex>();
const openMs: number[] = [];
function shard(id: string): ShardIndex {
  let idx = opened.get(id);
  if (!idx) {
    const [open, ms] = timeIt(() => openShard(searchShard.parse(JSON.parse(shardFiles.get(id)!))));
    openMs.push(ms);
    opened.set(id, (idx = open));
  }
  return idx;
}

// Keystrokes: the dropdown's whole answer per prefix (core search for the named provinces, shard
// choice, core + shard search, grouping and ranking), as useSearch runs it; shards already open
// (their first load is the "open one shard" figure).
const keystroke: number[] = [];
for (let round = 0; round < 4; round++)
  for (const q of QUERIES)
    for (let n = 1; n <= [...q].length; n++) {
      const prefix = [...q].slice(0, n).join('');
      if (round === 0) wantedFor.get(prefix)!.forEach((w) => shard(w.id));
      const s = performance.now();
      const first = runSearch(prefix, core, [], facts);
      const wanted = pickShards(coreFile.shards, [...namedProvinces(first), home], DROPDOWN_BYTES);
      const r = runSearch(prefix, core, wanted.map((w) => shard(w.id)), facts);
      if (round > 0) keystroke.push(performance.now() - s);
      if (round === 0 && n === [...q].length) console.log(`  ${q}: ${r.order.filter((k) => r.groups[k].length).map((k) => `${k} ${r.groups[k].length}`).join(', ')}`);
    }
const med = pct(keystroke, 0.5);
const p95 = pct(keystroke, 0.95);
const worst = [...new Set(prefixes)].map((p) => {
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) xs.push(timeIt(() => runSearch(p, core, wantedFor.get(p)!.map((w) => shard(w.id)), facts))[1]);
  return [p, pct(xs, 0.5)] as const;
}).sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`keystroke → results (dropdown, ${keystroke.length} keystrokes): median ${med.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal ≤ ${GOAL_MS} ms) ${p95 <= GOAL_MS ? 'OK' : 'OVER'}`);
console.log(`slowest prefixes: ${worst.map(([p, ms]) => `${p} ${ms.toFixed(1)} ms`).join(', ')}`);
console.log(`open core: ${coreOpenMs.toFixed(1)} ms; open one shard: median ${pct(openMs, 0.5).toFixed(1)} ms (${openMs.length} opened)`);
