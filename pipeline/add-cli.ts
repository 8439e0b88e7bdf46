// npm run add -- <file>… [--province 省名]
// Adds documents to the build: each file is copied byte-for-byte into data/raw/ under a stable id
// (the next ordinal and the first 16 hex digits of its SHA-256, like the reviewed documents), a draft
// entry with the metadata read from its text and `reviewed: false` is written to data/documents.json,
// the data are rebuilt, and what was found is printed. The same bytes twice are a no-op.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentMeta, type DocumentMeta } from '../src/shared/schema';
import { buildAll } from './build';
import { InputError } from './errors';
import { writeFileAtomic } from './io';
import { loadDocumentMeta } from './meta';
import { parseBytes } from './parse-cli';

export interface AddResult {
  added: Array<{ file: string; id: string }>;
  skipped: Array<{ file: string; id: string }>;
  failed: Array<{ file: string; message: string }>;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The raw copy is byte-for-byte: its SHA-256 is what every output file records. */
function writeBytesAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** Drafts for new files; the build is run by the caller. Pure of the build itself so tests can check it. */
export function addDocuments(root: string, files: string[], province: string | null, log = console.log): AddResult {
  const metaPath = join(root, 'data/documents.json');
  const json = JSON.parse(readFileSync(metaPath, 'utf8')) as { documents: DocumentMeta[] };
  const metas = loadDocumentMeta(metaPath);
  const rawDir = join(root, 'data/raw');
  const known = new Map<string, string>();
  for (const f of existsSync(rawDir) ? readdirSync(rawDir) : []) {
    if (f.endsWith('.txt')) known.set(sha256(readFileSync(join(rawDir, f))), f.replace(/\.txt$/, ''));
  }
  const result: AddResult = { added: [], skipped: [], failed: [] };
  let ordinal = Math.max(-1, ...metas.map((m) => Number(/^(\d+)_/.exec(m.id)?.[1] ?? -1))) + 1;
  for (const file of files) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        throw new InputError(file, null, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const hash = sha256(bytes);
      const existing = known.get(hash);
      if (existing) {
        log(`= ${file}: already in the build as ${existing} (same bytes); nothing to do`);
        result.skipped.push({ file, id: existing });
        continue;
      }
      const { doc } = parseBytes(bytes, file, province);
      const id = `${String(ordinal++).padStart(3, '0')}_${hash.slice(0, 16)}`;
      const draft = documentMeta.parse({
        id, title: doc.title, province: doc.province, provinceCode: doc.provinceCode, scope: doc.scope ?? null,
        issuerCode: doc.issuerCode ?? null, issuer: doc.issuer, docNumber: doc.docNumber, date: doc.date, genre: doc.genre,
        script: doc.script, planEndYear: doc.planEndYear, reviewed: false,
        note: `Draft added by npm run add from ${file.split('/').pop()}: metadata read from the text, not reviewed.`,
      });
      writeBytesAtomic(join(rawDir, `${id}.txt`), bytes);
      json.documents.push(draft);
      known.set(hash, id);
      result.added.push({ file, id });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      log(`✗ ${e.message}`);
      result.failed.push({ file, message: e.message });
    }
  }
  if (result.added.length) writeFileAtomic(metaPath, `${JSON.stringify(json, null, 2)}\n`);
  return result;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const p = args.indexOf('--province');
  const province = p >= 0 ? (args[p + 1] ?? null) : null;
  const files = args.filter((_, i) => p < 0 || (i !== p && i !== p + 1));
  if (!files.length) {
    console.error('usage: npm run add -- <file.txt>… [--province 省名]');
    process.exit(2);
  }
  const root = join(import.meta.dirname, '..');
  const result = addDocuments(root, files, province);
  if (result.added.length) {
    const build = await buildAll({ root, out: join(process.env.ATLAS_OUT ?? join(root, 'public'), 'data'), log: () => {} });
    for (const { file, id } of result.added) {
      const failure = build.failures.find((f) => f.file.includes(id));
      if (failure) {
        console.log(`✗ ${file} → ${id}: ${failure.message}`);
        continue;
      }
      const q = JSON.parse(readFileSync(join(process.env.ATLAS_OUT ?? join(root, 'public'), 'data/quality.json'), 'utf8')).documents.find((d: { docId: string }) => d.docId === id);
      console.log(`+ ${file} → data/raw/${id}.txt (未审核 draft in data/documents.json)\n` +
        `  ${q.tasks} tasks (${q.tasksWithUnits} with units), ${q.unitMentions} unit mentions (${q.distinctUnits} distinct), ` +
        `${q.targets} targets + ${q.achieved} achieved, ${q.places} places, ${(q.anomalies ?? []).length} numbering anomalies, ` +
        `damage ${q.damagedCorrected}/${q.damagedFound} corrected`);
      for (const a of q.anomalies ?? []) console.log(`  · line ${a.line}: ${a.kind}: ${a.message}`);
    }
  }
  if (result.failed.length) process.exitCode = 1;
}
