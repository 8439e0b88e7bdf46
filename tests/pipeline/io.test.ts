// Atomic writes leave a file that already holds the new bytes untouched — same inode, same mtime —
// so an identical rebuild changes nothing a deploy or the service worker's revisions would see.
import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from '../../pipeline/io';

const dir = () => mkdtempSync(join(tmpdir(), 'atlas-io-'));
const id = (path: string) => {
  const s = statSync(path, { bigint: true });
  return `${s.ino}:${s.mtimeNs}`;
};
/** An mtime well in the past, so a rewrite would show even on a coarse clock. */
const age = (path: string) => utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));

describe('writeFileAtomic', () => {
  it('the same bytes: not written (inode and mtime kept); other bytes, even of the same length: written', () => {
    const f = join(dir(), 'a/b.json');
    expect(writeFileAtomic(f, '{"x":1}\n')).toBe(true);
    age(f);
    const before = id(f);
    expect(writeFileAtomic(f, '{"x":1}\n')).toBe(false);
    expect(id(f)).toBe(before);
    expect(writeFileAtomic(f, '{"x":2}\n')).toBe(true);
    expect(id(f)).not.toBe(before);
    expect(readFileSync(f, 'utf8')).toBe('{"x":2}\n');
    expect(readdirSync(join(f, '..'))).toEqual(['b.json']);
  });
});

describe('writeJsonAtomic with a stamp', () => {
  it('only the stamp differs: the file and its old stamp are kept', () => {
    const f = join(dir(), 'manifest.json');
    writeJsonAtomic(f, { a: 1, builtAt: '2026-01-01T00:00:00.000Z', b: [2] }, { stamp: 'builtAt' });
    age(f);
    const before = id(f);
    expect(writeJsonAtomic(f, { a: 1, builtAt: '2026-12-02T07:00:00.000Z', b: [2] }, { stamp: 'builtAt' })).toBe(false);
    expect(id(f)).toBe(before);
    expect(JSON.parse(readFileSync(f, 'utf8')).builtAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('anything else differs: written with the new stamp', () => {
    const f = join(dir(), 'manifest.json');
    writeJsonAtomic(f, { a: 1, builtAt: '2026-01-01T00:00:00.000Z' }, { stamp: 'builtAt' });
    expect(writeJsonAtomic(f, { a: 2, builtAt: '2026-12-02T07:00:00.000Z' }, { stamp: 'builtAt' })).toBe(true);
    expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual({ a: 2, builtAt: '2026-12-02T07:00:00.000Z' });
  });

  it('without the stamp option a changed builtAt is a change; a damaged old file is simply replaced', () => {
    const f = join(dir(), 'overview.json');
    writeJsonAtomic(f, { builtAt: 'x' });
    expect(writeJsonAtomic(f, { builtAt: 'y' })).toBe(true);
    writeFileSync(f, '{not json');
    expect(writeJsonAtomic(f, { builtAt: 'z' }, { stamp: 'builtAt' })).toBe(true);
    expect(readFileSync(f, 'utf8')).toBe('{"builtAt":"z"}\n');
  });
});
