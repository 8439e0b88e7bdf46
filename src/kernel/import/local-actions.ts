// What the user can do with a local document: remove it (from IndexedDB and every view) or download
// it as the original file plus its JSON, to add it to the build with `npm run add`.
import { dataCache } from '../data/cache';
import { readLocalFile, removeLocal } from '../data/local-store';
import { refreshLocal } from '../data/resources';
import { downloadBlob } from '../lib/download';

export async function removeLocalDocument(id: string): Promise<void> {
  await removeLocal(id);
  await refreshLocal(dataCache, [id]);
}

/** The file byte-for-byte under its own name. */
export async function downloadLocalOriginal(id: string): Promise<void> {
  const item = await readLocalFile(id);
  if (!item) throw new Error(`local document ${id} is no longer stored`);
  downloadBlob(item.summary.fileName, new Blob([item.bytes], { type: item.summary.fileType }));
}

/** <id>.json: the document exactly as the worker (= the pipeline) produced it. */
export async function downloadLocalJson(id: string): Promise<void> {
  const item = await readLocalFile(id);
  if (!item) throw new Error(`local document ${id} is no longer stored`);
  downloadBlob(`${id}.json`, new Blob([`${JSON.stringify(item.doc, null, 2)}\n`], { type: 'application/json' }));
}
