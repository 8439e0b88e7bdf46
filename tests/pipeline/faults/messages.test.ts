// Issue 13.10 (pipeline part): a build error names its file once (`file:line: reason` in the log,
// the reason alone in the manifest next to the file), and npm run parse names the path it was given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, json, repo } from './harness';

const ID = '000_63401f67e2388d77';

describe('error messages', { timeout: 60_000 }, () => {
  it('a build failure names the file once, with the line', async () => {
    const c = corpus([ID]);
    c.write(`data/raw/${ID}.txt`, new Uint8Array([...new TextEncoder().encode('一、重点任务\n(一)交通。\n'), 0xc9, 0xbd, 0xce, 0xf7, 0xca, 0xa1, 0x0a]));
    const { result, lines } = await c.build();
    const failure = lines.filter((l) => l.startsWith('✗'));
    expect(failure).toEqual([expect.stringMatching(new RegExp(`^✗ data/raw/${ID}\\.txt:3: not valid UTF-8 at byte \\d+`))]);
    expect(failure[0].split(`${ID}.txt`)).toHaveLength(2);
    const m = json(join(c.out, 'manifest.json'));
    expect(m.failures[0].file).toBe(`data/raw/${ID}.txt`);
    expect(m.failures[0].message).toMatch(/^line 3: not valid UTF-8/);
    expect(m.failures[0].message).not.toContain(ID);
    expect(result.failures[0].line).toBe(3);
  });

  it('npm run parse names the given path for a decoding error', () => {
    // (Structure errors from npm run parse still name the basename: pipeline/document/parse-document.ts
    // passes file.split('/').pop() to buildDocument — the lead's module; see the integrity report.)
    const dir = mkdtempSync(join(tmpdir(), 'atlas-parse-'));
    writeFileSync(join(dir, 'gbk.txt'), new Uint8Array([0xc9, 0xbd, 0xce, 0xf7, 0xca, 0xa1, 0x0a]));
    const given = relative(repo, join(dir, 'gbk.txt'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/parse-cli.ts', given, '--province', '山西'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith(`${given}:1: not valid UTF-8`), r.stderr).toBe(true);
  }, 60_000);
});
