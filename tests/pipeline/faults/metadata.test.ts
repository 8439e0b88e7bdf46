// Issue 13.4: one bad entry in data/documents.json is reported by document id and field, with a
// clear message and no stack trace; the other documents build; path-like and duplicate ids are
// refused; a truncated file keeps the whole previous output.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { corpus, RAW_CONTROL, repo, snapshot, type Corpus } from './harness';

let c: Corpus;
let before: Record<string, string>;
let good: string;

beforeAll(async () => {
  c = corpus();
  await c.build();
  before = snapshot(c.out);
  good = c.read('data/documents.json');
}, 60_000);
beforeEach(() => c.write('data/documents.json', good));

function withEntries(edit: (docs: Array<Record<string, unknown>>) => void): void {
  const m = JSON.parse(good);
  edit(m.documents);
  c.write('data/documents.json', JSON.stringify(m, null, 2));
}

describe('a bad metadata entry', { timeout: 60_000 }, () => {
  it('a 5-digit provinceCode: that entry is refused by id and field, its previous output kept, the others built', async () => {
    withEntries((d) => { d[1].provinceCode = '42000'; });
    const { result } = await c.build();
    expect(result.failures).toEqual([{
      file: 'data/documents.json', line: null,
      message: 'documents[1] (id 003_52b583d5c9b6873f): provinceCode: a 6-digit division code (got "42000")',
    }]);
    expect(result.built).toEqual(['000_63401f67e2388d77', '003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f']);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('a path-like id is refused and nothing is written outside the output folder', async () => {
    withEntries((d) => { d.push({ ...d[0], id: '../../etc/passwd' }); });
    const { result } = await c.build();
    expect(result.failures.map((f) => f.message)).toEqual([
      'documents[3]: id "../../etc/passwd" is refused: ids name files, so only letters, digits, _ and - are allowed',
    ]);
    expect(existsSync(join(c.out, '../../etc'))).toBe(false);
    expect(readdirSync(join(c.out, 'docs')).sort()).toEqual(['000_63401f67e2388d77.json', '003_52b583d5c9b6873f.json', '004_a1bcdf2d9dcc1b5f.json']);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('a duplicated id: every entry with it is refused (which one is right is a person\'s call), the previous output kept', async () => {
    withEntries((d) => { d.push({ ...d[2], title: '另一份文件' }); });
    const { result } = await c.build();
    expect(result.failures.map((f) => f.message)).toEqual([
      'documents[2] (id 004_a1bcdf2d9dcc1b5f): id is also used by documents[3]; every entry with this id is refused until one is renamed',
      'documents[3] (id 004_a1bcdf2d9dcc1b5f): id is also used by documents[2]; every entry with this id is refused until one is renamed',
    ]);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('a hidden character in a title is refused, named by field and code point', async () => {
    withEntries((d) => { d[0].title = `山西省\u202e案方作工`; });
    const { result } = await c.build();
    expect(result.failures.map((f) => f.message)).toEqual([
      'documents[0] (id 000_63401f67e2388d77): title: hidden character U+202E at character 4 (bidi, zero-width or control characters are not allowed)',
    ]);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('a truncated file: named with line and column, nothing rebuilt, the whole previous output kept', async () => {
    c.write('data/documents.json', good.slice(0, 700));
    const { result } = await c.build();
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0].file).toBe('data/documents.json');
    expect(result.failures[0].message).toMatch(/^not valid JSON at line \d+, column \d+: .*; no document was rebuilt, the previous output is kept$/);
    expect(result.built).toEqual(['000_63401f67e2388d77', '003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f']);
    expect(snapshot(c.out)).toEqual(before);
  });

  it('npm run data prints the reasons without a stack trace or raw control bytes, and exits 1', () => {
    withEntries((d) => { d[1].provinceCode = '\u001b]0;pwned\u0007'; d.push({ ...d[0], id: '../../etc/passwd' }); });
    const r = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'pipeline/build.ts'), '--docs-only', '--jobs', '0'], {
      cwd: c.root, encoding: 'utf8', env: { ...process.env, ATLAS_OUT: join(c.root, 'cli-out') },
    });
    expect(r.status).toBe(1);
    const output = r.stdout + r.stderr;
    expect(output).toContain('data/documents.json: documents[1] (id 003_52b583d5c9b6873f): provinceCode: hidden character U+001B at character 1');
    expect(output).toContain('data/documents.json: documents[3]: id "../../etc/passwd" is refused');
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expect(output).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/built 2 documents/);
  }, 60_000);
});
