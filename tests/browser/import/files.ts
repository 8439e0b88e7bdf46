// Files the import tests drop into the browser, made at test time from the development corpus:
// a UTF-8 .txt, the same kind of text as GBK bytes (iconv-lite), and a .docx (the docx package),
// plus the document the pipeline makes of each in Node — the expected values come from there.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { parseBytes } from '../../../pipeline/document/parse-document';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');

export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
  /** local_<first 16 hex of the SHA-256 of the bytes as dropped>, as the import names it. */
  id: string;
  /** What the pipeline makes of the text in Node (same id). */
  expected: ReturnType<typeof parseBytes>;
}

export const corpusText = (name: string) => readFileSync(resolve(CORPUS, name), 'utf8');
const idOf = (b: Buffer) => `local_${createHash('sha256').update(b).digest('hex').slice(0, 16)}`;

function expectedFor(text: string, name: string, id: string) {
  return parseBytes(new TextEncoder().encode(text), name, null, { id });
}

export function txtFile(corpusName: string): TestFile {
  const buffer = readFileSync(resolve(CORPUS, corpusName));
  const id = idOf(buffer);
  return { name: corpusName, mimeType: 'text/plain', buffer, id, expected: expectedFor(buffer.toString('utf8'), corpusName, id) };
}

export function gbkFile(corpusName: string): TestFile {
  const text = corpusText(corpusName);
  const buffer = iconv.encode(text, 'gbk');
  if (iconv.decode(buffer, 'gbk') !== text) throw new Error(`${corpusName} does not round-trip through GBK`);
  const name = corpusName.replace(/\.txt$/, '.gbk.txt');
  const id = idOf(buffer);
  return { name, mimeType: 'text/plain', buffer, id, expected: expectedFor(text, name, id) };
}

/** One paragraph per line of the text, as a Word user would have it. */
export async function docxFile(corpusName: string): Promise<TestFile> {
  const text = corpusText(corpusName);
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ text: l })) }] });
  const buffer = await Packer.toBuffer(doc);
  const name = corpusName.replace(/\.txt$/, '.docx');
  const id = idOf(buffer);
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer, id, expected: expectedFor(lines.join('\n'), name, id) };
}
