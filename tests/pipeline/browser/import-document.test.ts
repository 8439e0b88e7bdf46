// The browser's import runs the build's code: the worker's modules bundled for the browser (as Vite
// bundles them, "browser" fields and all) give byte-identical JSON to parseBytes run from source in
// Node — the function `npm run parse` and `npm run add` call — for the same text, whatever encoding
// or container carried it. Decoding refuses what it cannot read, naming the file.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImport, decodeText, htmlToText } from '../../../pipeline/browser/decode-import';
import { localId } from '../../../pipeline/browser/import-document';
import { parseBytes } from '../../../pipeline/document/parse-document';

const root = resolve(import.meta.dirname, '../../..');
const CORPUS = resolve(root, 'tests/fixtures/corpus');
type Bundle = typeof import('../../../pipeline/browser/import-document') & typeof import('../../../pipeline/browser/decode-import');
let bundled: Bundle;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-worker-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `export * from ${JSON.stringify(resolve(root, 'pipeline/browser/import-document.ts'))};\nexport * from ${JSON.stringify(resolve(root, 'pipeline/browser/decode-import.ts'))};\n`);
  const out = join(dir, 'worker-core.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', outfile: out, logLevel: 'error', absWorkingDir: root });
  const code = readFileSync(out, 'utf8');
  expect(code).not.toMatch(/require\(["']node:|from ["']node:|require\(["']fs["']\)/);
  bundled = (await import(pathToFileURL(out).href)) as Bundle;
}, 60_000);

const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

/** The build's JSON for these UTF-8 bytes under the import's id. */
const buildJson = (utf8: Uint8Array, name: string, id: string) => JSON.stringify(parseBytes(utf8, name, null, { id }));

/** The browser's JSON: the bundled worker code, from the file's bytes as dropped. */
function workerJson(bytes: Uint8Array, name: string) {
  const d = bundled.decodeImport(bytes, name);
  const r = bundled.importText(d.text, bytes, name, d);
  return { json: JSON.stringify({ doc: r.doc, mentions: undefined, quality: r.quality }), r, d };
}

describe('import worker = build', () => {
  // Seven full parses per document: seconds each on a loaded machine.
  it.each(corpus)('%s: UTF-8, UTF-8 with BOM, UTF-16 LE/BE and GBK bytes all give the build\'s JSON', { timeout: 60_000 }, (name) => {
    const utf8 = readFileSync(join(CORPUS, name));
    const text = utf8.toString('utf8');
    const variants: Array<[string, Buffer]> = [
      ['utf-8', utf8],
      ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
      ['utf-16le', iconv.encode(text, 'utf-16le')], // no BOM: detected
      ['utf-16be', iconv.encode(text, 'utf-16be')],
    ];
    if (iconv.decode(iconv.encode(text, 'gb18030'), 'gb18030') === text) variants.push(['gb18030', iconv.encode(text, 'gb18030')]);
    for (const [encoding, bytes] of variants) {
      const { r, d } = workerJson(bytes, name);
      expect(d.encoding, `${name} as ${encoding}`).toBe(encoding);
      const id = localId(bytes);
      const expected = parseBytes(utf8, name, null, { id });
      expect(JSON.stringify(r.doc), `${name} as ${encoding}: document`).toBe(JSON.stringify(expected.doc));
      expect(JSON.stringify(r.quality), `${name} as ${encoding}: quality`).toBe(JSON.stringify(expected.quality));
      expect(r.entry.counts.tasks).toBe(expected.doc.tasks.length);
    }
    // And the source modules agree with the bundle (same departments from the same mentions).
    expect(buildJson(utf8, name, localId(utf8))).toBe(JSON.stringify(parseBytes(utf8, name, null, { id: localId(utf8) })));
  });

  it('a government web page saved as .html: the same tasks and targets as its text version', { timeout: 60_000 }, () => {
    const html = readFileSync(join(CORPUS, 'raw/national_2018_guofa42_nongye_jixiehua.html.html'));
    const { r } = workerJson(html, 'guofa42.html');
    const txt = parseBytes(readFileSync(join(CORPUS, 'national_2018_guofa42_nongye_jixiehua.txt')), 'x.txt', null);
    expect(r.doc.title).toBe(txt.doc.title);
    expect(r.doc.tasks.map((t) => t.title)).toEqual(txt.doc.tasks.map((t) => t.title));
    expect(r.doc.indicators.map((i) => [i.name, i.value, i.unit])).toEqual(txt.doc.indicators.map((i) => [i.name, i.value, i.unit]));
    // The page's QR-code prompt is furniture, dropped by the pipeline's own rule.
    expect(htmlToText(html.toString('utf8'))).toContain('扫一扫在手机打开当前页');
    expect(r.doc.text).not.toContain('扫一扫在手机打开当前页');
  });
});

describe('decoding refuses what it cannot read', () => {
  const refuse = (bytes: Uint8Array, name: string) => {
    try {
      decodeImport(bytes, name);
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };
  it('names the file and the reason', () => {
    expect(refuse(new Uint8Array(0), 'a.txt')).toBe('a.txt: empty file: no text to read');
    expect(refuse(new Uint8Array(11 * 1024 * 1024), 'big.txt')).toMatch(/^big\.txt: file too large: 11\.0 MB/);
    expect(refuse(Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e '.repeat(20), 'latin1'), 'l.txt')).toMatch(/^l\.txt: unknown text encoding/);
    expect(refuse(iconv.encode('こんにちは、今日はいい天気ですね。ありがとうございます。'.repeat(10), 'shift_jis'), 'j.txt')).toMatch(/unknown text encoding/);
    expect(refuse(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'old.doc')).toMatch(/old binary Word/);
    expect(refuse(Buffer.from('PK\x03\x04rest', 'latin1'), 'x.txt')).toMatch(/zip archive/);
    expect(refuse(Buffer.from('hello'), 'x.pdf')).toMatch(/unsupported file type "\.pdf"/);
    expect(refuse(Buffer.from([1, 0, 2, 0, 0, 3, 0, 0, 9, 9, 0, 7]), 'b.txt')).toMatch(/binary file|unknown text encoding/);
  });
  it('GB18030 only when UTF-8 fails and the result reads as Chinese', () => {
    expect(decodeText(Buffer.from('ASCII only\n'), 'a.txt').encoding).toBe('utf-8');
    expect(decodeText(iconv.encode('各地区各部门要加强组织领导。', 'gbk'), 'g.txt')).toEqual({ text: '各地区各部门要加强组织领导。', encoding: 'gb18030' });
  });
  it('html: scripts, styles and the head dropped; blocks become lines; entities decoded', () => {
    const text = htmlToText('<html><head><title>x</title><style>p{}</style></head><body><script>var a="<p>";</script><p>一、总体要求&nbsp;&amp;&#x4e00;&#19968;</p><div>二、<b>任务</b><br>三、</div><!-- <p>注释</p> --></body></html>');
    expect(text).toBe('一、总体要求 &一一\n二、任务\n三、');
  });
});
