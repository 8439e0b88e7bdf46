// Issue 13.3: an oversized file is refused before it is read, naming the file, its size, the limit
// and how to raise it; a document that takes too long fails alone (its worker is stopped and
// replaced) while the others build; both keep the previous output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxInputBytes } from '../../../pipeline/text/size';
import { corpus, json, repo, snapshot, type Corpus } from './harness';

const SMALL = '000_63401f67e2388d77';
const BIG = '001_e3afc5ffeb36f5d0';

/** One valid document of about `bytes` bytes: one task whose body is a single enormous paragraph. */
function onePararaph(bytes: number): string {
  const seed = readFileSync(join(repo, `data/raw/${SMALL}.txt`), 'utf8').split('\n').slice(8).join('')
    .replace(/[一二三四五六七八九十]+、/g, '').replace(/[(（][一二三四五六七八九十]+[)）]/g, '').replace(/(?<![\d.])\d{1,2}\.(?!\d)/g, '');
  const body = seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
  return `山西省测试工作方案\n一、重点任务\n(一)测试。\n1.${body}(责任单位:省发展改革委)\n`;
}

describe('size and time limits', { timeout: 60_000 }, () => {
  let c: Corpus;
  let before: Record<string, string>;
  let departmentsBefore: unknown;
  const departments = () => json(join(c.out, 'departments.json')).departments
    .map((d: { id: string; documents: string[] }) => ({ ...d, documents: d.documents.sort() }))
    .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
  beforeAll(async () => {
    c = corpus([SMALL, BIG]);
    await c.build();
    before = snapshot(c.out);
    departmentsBefore = departments();
  }, 60_000);

  it('a file over the input limit is refused by size, the others built, its previous output kept', async () => {
    const size = readFileSync(join(c.root, `data/raw/${BIG}.txt`)).length;
    const { result } = await c.build({ maxInputBytes: 28_000 });
    expect(result.failures).toEqual([{
      file: `data/raw/${BIG}.txt`, line: null,
      message: `${size.toLocaleString('en')} bytes is over the input limit of 28,000 bytes; raise it with --max-input-bytes=N or ATLAS_MAX_INPUT_BYTES=N if the file is really one document`,
    }]);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('the limit comes from the flag, else the environment, else 5 MB; nonsense is refused', () => {
    expect(maxInputBytes(['--max-input-bytes=100'], {})).toBe(100);
    expect(maxInputBytes(['--max-input-bytes', '200'], { ATLAS_MAX_INPUT_BYTES: '5' })).toBe(200);
    expect(maxInputBytes([], { ATLAS_MAX_INPUT_BYTES: '300' })).toBe(300);
    expect(maxInputBytes([], {})).toBe(5 * 1024 * 1024);
    expect(() => maxInputBytes(['--max-input-bytes=lots'], {})).toThrow('--max-input-bytes must be a positive whole number of bytes, got "lots"');
  });

  it('a document slower than the time limit fails alone; the one after it still builds', async () => {
    c.write(`data/raw/${BIG}.txt`, onePararaph(6_000_000));
    c.write(`data/raw/${SMALL}.txt`, `${readFileSync(join(repo, `data/raw/${SMALL}.txt`), 'utf8')}\n`);
    // One worker, the slow document first in documents.json order: without the limit it would hold the queue.
    const metas = c.metas();
    metas.documents.reverse();
    c.write('data/documents.json', JSON.stringify(metas));
    const started = performance.now();
    const { result } = await c.build({ jobs: 1, timeoutMs: 1000, maxInputBytes: 10_000_000 });
    expect(result.failures).toEqual([{
      file: `data/raw/${BIG}.txt`, line: null,
      message: 'gave up after 1 s (the per-document time limit; raise it with --doc-timeout=SECONDS or ATLAS_DOC_TIMEOUT=SECONDS)',
    }]);
    expect(result.rebuilt).toEqual([{ id: SMALL, reason: 'raw bytes changed' }]);
    expect(performance.now() - started).toBeLessThan(30_000);
    // The slow document's previous output and everything derived from it are kept.
    const after = snapshot(c.out);
    expect(after[`docs/${BIG}.json`]).toBe(before[`docs/${BIG}.json`]);
    expect(departments()).toEqual(departmentsBefore); // (in another order: documents.json was reversed)
    expect(json(join(c.out, 'quality.json')).documents.map((q: { docId: string }) => q.docId).sort()).toEqual([SMALL, BIG]);
  }, 60_000);
});
