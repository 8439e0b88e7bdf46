// The browser's import (issue 12): files the user picked or dropped are parsed one at a time in a
// Web Worker running the pipeline's own code (pipeline/browser/import-worker.ts), validated with the
// shared schema, stored in IndexedDB and merged into every view. The page only reads the file and
// moves messages: it stays responsive, and cancelling terminates the worker. A failed import writes
// nothing, so documents already imported are untouched. A subscribable store for useSyncExternalStore.
import { department, documentQuality, manifest, policyDocument, searchShard } from '../../shared/schema';
import { localSummary } from '../data/local-store';
import { dataCache } from '../data/cache';
import { saveLocal, type LocalSummary } from '../data/local-store';
import { loadManifest, refreshLocal } from '../data/resources';
import { importStrings as s } from './strings';

/** The worker's messages (the types live with the worker, in the pipeline; repeated here by shape). */
type FromWorker =
  | { type: 'progress'; stage: Stage; fraction: number }
  | { type: 'done'; result: { id: string; doc: unknown; quality: unknown; departments: unknown[]; entry: unknown; kind: 'text' | 'html' | 'docx'; encoding: string | null; search: { shard: unknown; meta: unknown; core: unknown } } }
  | { type: 'error'; file: string; message: string };

import { jobsStore, type ImportJob, type Stage } from './jobs-store';

/** Refused before reading: nothing near this size is a policy document (the worker checks again). */
export const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED = /\.(txt|text|html?|shtml|xhtml|docx)$/i;

let nextKey = 1;
let current: { key: number; worker: Worker | null; cancel: () => void } | null = null;
const files = new Map<number, File>();
const jobs = () => jobsStore.snapshot();
const update = jobsStore.update;

/** Queue files for import; each is refused or parsed on its own, in order. */
export function importFiles(list: Iterable<File>): void {
  for (const file of list) {
    const key = nextKey++;
    const job: ImportJob = { key, file: file.name, size: file.size, status: 'queued', stage: 'read', fraction: 0 };
    const early = earlyRefusal(file);
    if (early) Object.assign(job, { status: 'error', message: early });
    else files.set(key, file);
    jobsStore.set([...jobs(), job]);
  }
  void pump();
}

function earlyRefusal(file: File): string | null {
  if (file.size === 0) return s.empty;
  if (file.size > MAX_BYTES) return s.tooLarge(file.size, MAX_BYTES);
  if (!ACCEPTED.test(file.name) && /\.[^.]+$/.test(file.name)) return s.unsupported(file.name);
  return null;
}

export function cancelImport(key: number): void {
  const job = jobs().find((j) => j.key === key);
  if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
  files.delete(key);
  if (current?.key === key) current.cancel();
  update(key, { status: 'cancelled' });
  void pump();
}

async function pump(): Promise<void> {
  if (current) return;
  const job = jobs().find((j) => j.status === 'queued');
  if (!job) return;
  const file = files.get(job.key)!;
  files.delete(job.key);
  update(job.key, { status: 'running', stage: 'read', fraction: 0.02 });
  try {
    const { docId, title } = await runOne(job.key, file);
    update(job.key, { status: 'done', stage: 'done', fraction: 1, docId, title });
  } catch (e) {
    if (jobs().find((j) => j.key === job.key)?.status !== 'cancelled') update(job.key, { status: 'error', message: (e as Error).message });
  } finally {
    current = null;
    void pump();
  }
}

class Cancelled extends Error {}

function runOne(key: number, file: File): Promise<{ docId: string; title: string }> {
  return new Promise((resolve, reject) => {
    let worker: Worker | null = null;
    let cancelled = false;
    current = {
      key,
      worker: null,
      cancel: () => {
        cancelled = true;
        worker?.terminate();
        reject(new Cancelled());
      },
    };
    file.arrayBuffer().then(
      (buffer) => {
        if (cancelled) return;
        const bytes = buffer.slice(0); // kept for the store: the worker's copy is transferred
        // The pipeline's browser edge: the same code as the build, bundled by Vite as its own worker.
        worker = new Worker(new URL('../../../pipeline/browser/import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' });
        current!.worker = worker;
        worker.onerror = (ev) => {
          worker?.terminate();
          reject(new Error(s.workerFailed(ev.message || 'unknown error')));
        };
        worker.onmessage = (ev: MessageEvent<FromWorker>) => {
          const msg = ev.data;
          if (msg.type === 'progress') {
            update(key, { stage: msg.stage, fraction: 0.05 + msg.fraction * 0.85 });
            return;
          }
          worker?.terminate();
          if (msg.type === 'error') {
            reject(new Error(msg.message));
            return;
          }
          update(key, { stage: 'save', fraction: 0.92 });
          store(msg.result, file, bytes).then(resolve, reject);
        };
        worker.postMessage({ type: 'import', file: file.name, bytes: buffer }, [buffer]);
      },
      (e: unknown) => reject(new Error(s.unreadable((e as Error).message))),
    );
  });
}

/** Validate the worker's result with the shared schema, refuse duplicates, store, refresh the views. */
async function store(result: Extract<FromWorker, { type: 'done' }>['result'], file: File, bytes: ArrayBuffer): Promise<{ docId: string; title: string }> {
  const doc = policyDocument.parse(result.doc);
  const built = await loadManifest(dataCache).catch(() => null);
  const same = built?.documents.find((d) => d.id === result.id || d.sha256 === doc.sha256);
  if (same) throw new Error(same.local ? s.alreadyImported(same.title) : s.alreadyBuilt(same.title));
  const summary: LocalSummary = {
    id: result.id,
    fileName: file.name,
    fileType: file.type || 'application/octet-stream',
    size: bytes.byteLength,
    encoding: result.encoding,
    kind: result.kind,
    importedAt: new Date().toISOString(),
    entry: manifest.shape.documents.element.parse(result.entry),
    quality: documentQuality.parse(result.quality),
    departments: result.departments.map((d) => department.parse(d)),
    search: localSummary.shape.search.parse({ meta: result.search.meta, core: result.search.core }),
  };
  await saveLocal({ summary, doc, bytes, shard: searchShard.parse(result.search.shard) });
  await refreshLocal(dataCache);
  return { docId: doc.id, title: doc.title };
}
