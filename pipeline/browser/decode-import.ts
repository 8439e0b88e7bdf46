// Bytes of a file the user dropped → the document's text, for the browser's import. The build reads
// only UTF-8 (text/decode.ts refuses anything else); a user's file may be UTF-8 with or without a
// BOM, UTF-16 (BOM or detected), GB18030/GBK, a web page saved from a government site, or a .docx.
// Every decode is fatal: a file that is none of these is refused with the reason, never garbled.
// Pure (no DOM, no I/O): runs in the import worker and in Node tests alike. .docx needs mammoth and
// is handled by the worker (import-worker.ts); this module only recognises it.
import { InputError } from '../errors';
import { isCommonHan } from '../text/common-han';
import { toSimplified } from '../text/convert';

/** Larger than any policy document (the corpus's longest is 23 KB): refused before it is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type SourceKind = 'text' | 'html' | 'docx';

export interface DecodedImport {
  text: string;
  kind: SourceKind;
  /** How the bytes were read (null for .docx: the zip's XML is UTF-8 by definition). */
  encoding: SourceEncoding | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary .doc / .xls container
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** What the file is, from its name and its first bytes (a .txt that is a zip is still a zip). */
export function sourceKind(bytes: Uint8Array, file: string): SourceKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, OLE) || ext === 'doc') {
    throw new InputError(file, null, 'an old binary Word (.doc) file: save it as .docx or .txt first');
  }
  if (startsWith(bytes, ZIP)) {
    if (ext === 'docx' || ext === '') return 'docx';
    throw new InputError(file, null, `a zip archive, not a text file (only .docx, .txt and .html can be imported)`);
  }
  if (ext === 'docx') throw new InputError(file, null, 'not a .docx file: a Word document is a zip archive and this one is not');
  if (ext === 'html' || ext === 'htm' || ext === 'shtml' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === '' || ext === 'text') return looksLikeHtml(bytes) ? 'html' : 'text';
  throw new InputError(file, null, `unsupported file type ".${ext}" (import .txt, .html or .docx)`);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

/** Share of non-ASCII characters that are Han or CJK punctuation / full-width forms. */
export function hanShare(text: string): number {
  let nonAscii = 0;
  let han = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x2ffff)) han++;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026 || c === 0x2014 || c === 0xb7) han++;
  }
  return nonAscii === 0 ? 0 : han / nonAscii;
}

/** Share of Han characters that are common ones (GB2312 level 1, after t→s conversion). */
function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (isCommonHan(ch) || isCommonHan(toSimplified(ch))) common++;
  }
  return han === 0 ? 0 : common / han;
}

/** C0 control characters other than tab, LF, VT, FF and CR: plain text has none. */
const hasControls = (t: string) => {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x20 && (c < 0x09 || c > 0x0d)) return true;
  }
  return false;
};
const isAscii = (t: string) => {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7e) return false;
  return true;
};

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/** Text bytes → string, with the encoding that read them; a clear InputError when none does. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: SourceEncoding } {
  if (bytes.length === 0) throw new InputError(file, null, 'empty file: no text to read');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) throw new InputError(file, null, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  for (const [bom, label] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(bytes, [...bom])) continue;
    const text = bytes.length % 2 === 0 ? tryDecode(label, bytes.subarray(2)) : null;
    if (text === null) throw new InputError(file, null, `starts with a ${label.toUpperCase()} byte-order mark but is not valid ${label.toUpperCase()}`);
    return { text, encoding: label };
  }
  // UTF-16 without a BOM: ASCII and line breaks leave NULs. Both byte orders are tried; the one
  // that decodes cleanly into mostly Han (or plain ASCII) text wins.
  if (bytes.includes(0) && bytes.length % 2 === 0) {
    for (const label of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(label, bytes);
      if (text !== null && !hasControls(text) && ((hanShare(text) >= 0.8 && commonShare(text) >= 0.8) || isAscii(text))) return { text, encoding: label };
    }
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null && !utf8.includes('\u0000')) return { text: utf8, encoding: 'utf-8' };
  // GB18030 decodes almost any byte string; only accept it when the result reads as Chinese: mostly
  // Han, and mostly common Han (mis-read bytes — Shift-JIS, Big5 — land all over the rare ones).
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && !hasControls(gb) && hanShare(gb) >= 0.9 && commonShare(gb) >= 0.8) return { text: gb, encoding: 'gb18030' };
  if (bytes.includes(0)) throw new InputError(file, null, `binary file: NUL byte at offset ${bytes.indexOf(0)} and not UTF-16 text`);
  throw new InputError(file, null, 'unknown text encoding: not valid UTF-8, UTF-16 or GB18030/GBK text');
}

/** Elements whose content is never document text. */
const DROPPED = /<(script|style|noscript|template|svg|head|iframe|object|select|textarea|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /^(p|div|br|li|ul|ol|tr|table|tbody|thead|tfoot|h[1-6]|section|article|header|footer|nav|aside|main|blockquote|pre|hr|dd|dt|dl|center|form|fieldset|address|figure|figcaption|caption|body|html)$/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰', copy: '©', reg: '®',
  laquo: '«', raquo: '»', yen: '¥', sect: '§', para: '¶', le: '≤', ge: '≥', ne: '≠', shy: '',
  zwj: '', zwnj: '', lrm: '', rlm: '',
};

/** &amp; &#12345; &#x4e00; → characters; an unknown name stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED[body.toLowerCase()];
    return named !== undefined ? named : whole;
  });
}

/**
 * A saved web page → its text, one block per line: scripts, styles and the <head> dropped, block
 * elements and <br> become line breaks, table cells are separated by a space, entities decoded.
 * The page's furniture lines (来源, 浏览次数, 扫一扫…) are left for the pipeline's own furniture rules.
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(DROPPED, '\n');
  const out = body.replace(TAG, (_all, _close: string, name: string) => {
    if (BLOCK.test(name)) return '\n';
    if (/^(td|th)$/i.test(name)) return ' ';
    return '';
  });
  // Any '<' left is text (a stray "a < b"); entity decoding comes last so &lt;p&gt; stays text.
  return decodeEntities(out)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\u3000]+$/g, '').replace(/^[ \t\u00a0]+/, '').replace(/[ \t\u00a0]{2,}/g, ' '))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** A .docx's raw text (from mammoth, paragraphs separated by blank lines) → one paragraph per line. */
export function docxText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** Text bytes or a saved web page → text (a .docx goes through mammoth in the worker first). */
export function decodeImport(bytes: Uint8Array, file: string): DecodedImport {
  if (bytes.length > MAX_IMPORT_BYTES) throw new InputError(file, null, tooLarge(bytes.length));
  const kind = sourceKind(bytes, file);
  if (kind === 'docx') throw new Error('decodeImport: .docx text comes from mammoth (import-worker.ts)');
  const { text, encoding } = decodeText(bytes, file);
  if (kind === 'text') return { text, kind, encoding };
  const extracted = htmlToText(text);
  if (!extracted.trim()) throw new InputError(file, null, 'a web page with no text in it');
  return { text: extracted, kind, encoding };
}

export function tooLarge(size: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `file too large: ${mb(size)} (the limit is ${mb(MAX_IMPORT_BYTES)}; a policy document is far smaller)`;
}
