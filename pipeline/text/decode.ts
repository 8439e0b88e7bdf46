// Bytes → text: UTF-8 (with or without BOM), or UTF-16 LE/BE (with a BOM, or recognised without one:
// Windows Notepad's "Unicode" saves it). Analysts feed us documents nobody here has seen.
// GBK/GB18030 is refused with a hint, not decoded: almost any byte string is valid GB18030, and a
// Big5 file (traditional script, like 002's source) or a Shift-JIS one decodes "cleanly" into
// plausible-looking Han nonsense, so no test on the bytes can make that guess safe; converting the
// file is a person's one-line job (iconv -f GBK -t UTF-8), a wrong guess would be silent bad data.
import { InputError } from '../errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Control bytes other than tab, LF, CR and form feed: plain text has next to none. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (bounds per RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) min = 0xa0; if (b === 0xed) max = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) min = 0x90; if (b === 0xf4) max = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** True when the bytes decode cleanly as GB18030 and most non-ASCII characters come out as Han. */
function looksLikeGb(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const nonAscii = [...text].filter((c) => c.charCodeAt(0) > 0x7f);
  if (nonAscii.length === 0) return false;
  const han = nonAscii.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(c)).length;
  return han / nonAscii.length > 0.8;
}

type Utf16 = 'utf-16le' | 'utf-16be';

/** Share of UTF-16 code units that are what a Chinese or Latin text is made of. */
function plausibleShare(bytes: Uint8Array, order: Utf16): number {
  const n = Math.min(bytes.length >> 1, 65536);
  let ok = 0;
  for (let k = 0; k < n; k++) {
    const u = order === 'utf-16le' ? bytes[2 * k] | (bytes[2 * k + 1] << 8) : (bytes[2 * k] << 8) | bytes[2 * k + 1];
    if (u === 0x09 || u === 0x0a || u === 0x0d || (u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0xff) ||
      (u >= 0x2000 && u <= 0x206f) || (u >= 0x2460 && u <= 0x24ff) || (u >= 0x3000 && u <= 0x303f) ||
      (u >= 0x3400 && u <= 0x9fff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xffef)) ok++;
  }
  return n === 0 ? 0 : ok / n;
}

/**
 * UTF-16 by its byte order mark, or — for bytes that are not UTF-8 anyway — when one byte order reads
 * as text and the other does not (ASCII swapped lands in the CJK block, so the margin matters).
 */
function detectUtf16(bytes: Uint8Array): { order: Utf16; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { order: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { order: 'utf-16be', bom: true };
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (bytes.indexOf(0) < 0 && firstInvalidUtf8(bytes) < 0) return null;
  const le = plausibleShare(bytes, 'utf-16le');
  const be = plausibleShare(bytes, 'utf-16be');
  // Latin text (line breaks, digits, ASCII) puts its zero high bytes on one side only.
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < Math.min(bytes.length, 131072); i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const byZeros = zeroOdd > 0 && zeroEven === 0 ? 'utf-16le' : zeroEven > 0 && zeroOdd === 0 ? 'utf-16be' : null;
  if (le >= 0.9 && (le - be >= 0.2 || byZeros === 'utf-16le')) return { order: 'utf-16le', bom: false };
  if (be >= 0.9 && (be - le >= 0.2 || byZeros === 'utf-16be')) return { order: 'utf-16be', bom: false };
  return null;
}

function decodeUtf16(bytes: Uint8Array, file: string, { order, bom }: { order: Utf16; bom: boolean }): string {
  const body = bom ? bytes.subarray(2) : bytes;
  const name = `${order.toUpperCase()}${bom ? ' (byte order mark)' : ''}`;
  if (body.length % 2 !== 0) throw new InputError(file, null, `${name} with an odd number of bytes (${bytes.length}): the file is cut short`);
  let text: string;
  try {
    text = new TextDecoder(order, { fatal: true }).decode(body);
  } catch {
    let at = 0;
    for (let k = 0; k < body.length / 2; k++) {
      const u = order === 'utf-16le' ? body[2 * k] | (body[2 * k + 1] << 8) : (body[2 * k] << 8) | body[2 * k + 1];
      const next = order === 'utf-16le' ? body[2 * k + 2] | (body[2 * k + 3] << 8) : (body[2 * k + 2] << 8) | body[2 * k + 3];
      if (u >= 0xdc00 && u <= 0xdfff) { at = k; break; }
      if (u >= 0xd800 && u <= 0xdbff) {
        if (!(next >= 0xdc00 && next <= 0xdfff)) { at = k; break; }
        k++;
      }
    }
    throw new InputError(file, null, `${name} but not valid UTF-16: an unpaired surrogate at byte ${(bom ? 2 : 0) + 2 * at}`);
  }
  if (/^[ \t\r\n]*$/.test(text)) throw new InputError(file, null, `empty file: no text to read (${name})`);
  const lines = text.split('\n');
  const nulLine = lines.findIndex((l) => l.includes('\u0000'));
  if (nulLine >= 0) throw new InputError(file, nulLine + 1, `binary file: a NUL character in ${name} text`);
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) controls++;
  if (controls / text.length > 0.01) throw new InputError(file, null, `binary file: ${controls} control characters in ${text.length} (${name})`);
  return text.replace(/\r\n?/g, '\n');
}

export function decodeRaw(bytes: Uint8Array, file: string): string {
  const utf16 = detectUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, file, utf16);
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new InputError(file, null, 'empty file: no text to read');
  }
  const nul = body.indexOf(0);
  if (nul >= 0) throw new InputError(file, lineAt(body, nul), `binary file: NUL byte at offset ${nul}`);
  let controls = 0;
  for (let i = 0; i < body.length; i++) if (isControlByte(body[i])) controls++;
  if (controls / body.length > 0.01) {
    throw new InputError(file, null, `binary file: ${controls} control bytes in ${body.length}`);
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const hex = Array.from(body.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    const hint = looksLikeGb(body) ? '; it looks like GBK/GB18030 — convert it to UTF-8 first' : '';
    throw new InputError(file, lineAt(body, bad), `not valid UTF-8 at byte ${bad} (${hex})${hint}`);
  }
  // fatal:true already guarantees validity; decoding the BOM-less body keeps offsets honest.
  return utf8.decode(body).replace(/\r\n?/g, '\n');
}
