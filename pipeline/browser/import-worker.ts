// The browser's edge of the pipeline: a Web Worker that turns one dropped file into the document the
// build would write. The page posts { file, bytes }; the worker answers with progress messages and
// then the result or the reason it refused the file. Everything heavy (opencc's dictionaries,
// pinyin-pro, the divisions, mammoth) is in this worker's bundle or loaded by it, never in the page.
import { InputError } from '../errors';
import { decodeImport, docxText, MAX_IMPORT_BYTES, sourceKind, tooLarge } from './decode-import';
import { importText, type ImportedDocument } from './import-document';

export type ImportStage = 'decode' | 'docx' | 'parse' | 'done';

export type ToWorker = { type: 'import'; file: string; bytes: ArrayBuffer; province?: string | null };
export type FromWorker =
  | { type: 'progress'; stage: ImportStage; fraction: number }
  | { type: 'done'; result: ImportedDocument }
  | { type: 'error'; file: string; message: string };

// The worker's global scope, typed by what this file uses (the DOM lib types `self` as a Window).
const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((ev: MessageEvent<ToWorker>) => void) | null };

async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  // The prebuilt browser bundle: mammoth's Node entry reaches for fs and path.
  const mammoth = (await import('mammoth/mammoth.browser.js')).default as {
    extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
  };
  try {
    const copy = bytes.slice().buffer;
    const { value } = await mammoth.extractRawText({ arrayBuffer: copy });
    return docxText(value);
  } catch (e) {
    throw new InputError(file, null, `not a readable .docx file (${(e as Error).message})`);
  }
}

async function run(msg: ToWorker): Promise<ImportedDocument> {
  const post = (stage: ImportStage, fraction: number) => scope.postMessage({ type: 'progress', stage, fraction });
  const bytes = new Uint8Array(msg.bytes);
  if (bytes.length > MAX_IMPORT_BYTES) throw new InputError(msg.file, null, tooLarge(bytes.length));
  post('decode', 0.1);
  const kind = sourceKind(bytes, msg.file);
  let decoded;
  if (kind === 'docx') {
    post('docx', 0.2);
    decoded = { text: await docxToText(bytes, msg.file), kind, encoding: null };
  } else {
    decoded = decodeImport(bytes, msg.file);
  }
  post('parse', 0.4);
  const result = importText(decoded.text, bytes, msg.file, { kind: decoded.kind, encoding: decoded.encoding, province: msg.province });
  post('done', 1);
  return result;
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  if (ev.data?.type !== 'import') return;
  run(ev.data).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (e: unknown) => {
      // An InputError's message already names the file; anything else is a pipeline bug, said as such.
      const message = e instanceof InputError ? e.reason : `the parser failed: ${e instanceof Error ? e.message : String(e)}`;
      scope.postMessage({ type: 'error', file: ev.data.file, message });
    },
  );
};
