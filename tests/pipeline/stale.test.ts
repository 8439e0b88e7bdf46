// Stale output (issue 11): after a successful build, nothing is left in the output folder that this
// build did not write — a removed document's files, the shards of a province without documents, an
// earlier layout's folder — while every current file stays untouched (same inode and mtime); a
// build that reports a failure removes nothing.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStale, staleSummary, sweepRefusal } from '../../pipeline/stale';
import { corpus, exactSnapshot, SEEDS } from './faults/harness';

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
const stamps = (dir: string) => new Map(files(dir).map((f) => {
  const s = statSync(join(dir, f), { bigint: true });
  return [f, `${s.ino}:${s.mtimeNs}`];
}));

/** A stale file, a stale folder of an earlier layout (nested), and a temp file of a killed build. */
function plantStale(out: string): string[] {
  mkdirSync(join(out, 'index/departments/old'), { recursive: true });
  writeFileSync(join(out, 'index/departments/a.json'), '{}\n');
  writeFileSync(join(out, 'index/departments/old/b.json'), '{}\n');
  writeFileSync(join(out, 'docs/999_removed.json'), '{}\n');
  writeFileSync(join(out, 'manifest.json.4242.tmp'), '{');
  return ['docs/999_removed.json', 'index/departments/a.json', 'index/departments/old/b.json', 'manifest.json.4242.tmp'];
}

describe('stale output', { timeout: 120_000 }, () => {
  it('a rebuild removes every file it did not write, and the folders left empty; current files are not touched', async () => {
    const c = corpus();
    await c.build();
    const current = stamps(c.out);
    const planted = plantStale(c.out);
    const { result, lines } = await c.build();
    expect(result.failures).toEqual([]);
    expect(result.removed).toEqual(planted);
    for (const f of planted) expect(existsSync(join(c.out, f))).toBe(false);
    expect(existsSync(join(c.out, 'index/departments'))).toBe(false);
    // Nothing parsed, nothing rewritten: every file of the first build is still the same inode and mtime.
    expect(result.parsed).toEqual([]);
    expect(stamps(c.out)).toEqual(current);
    expect(lines.filter((l) => l.startsWith('stale files:'))).toEqual([
      `stale files: removed 4 from ${c.out} (docs/999_removed.json, index/departments/a.json, index/departments/old/b.json, manifest.json.4242.tmp)`,
    ]);
    // And again: nothing more to remove, still nothing rewritten.
    const again = await c.build();
    expect(again.result.removed).toEqual([]);
    expect(again.lines).toContain(`stale files: none in ${c.out}`);
    expect(stamps(c.out)).toEqual(current);
  });

  it('a document removed from documents.json: its files and its province\'s shards go; the output is file for file a clean build of the rest', async () => {
    const c = corpus();
    await c.build();
    const gone = SEEDS[1]; // 003, the only document of province 420000
    expect(files(c.out).filter((f) => f.includes(gone) || f.includes('420000'))).not.toEqual([]);
    const metas = c.metas();
    c.write('data/documents.json', JSON.stringify({ documents: metas.documents.filter((d) => d.id !== gone) }));
    const { result } = await c.build();
    expect(result.failures).toEqual([]);
    expect(result.removed).toContain(`docs/${gone}.json`);
    expect(result.removed).toContain(`index/heatmap/${gone}.json`);
    expect(result.removed).toContain('index/targets/420000.json');
    expect(result.removed).toContain('index/province-documents/420000.json');
    expect(files(c.out).filter((f) => f.includes(gone))).toEqual([]);

    const clean = corpus(SEEDS.filter((id) => id !== gone));
    await clean.build();
    expect(exactSnapshot(c.out)).toEqual(exactSnapshot(clean.out));
  });

  it('a document parsed on a worker thread (its JSON written there) is kept', async () => {
    const c = corpus();
    await c.build();
    const planted = plantStale(c.out);
    const metas = c.metas();
    metas.documents[0].title = `${String(metas.documents[0].title)}（修订）`;
    c.write('data/documents.json', JSON.stringify(metas));
    const { result } = await c.build({ jobs: 2 });
    expect(result.parsed).toEqual([SEEDS[0]]);
    expect(result.removed).toEqual(planted);
    expect(JSON.parse(readFileSync(join(c.out, `docs/${SEEDS[0]}.json`), 'utf8')).title).toMatch(/（修订）$/);
  });

  it('a build that reports a failure removes nothing; the next good build does', async () => {
    const c = corpus();
    await c.build();
    const planted = plantStale(c.out);
    c.write(`data/raw/${SEEDS[0]}.txt`, new Uint8Array(0)); // empty: this document fails, its previous output is kept
    const failed = await c.build();
    expect(failed.result.failures).toHaveLength(1);
    expect(failed.result.removed).toBeNull();
    expect(failed.lines).toContain('stale files: none removed (the build reported 1 failure)');
    for (const f of planted) expect(existsSync(join(c.out, f))).toBe(true);
    expect(existsSync(join(c.out, `docs/${SEEDS[0]}.json`))).toBe(true);

    c.write(`data/raw/${SEEDS[0]}.txt`, readFileSync(join(import.meta.dirname, '../../data/raw', `${SEEDS[0]}.txt`)));
    const good = await c.build();
    expect(good.result.failures).toEqual([]);
    expect(good.result.removed).toEqual(planted);
  });

  it('an unreadable documents.json (the previous manifest\'s documents are kept) removes nothing', async () => {
    const c = corpus();
    await c.build();
    const before = files(c.out);
    const planted = plantStale(c.out);
    c.write('data/documents.json', '{"documents": ');
    const { result } = await c.build();
    expect(result.removed).toBeNull();
    expect(files(c.out)).toEqual([...before, ...planted].sort());
  });
});

