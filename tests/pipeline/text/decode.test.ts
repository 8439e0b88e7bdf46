import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/errors';
import { decodeRaw, firstInvalidUtf8 } from '../../../pipeline/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeRaw', () => {
  it('strips a UTF-8 BOM and normalises CRLF and CR to LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总体要求\r\n全面贯彻\r二、发展目标')]);
    expect(decodeRaw(bytes, 'a.txt')).toBe('一、总体要求\n全面贯彻\n二、发展目标');
  });

  it('decodes a real seed document unchanged', () => {
    const bytes = readFileSync('data/raw/000_63401f67e2388d77.txt');
    expect(decodeRaw(bytes, '000.txt')).toBe(bytes.toString('utf8'));
  });

  it('rejects an empty file, and one holding only a BOM and blank lines', () => {
    expect(errorOf(() => decodeRaw(new Uint8Array(), 'empty.txt')).message).toBe('empty.txt: empty file: no text to read');
    expect(errorOf(() => decodeRaw(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x20]), 'e.txt')).reason).toMatch(/empty/);
  });

  it('rejects binary input: a NUL byte, naming its line', () => {
    const bytes = new Uint8Array([...utf8('第一行\n第二行'), 0x00, 0x01]);
    const e = errorOf(() => decodeRaw(bytes, 'doc.bin'));
    expect(e.file).toBe('doc.bin');
    expect(e.line).toBe(2);
    expect(e.reason).toMatch(/binary/);
  });

  it('rejects binary input: many control bytes', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x03 : 0x41));
    expect(errorOf(() => decodeRaw(bytes, 'x.dat')).reason).toMatch(/binary file: 40 control bytes/);
  });

  it('rejects GBK bytes, names the line of the first bad byte and says it looks like GBK', () => {
    // 山西 in GBK, on the second line after an ASCII first line.
    const bytes = new Uint8Array([...utf8('title\n'), 0xc9, 0xbd, 0xce, 0xf7, 0x0a]);
    const e = errorOf(() => decodeRaw(bytes, 'gbk.txt'));
    expect(e.line).toBe(2);
    // C9 BD happens to be a valid 2-byte UTF-8 sequence (ɽ); CE F7 is where decoding breaks.
    expect(e.reason).toMatch(/not valid UTF-8 at byte 8 \(ce f7 0a\)/);
    expect(e.reason).toMatch(/GBK\/GB18030/);
  });

  it('does not call arbitrary broken bytes GBK', () => {
    const bytes = new Uint8Array([...utf8('ok\n'), 0xff, 0xff, 0xff]);
    const e = errorOf(() => decodeRaw(bytes, 'junk.txt'));
    expect(e.reason).toMatch(/not valid UTF-8/);
    expect(e.reason).not.toMatch(/GBK/);
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts valid sequences and finds overlong / truncated ones', () => {
    expect(firstInvalidUtf8(utf8('湖北 ok 😀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe6, 0xb9]))).toBe(2); // cut short
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });
});
