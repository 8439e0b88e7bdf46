// Issue 13.1: a failed rebuild keeps everything derived from the document it keeps — its JSON, its
// manifest entry, the departments only it names, its quality line, its indicators (progress rows
// attached to them) — and reports only the expected failure.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus, json, repo, snapshot, type Corpus } from './harness';

const FAILING = '003_52b583d5c9b6873f';
const GBK = new Uint8Array([0xc9, 0xbd, 0xce, 0xf7, 0xca, 0xa1, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2]);

describe('a document whose raw bytes turn bad', { timeout: 60_000 }, () => {
  let c: Corpus;
  let before: Record<string, string>;
  let departmentsBefore: Array<{ id: string; documents: string[] }>;

  beforeAll(async () => {
    c = corpus();
    // Progress rows for 004's targets, so the kept indicators are exercised too.
    cpSync(join(repo, 'tests/fixtures/progress/good/example.csv'), join(c.root, 'data/progress/example.csv'));
    const first = await c.build();
    expect(first.result.failures).toEqual([]);
    before = snapshot(c.out);
    departmentsBefore = json(join(c.out, 'departments.json')).departments;
  }, 60_000);

  it('only 003 names some departments (the case the old build lost)', () => {
    const only = departmentsBefore.filter((d) => d.documents.length === 1 && d.documents[0] === FAILING);
    expect(only.length).toBeGreaterThan(5);
  });

  it.each([
    ['with the build cache', false],
    ['without the build cache (output from an older build)', true],
  ])('reports only that failure and changes no output file, %s', async (_, dropCache) => {
    c.write(`data/raw/${FAILING}.txt`, GBK);
    if (dropCache) rmSync(join(c.root, '.cache'), { recursive: true, force: true });
    const { result, lines } = await c.build();
    expect(result.failures).toEqual([{
      file: `data/raw/${FAILING}.txt`, line: 1,
      message: expect.stringMatching(/^line 1: not valid UTF-8 at byte \d+ .*GBK\/GB18030/),
    }]);
    expect(lines.filter((l) => l.startsWith('✗'))).toHaveLength(1);
    expect(snapshot(c.out)).toEqual(before);
    const m = json(join(c.out, 'manifest.json'));
    expect(m.failures).toEqual([{ file: `data/raw/${FAILING}.txt`, message: result.failures[0].message }]);
    expect(json(join(c.out, 'quality.json')).failures).toEqual(m.failures);
    expect(json(join(c.out, 'quality.json')).documents.map((q: { docId: string }) => q.docId)).toContain(FAILING);
    cpSync(join(repo, `data/raw/${FAILING}.txt`), join(c.root, `data/raw/${FAILING}.txt`));
  });

  it('a progress row of a kept document still attaches (its indicators are kept)', async () => {
    c.write('data/raw/004_a1bcdf2d9dcc1b5f.txt', GBK);
    const { result } = await c.build();
    expect(result.failures.map((f) => f.file)).toEqual(['data/raw/004_a1bcdf2d9dcc1b5f.txt']);
    expect(json(join(c.out, 'progress.json')).rows).toHaveLength(2);
    expect(snapshot(c.out)).toEqual(before);
    cpSync(join(repo, 'data/raw/004_a1bcdf2d9dcc1b5f.txt'), join(c.root, 'data/raw/004_a1bcdf2d9dcc1b5f.txt'));
  });

  it('after the file is fixed, the next build reuses the cached document and the outputs are as before', async () => {
    const { result } = await c.build();
    expect(result.failures).toEqual([]);
    expect(snapshot(c.out)).toEqual(before);
  });
});
