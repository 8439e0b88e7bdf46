// Per-document metadata: the reviewed file data/documents.json for the corpus, and what can be read
// off the text itself for documents nobody has reviewed (npm run parse). Silence stays null.
import { readFileSync } from 'node:fs';
import { documentMeta, type DocumentMeta } from '../src/shared/schema';
import { InputError } from './errors';
import { hiddenKind } from './text/hostile';

/** One refused entry of data/documents.json: its id when it has a usable one, and why. */
export interface MetaProblem {
  /** The entry's id when it is a safe file name (its previous output can then be kept), else null. */
  id: string | null;
  message: string;
}

export interface MetaFile {
  documents: DocumentMeta[];
  problems: MetaProblem[];
  /** Set when the file as a whole cannot be read (missing, not JSON, no documents array). */
  unreadable: string | null;
  /** Every entry in file order: its safe id (null when it has none) and its metadata when valid. */
  entries: Array<{ id: string | null; meta: DocumentMeta | null }>;
}

const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** "line 40, column 3" for a JSON.parse error that gives a character position. */
function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1])).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v));

/**
 * data/documents.json checked entry by entry: a bad entry is refused with its id and field, the
 * others are kept. Ids become file names (data/raw/<id>.txt, docs/<id>.json), so anything path-like
 * is refused, and a duplicated id is refused in every entry that carries it (which one is right is
 * for a person to say).
 */
export function readDocumentMeta(path: string): MetaFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { documents: [], problems: [], entries: [], unreadable: `cannot read metadata: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'the file ends in the middle of the JSON (cut short?)');
    return { documents: [], problems: [], entries: [], unreadable: `not valid JSON${jsonPosition(text, (e as Error).message)}: ${message}` };
  }
  const list = (json as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) return { documents: [], problems: [], entries: [], unreadable: 'expected an object with a "documents" array' };

  const documents: DocumentMeta[] = [];
  const problems: MetaProblem[] = [];
  const entries: MetaFile['entries'] = [];
  const entryIds = list.map((e) => (e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined));
  const counts = new Map<unknown, number>();
  for (const id of entryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  list.forEach((entry, i) => {
    const rawId = entryIds[i];
    const safe = typeof rawId === 'string' && SAFE_ID.test(rawId) ? rawId : null;
    const label = `documents[${i}]${safe ? ` (id ${safe})` : ''}`;
    entries.push({ id: safe, meta: null });
    if (typeof rawId !== 'string' || rawId === '') {
      problems.push({ id: null, message: `${label}: id is missing or not a string (${show(rawId)})` });
      return;
    }
    if (!safe) {
      problems.push({ id: null, message: `${label}: id ${show(rawId)} is refused: ids name files, so only letters, digits, _ and - are allowed` });
      return;
    }
    if ((counts.get(rawId) ?? 0) > 1) {
      const others = entryIds.flatMap((id, k) => (id === rawId && k !== i ? [`documents[${k}]`] : []));
      problems.push({ id: safe, message: `${label}: id is also used by ${others.join(', ')}; every entry with this id is refused until one is renamed` });
      return;
    }
    // Metadata is shown as written (titles, issuers): a hidden character there is refused, not kept.
    const hidden = Object.entries(entry as Record<string, unknown>).flatMap(([field, v]) => {
      if (typeof v !== 'string') return [];
      const at = [...v].findIndex((c) => hiddenKind(c.codePointAt(0)!) !== null);
      return at < 0 ? [] : [`${field}: hidden character U+${[...v][at].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1} (bidi, zero-width or control characters are not allowed)`];
    });
    if (hidden.length) {
      problems.push({ id: safe, message: `${label}: ${hidden.join('; ')}` });
      return;
    }
    const parsed = documentMeta.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') || '(entry)';
        const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), entry);
        return `${field}: ${issue.message}${value !== undefined ? ` (got ${show(value)})` : ''}`;
      });
      problems.push({ id: safe, message: `${label}: ${issues.join('; ')}` });
      return;
    }
    documents.push(parsed.data);
    entries[i].meta = parsed.data;
  });
  return { documents, problems, unreadable: null, entries };
}

/** Strict form for tools and tests: every entry must be valid. */
export function loadDocumentMeta(path: string): DocumentMeta[] {
  const { documents, problems, unreadable } = readDocumentMeta(path);
  if (unreadable) throw new InputError(path, null, unreadable);
  if (problems.length) throw new InputError(path, null, `invalid metadata: ${problems[0].message}`);
  return documents;
}
