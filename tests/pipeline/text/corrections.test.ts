import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/errors';
import { applyCorrections, parseCorrections } from '../../../pipeline/text/corrections';
import { loadCorrections } from '../../../pipeline/text/load-corrections';

// Two real damaged lines (004 lines 61 and 62) and one ordinary line in between.
const raw = [
  '推進(jìn)氫能、地?zé)崮?、生物質(zhì)能等開發(fā)利用',
  '五年來,我們狠抓發(fā)展第一要務(wù)',
  '4.3米及以下焦?fàn)t全部關(guān)停。焦?fàn)t全部',
].join('\n');
const corrections = [
  { original: '地?zé)崮?、', replacement: '地熱能、', reason: 'energy list 氢能、地热能、生物质能' },
  { original: '焦?fàn)t全部', replacement: '焦爐全部', reason: '4.3米及以下焦炉全部关停' },
];

describe('applyCorrections', () => {
  it('replaces every occurrence and records where each was applied', () => {
    const { text, applied } = applyCorrections(raw, corrections, 'data/corrections/004.json');
    expect(text.split('\n')).toEqual([
      '推進(jìn)氫能、地熱能、生物質(zhì)能等開發(fā)利用',
      '五年來,我們狠抓發(fā)展第一要務(wù)',
      '4.3米及以下焦爐全部關(guān)停。焦爐全部',
    ]);
    expect(applied.map(({ line, column, original }) => [line, column, original])).toEqual([
      [1, raw.indexOf('地?zé)'), '地?zé)崮?、'],
      [3, 7, '焦?fàn)t全部'],
      [3, '4.3米及以下焦?fàn)t全部關(guān)停。'.length, '焦?fàn)t全部'],
    ]);
    expect(applied[0].reason).toBe(corrections[0].reason);
  });

  it('fails the build, naming the corrections file and the entry, when an original is gone', () => {
    const stale = [...corrections, { original: '三?。ㄒ韵', replacement: '三省(以下', reason: 'opening sentence' }];
    let error: unknown;
    try {
      applyCorrections(raw, stale, 'data/corrections/004.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'data/corrections/004.json: correction 2 not found in the source: "三?。ㄒ韵" (opening sentence)',
    );
  });

  it('does not match an original across a line break', () => {
    // Line 1 ends with 利用 and line 2 starts with 五年: the joined span exists in no single line.
    const split = [{ original: '利用五年', replacement: 'x', reason: 'r' }];
    expect(raw).toContain('利用\n五年');
    expect(() => applyCorrections(raw, split, 'c.json')).toThrow(/not found/);
  });
});

describe('parseCorrections / loadCorrections', () => {
  it('returns [] when a document has no corrections file', () => {
    expect(loadCorrections(mkdtempSync(join(tmpdir(), 'corr-')), '000_63401f67e2388d77')).toEqual([]);
  });

  it('loads a file from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corr-'));
    writeFileSync(join(dir, 'doc.json'), JSON.stringify(corrections));
    expect(loadCorrections(dir, 'doc')).toEqual(corrections);
  });

  it.each([
    ['{not json', /malformed JSON/],
    ['{"original":"a"}', /expected an array/],
    ['[{"original":"a","replacement":"b"}]', /entry 0: missing or non-string "reason"/],
    ['[{"original":"","replacement":"b","reason":"r"}]', /entry 0: empty "original"/],
    ['[{"original":"a","replacement":"b","reason":" "}]', /entry 0: empty "reason"/],
    ['[{"original":"a\\nb","replacement":"b","reason":"r"}]', /must not span line breaks/],
  ])('rejects %s', (json, message) => {
    expect(() => parseCorrections(json, 'data/corrections/x.json')).toThrow(message);
    expect(() => parseCorrections(json, 'data/corrections/x.json')).toThrow(/^data\/corrections\/x\.json: /);
  });

  it('every reviewed corrections file parses and every entry has a reason', () => {
    for (const docId of ['002_f2685fdcc6131396', '003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f']) {
      const entries = loadCorrections('data/corrections', docId);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect(e.reason.length).toBeGreaterThan(20);
    }
  });
});
