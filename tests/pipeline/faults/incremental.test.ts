// Issue 11.3: npm run data re-parses only what changed — bytes, metadata, corrections, dictionaries,
// the pipeline's code — says why, and writes exactly what a clean serial build writes, in parallel
// (worker threads) or not.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll } from '../../../pipeline/build';
import { corpus, exactSnapshot, repo, SEEDS, type Corpus } from './harness';

/** A clean serial build of the corpus as it is now, into a fresh folder with a fresh cache. */
async function cleanSerial(c: Corpus): Promise<Record<string, string>> {
  const out = mkdtempSync(join(tmpdir(), 'atlas-clean-'));
  await buildAll({ root: c.root, out, cacheDir: join(out, '.cache'), jobs: 0, log: () => {} });
  rmSync(join(out, '.cache'), { recursive: true });
  return exactSnapshot(out);
}

describe('incremental, parallel build', { timeout: 60_000 }, () => {
  let c: Corpus;
  beforeAll(() => {
    c = corpus();
  }, 60_000);

  it('a parallel build (2 workers) writes byte for byte what a serial clean build writes', async () => {
    const { result } = await c.build({ jobs: 2 });
    expect(result.rebuilt.map((r) => r.reason)).toEqual(['new', 'new', 'new']);
    expect(exactSnapshot(c.out)).toEqual(await cleanSerial(c));
  }, 60_000);

  it('nothing changed: nothing is parsed, every output file is the same', async () => {
    const before = exactSnapshot(c.out);
    const { result, lines } = await c.build({ jobs: 2 });
    expect(result.rebuilt).toEqual([]);
    expect(result.reused).toEqual(SEEDS);
    expect(lines).toContain('= 3 unchanged documents reused from the build cache');
    expect(exactSnapshot(c.out)).toEqual(before);
  });

  it.each([
    ['raw bytes changed', '1 shard built, 1 kept', (c: Corpus) => c.write(`data/raw/${SEEDS[1]}.txt`, `${c.read(`data/raw/${SEEDS[1]}.txt`)}\n\n`)],
    ['metadata changed', '1 shard built, 1 kept', (c: Corpus) => {
      const m = c.metas();
      m.documents[1].note = 'A reviewer added a note.';
      c.write('data/documents.json', JSON.stringify(m, null, 2));
    }],
    // The same corrections, formatted differently: parsed again, the same JSON, so no search shard is built.
    ['corrections changed', '0 shards built, 2 kept', (c: Corpus) => c.write(`data/corrections/${SEEDS[1]}.json`, JSON.stringify(JSON.parse(c.read(`data/corrections/${SEEDS[1]}.json`)), null, 4))],
  ])('%s: only that document is parsed, and the output equals a clean serial build', async (reason, shards, change) => {
    change(c);
    const { result, lines } = await c.build({ jobs: 2 });
    expect(result.failures).toEqual([]);
    expect(result.rebuilt).toEqual([{ id: SEEDS[1], reason }]);
    expect(lines).toContain('= 2 unchanged documents reused from the build cache');
    expect(lines.some((l) => l.startsWith(`✓ data/raw/${SEEDS[1]}.txt (${reason}): `))).toBe(true);
    // 湖北 (SEEDS[1]) has a search shard of its own: at most that one is built again, the 山西 one kept.
    expect(result.stages.find((s) => s.name === 'search index')?.note).toBe(shards);
    expect(exactSnapshot(c.out)).toEqual(await cleanSerial(c));
  }, 60_000);

  it('a document that failed on its input is not parsed again while its inputs stay the same', async () => {
    const good = c.read(`data/raw/${SEEDS[0]}.txt`);
    c.write(`data/raw/${SEEDS[0]}.txt`, new Uint8Array([0xc9, 0xbd, 0xce, 0xf7, 0x0a]));
    const first = await c.build({ jobs: 2 });
    expect(first.result.parsed).toEqual([SEEDS[0]]);
    const second = await c.build({ jobs: 2 });
    expect(second.result.parsed).toEqual([]);
    expect(second.result.failures).toEqual(first.result.failures);
    expect(second.lines).toContain(`✗ data/raw/${SEEDS[0]}.txt:1: ${first.result.failures[0].message.replace(/^line 1: /, '')} (inputs unchanged since it last failed: not parsed again)`);
    c.write(`data/raw/${SEEDS[0]}.txt`, good);
    const fixed = await c.build({ jobs: 2 });
    expect(fixed.result.failures).toEqual([]);
    expect(fixed.result.parsed).toEqual([]); // its last good output is still the one in the cache
    expect(exactSnapshot(c.out)).toEqual(await cleanSerial(c));
  }, 60_000);

  it('an output file deleted or edited on disk is rebuilt', async () => {
    rmSync(join(c.out, `docs/${SEEDS[0]}.json`));
    writeFileSync(join(c.out, `docs/${SEEDS[2]}.json`), '{}');
    const { result } = await c.build();
    expect(result.rebuilt).toEqual([{ id: SEEDS[0], reason: 'output missing' }, { id: SEEDS[2], reason: 'output changed on disk' }]);
    expect(exactSnapshot(c.out)).toEqual(await cleanSerial(c));
  });

  describe('what every document depends on', () => {
    // A copy of what the cache key reads from the code root, to change without touching the repository.
    let codeRoot: string;
    beforeAll(async () => {
      codeRoot = mkdtempSync(join(tmpdir(), 'atlas-code-'));
      for (const p of ['pipeline', 'src/shared', 'data/dict', 'data/geo/divisions.json', 'data/corrections/script-phrases.json', 'package-lock.json']) {
        mkdirSync(join(codeRoot, p, '..'), { recursive: true });
        cpSync(join(repo, p), join(codeRoot, p), { recursive: true });
      }
      await c.build({ codeRoot });
    }, 60_000);

    it.each([
      ['dictionaries changed', 'data/dict/departments.json'],
      ['pipeline code changed', 'pipeline/targets/extract.ts'],
      ['pipeline code changed', 'pipeline/structure/outline.ts'],
      ['pipeline code changed', 'package-lock.json'],
    ])('%s (%s): every document is parsed again', async (reason, file) => {
      writeFileSync(join(codeRoot, file), '\n', { flag: 'a' });
      const { result } = await c.build({ codeRoot });
      expect(result.rebuilt).toEqual(SEEDS.map((id) => ({ id, reason })));
    });

    it.each(['pipeline/build.ts', 'pipeline/indexes/write.ts', 'pipeline/search/write-search.ts'])(
      'a change to a cross-document step (%s) parses nothing: those steps run on every build anyway',
      async (file) => {
        writeFileSync(join(codeRoot, file), '\n', { flag: 'a' });
        const { result } = await c.build({ codeRoot });
        expect(result.rebuilt).toEqual([]);
        expect(result.reused).toEqual(SEEDS);
      },
    );

    it('a change to the search index code (src/shared/search-text.ts) rebuilds every search shard and parses nothing', async () => {
      const shardsNote = (r: { stages: Array<{ name: string; note?: string }> }) => r.stages.find((s) => s.name === 'search index')?.note;
      expect(shardsNote((await c.build({ codeRoot })).result)).toBe('0 shards built, 2 kept');
      writeFileSync(join(codeRoot, 'src/shared/search-text.ts'), '\n', { flag: 'a' });
      const { result } = await c.build({ codeRoot });
      expect(result.rebuilt).toEqual([]);
      expect(shardsNote(result)).toBe('2 shards built, 0 kept');
    });
  });
});
