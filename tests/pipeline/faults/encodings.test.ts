// Issue 13.6: UTF-16 documents (LE/BE, with or without a BOM) are read; GBK is refused with a hint
// (a guess would be silent bad data: see pipeline/text/decode.ts); the progress CSV goes through the
// same decoding and errors; a 401-digit or non-finite value and implausible dates are refused naming
// file, row and column — never a raw schema dump — and the previous progress.json is kept.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus, json, repo, snapshot, type Corpus } from './harness';

const ID = '000_63401f67e2388d77';
const utf8 = readFileSync(join(repo, `data/raw/${ID}.txt`));
const le = Buffer.from(utf8.toString('utf8'), 'utf16le');
const be = Buffer.from(le).swap16();

describe('UTF-16 documents', { timeout: 60_000 }, () => {
  let c: Corpus;
  let reference: string;
  beforeAll(async () => {
    c = corpus([ID]);
    await c.build();
    reference = json(join(c.out, `docs/${ID}.json`)).text;
  }, 60_000);

  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['UTF-16LE without BOM', le],
    ['UTF-16BE without BOM', be],
  ])('%s reads as the UTF-8 original does', async (_, bytes) => {
    c.write(`data/raw/${ID}.txt`, bytes);
    const { result } = await c.build();
    expect(result.failures).toEqual([]);
    const doc = json(join(c.out, `docs/${ID}.json`));
    expect(doc.text).toBe(reference);
    expect(doc.tasks).toHaveLength(32);
  });

  it('a UTF-16 file cut in the middle of a character is refused, saying so', async () => {
    c.write(`data/raw/${ID}.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), le.subarray(0, 101)]));
    const { result } = await c.build();
    expect(result.failures.map((f) => f.message)).toEqual(['UTF-16LE (byte order mark) with an odd number of bytes (103): the file is cut short']);
  });
});

const HEADER = 'indicator,date,value,unit,source_note\n';
const GOOD_ROW = '004_a1bcdf2d9dcc1b5f/I051,2022,80,%,年报\n';

describe('progress CSVs', { timeout: 60_000 }, () => {
  let c: Corpus;
  let before: Record<string, string>;
  beforeAll(async () => {
    c = corpus(['004_a1bcdf2d9dcc1b5f']);
    cpSync(join(repo, 'tests/fixtures/progress/good/example.csv'), join(c.root, 'data/progress/example.csv'));
    await c.build();
    before = snapshot(c.out);
  }, 60_000);

  it('a UTF-16 CSV (Excel\'s "Unicode text") reads like the UTF-8 one', async () => {
    const text = readFileSync(join(repo, 'tests/fixtures/progress/good/example.csv'), 'utf8');
    c.write('data/progress/example.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { result } = await c.build();
    expect(result.failures).toEqual([]);
    expect(snapshot(c.out)).toEqual(before);
  });

  it.each([
    ['a GBK CSV', Buffer.concat([Buffer.from(HEADER), Buffer.from([0x30, 0x30, 0x34, 0x2c, 0x32, 0x30, 0x32, 0x32, 0x2c, 0x31, 0x2c, 0x25, 0x2c, 0xc4, 0xea, 0xb1, 0xa8, 0xcd, 0xb3, 0xbc, 0xc6, 0x0a])]),
      /^data\/progress\/example\.csv:2: not valid UTF-8 at byte \d+ .*GBK\/GB18030/],
    ['a 401-digit value', HEADER + `004_a1bcdf2d9dcc1b5f/I051,2022,${'9'.repeat(401)},%,年报\n`,
      /^data\/progress\/example\.csv:2: column value: 99999999999999999999…99999999 \(401 characters\) has 401 significant digits; at most 15 can be stored exactly$/],
    ['a 16-digit value (would be rounded)', HEADER + '004_a1bcdf2d9dcc1b5f/I051,2022,1234567890123456,%,年报\n',
      /^data\/progress\/example\.csv:2: column value: 1234567890123456 has 16 significant digits/],
    ['year 0000', HEADER + '004_a1bcdf2d9dcc1b5f/I051,0000,80,%,年报\n', /^data\/progress\/example\.csv:2: column date: implausible date "0000" \(years 1949–2100 only\)$/],
    ['9999-12-31', HEADER + GOOD_ROW + '004_a1bcdf2d9dcc1b5f/I051,9999-12-31,80,%,年报\n', /^data\/progress\/example\.csv:3: column date: implausible date "9999-12-31"/],
    ['30 February', HEADER + '004_a1bcdf2d9dcc1b5f/I051,2022-02-30,80,%,年报\n', /^data\/progress\/example\.csv:2: column date: bad date "2022-02-30" \(day 30\)$/],
  ])('%s is refused naming file, row and column; the previous progress.json is kept', async (_, content, message) => {
    c.write('data/progress/example.csv', content);
    const { result, lines } = await c.build();
    expect(result.failures).toHaveLength(1);
    const f = result.failures[0];
    expect(`${f.file}:${f.line}: ${f.message.replace(/^line \d+: /, '')}`).toMatch(message);
    expect(lines.join('\n')).not.toMatch(/ZodError|"code":|invalid_type|Infinity/);
    expect(snapshot(c.out)).toEqual(before);
    expect(json(join(c.out, 'progress.json')).rows).toHaveLength(2);
  });
});
