// Per-document metadata: the reviewed file data/documents.json for the corpus, and what can be read
// off the text itself for documents nobody has reviewed (npm run parse). Silence stays null.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { documentMeta, type DocumentMeta } from '../src/shared/schema';
import { InputError } from './errors';

export function loadDocumentMeta(path: string): DocumentMeta[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(path, null, `cannot read metadata: ${(e as Error).message}`);
  }
  const parsed = z.object({ documents: z.array(documentMeta) }).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, null, `invalid metadata at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.documents;
}
