// Bytes → text, refusing anything that is not a UTF-8 text file. Analysts feed us documents nobody
// here has seen; a GBK file decoded leniently would turn into plausible-looking nonsense, so we fail
// loudly instead, naming the file and the line of the first bad byte.
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

export function decodeRaw(bytes: Uint8Array, file: string): string {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new InputError(file, null, 'empty file: no text to read');
  }
  const nul = body.indexOf(0);
  if (nul >= 0) throw new InputError(file, lineAt(body, nul), `binary file: NUL byte at offset ${nul}`);
  let controls = 0;
  for (const b of body) if (isControlByte(b)) controls++;
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