describe('removeStale', () => {
  it('removes only what is not kept, never follows a symbolic link, and leaves the folder itself', () => {
    const base = mkdtempSync(join(tmpdir(), 'atlas-stale-'));
    const dir = join(base, 'out');
    const outside = join(base, 'elsewhere');
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'keep-me.txt'), 'x');
    writeFileSync(join(dir, 'kept.json'), '1');
    writeFileSync(join(dir, 'a/b/gone.json'), '2');
    writeFileSync(join(dir, 'a/kept.json'), '3');
    symlinkSync(outside, join(dir, 'link'));
    const removed = removeStale(dir, new Set([join(dir, 'kept.json'), join(dir, 'a/kept.json')]));
    expect(removed).toEqual(['a/b/gone.json', 'link']);
    expect(files(dir)).toEqual(['a/kept.json', 'kept.json']);
    expect(existsSync(join(outside, 'keep-me.txt'))).toBe(true);
    expect(removeStale(join(base, 'missing'), new Set())).toEqual([]);
    expect(removeStale(dir, new Set())).toEqual(['a/kept.json', 'kept.json']);
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder that is, holds or lies inside a protected one (the sources, the cache)', () => {
    expect(sweepRefusal('/r/public/data', ['/r/data', '/r/.cache/pipeline'])).toBeNull();
    expect(sweepRefusal('/r/data', ['/r/data'])).toMatch(/overlaps/);
    expect(sweepRefusal('/r/data/geo', ['/r/data'])).toMatch(/overlaps/);
    expect(sweepRefusal('/r', ['/r/data'])).toMatch(/overlaps/);
    expect(sweepRefusal('/r/out', ['/r/data', '/r/out/.cache'])).toMatch(/overlaps/);
    expect(sweepRefusal('/r/database', ['/r/data'])).toBeNull();
  });

  it('says how many and shows the first few', () => {
    expect(staleSummary([], 'out')).toBe('stale files: none in out');
    expect(staleSummary(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'out')).toBe('stale files: removed 7 from out (a, b, c, d, e, … 2 more)');
  });
});
