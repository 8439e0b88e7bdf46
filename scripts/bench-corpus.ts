// Part of npm run bench:pipeline: the development corpus (tests/fixtures/corpus, 15 real documents of
// many layouts) through `npm run parse`'s code path, in one process: docs/s and tasks/s, median of 5.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseBytes } from '../pipeline/parse-cli';

const dir = join(import.meta.dirname, '../tests/fixtures/corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ f, bytes: readFileSync(join(dir, f)) }));
const bytes = files.reduce((n, x) => n + x.bytes.length, 0);
parseBytes(files[0].bytes, files[0].f, null); // warm-up: dictionaries, divisions, opencc
const runs: number[] = [];
let tasks = 0;
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  tasks = 0;
  for (const x of files) tasks += parseBytes(x.bytes, x.f, null).doc.tasks.length;
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const ms = runs[2];
console.log(`corpus: ${files.length} documents (${(bytes / 1024).toFixed(0)} KB), ${tasks} tasks — median ${ms.toFixed(0)} ms: ` +
  `${(files.length / (ms / 1000)).toFixed(1)} docs/s, ${(tasks / (ms / 1000)).toFixed(0)} tasks/s (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
