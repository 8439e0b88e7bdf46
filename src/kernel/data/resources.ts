// The data files the app reads, as plain async functions over the shared cache (usable outside
// React, e.g. by search indexing). Each file is validated with the shared schema after loading.
import { type TaskStatus, type Comparison, type Departments, type Manifest, type PolicyDocument, type Progress, type Quality } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { lazySchema } from './schemas';
import { t } from '../i18n/strings';
import { dataCache, type ResourceCache } from './cache';
import { DataLoadError, loadJson } from './loader';
import { loaderOptions } from './options';
import { lookupDocument } from './indexes';
import { indexFiles } from '../../shared/index-paths';
import { isLocalId, isLocalPath, listLocal, mergeDepartments, mergeManifest, mergeQuality, readLocalDocument, type LocalSummary } from './local-documents';

export const FILES = {
  manifest: 'manifest.json',
  departments: 'departments.json',
  quality: 'quality.json',
  progress: 'progress.json',
  comparison: 'comparison.json',
  status: 'status.json',
} as const;

export { loaderOptions };

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });

/** Documents imported in this browser (IndexedDB); none when the browser keeps no local data. */
export function loadLocal(cache: ResourceCache = dataCache): Promise<LocalSummary[]> {
  return cache.load('local', () => listLocal().catch(() => []));
}

// The built files load under their own keys; 'manifest', 'departments' and 'quality' are the built
// data merged with the local documents, so every view sees both through the same hooks.
const mergedManifest = (cache: ResourceCache) => async () => {
  const [built, local] = await Promise.all([cache.load('manifest:built', () => loadJson(FILES.manifest, lazySchema('manifest'), opts(cache))), loadLocal(cache)]);
  return mergeManifest(built, local);
};
const mergedDepartments = (cache: ResourceCache) => async () => {
  const [built, local] = await Promise.all([cache.load('departments:built', () => loadJson(FILES.departments, lazySchema('departments'), opts(cache))), loadLocal(cache)]);
  return mergeDepartments(built, local);
};
const mergedQuality = (cache: ResourceCache) => async () => {
  const [built, local] = await Promise.all([cache.load('quality:built', () => loadJson(FILES.quality, lazySchema('quality'), opts(cache))), loadLocal(cache)]);
  return mergeQuality(built, local);
};

export function loadManifest(cache: ResourceCache = dataCache): Promise<Manifest> {
  return cache.load('manifest', mergedManifest(cache));
}

/**
 * Local documents were added or removed: read the list again and re-merge what is loaded, keeping
 * the current data on screen meanwhile; a removed document's own entry is forgotten.
 */
export async function refreshLocal(cache: ResourceCache = dataCache, removed: string[] = []): Promise<void> {
  await cache.reload('local', () => listLocal().catch(() => []));
  const merged = [
    cache.has('manifest') && cache.reload('manifest', mergedManifest(cache)),
    cache.has('departments') && cache.reload('departments', mergedDepartments(cache)),
    cache.has('quality') && cache.reload('quality', mergedQuality(cache)),
  ];
  for (const id of removed) {
    if (cache.has(`doc:${id}`)) cache.invalidate(`doc:${id}`);
    if (cache.has(`search:shard:local-${id}`)) cache.invalidate(`search:shard:local-${id}`);
  }
  // The search core holds the local documents' departments, places and shard list: open it again.
  if (cache.has('search:core')) cache.invalidate('search:core');
  await Promise.all(merged.filter(Boolean));
}

/** Manifest paths are relative to the data folder ("docs/<id>.json"); tolerate a leading "data/". */
export function docFile(path: string): string {
  return path.replace(/^\/?(data\/)?/, '');
}

/**
 * One document: a built one through its id's lookup shard (a few dozen ids, never the whole
 * manifest), a local (imported) one from this browser's store.
 */
export function loadDocument(docId: string, cache: ResourceCache = dataCache): Promise<PolicyDocument> {
  return cache.load(`doc:${docId}`, async () => {
    if (isLocalId(docId)) {
      const doc = await readLocalDocument(docId).catch((e: unknown) => {
        throw new DataLoadError(`local:${docId}`, (e as Error).message);
      });
      if (!doc) throw new DataLoadError(`local:${docId}`, t.errors.unknownDoc(docId));
      return doc;
    }
    const entry = await lookupDocument(docId, cache);
    if (!entry) throw new DataLoadError(indexFiles.lookup(docId), t.errors.unknownDoc(docId));
    const file = docFile(entry.path);
    if (isLocalPath(entry.path)) throw new DataLoadError(file, t.errors.unknownDoc(docId));
    const doc = await loadJson(file, lazySchema('policyDocument'), opts(cache));
    checkIdentity(file, docId, entry.sha256 ?? '', doc);
    return doc;
  });
}

/**
 * The file must be the document the manifest names: its own id, and (when the manifest records
 * one) its own SHA-256. A manifest path pointing at another document's file, or a file whose id
 * was changed, is an error for that document — never another document shown under this id.
 */
export function checkIdentity(file: string, docId: string, manifestSha: string, doc: Pick<PolicyDocument, 'id' | 'sha256'>): void {
  if (doc.id !== docId) throw new DataLoadError(file, t.errors.idMismatch(doc.id, docId));
  if (manifestSha && doc.sha256 !== manifestSha) throw new DataLoadError(file, t.errors.shaMismatch(doc.sha256, manifestSha));
}

export function loadDepartments(cache: ResourceCache = dataCache): Promise<Departments> {
  return cache.load('departments', mergedDepartments(cache));
}

export function loadQuality(cache: ResourceCache = dataCache): Promise<Quality> {
  return cache.load('quality', mergedQuality(cache));
}

/** progress.json is optional: no user-supplied progress means no rows, never invented ones. */
export function loadProgress(cache: ResourceCache = dataCache): Promise<Progress> {
  const empty: Progress = { schemaVersion: SCHEMA_VERSION, rows: [] };
  return cache.load('progress', () => loadJson(FILES.progress, lazySchema('progress'), { ...opts(cache), whenMissing: empty }));
}

/** status.json is optional too: task status only as people entered it (data/status/*.csv). */
export function loadTaskStatus(cache: ResourceCache = dataCache): Promise<TaskStatus> {
  const empty: TaskStatus = { schemaVersion: SCHEMA_VERSION, rows: [] };
  return cache.load('status', () => loadJson(FILES.status, lazySchema('taskStatus'), { ...opts(cache), whenMissing: empty }));
}

/** The reviewed like-measure rules the pipeline checked (data/comparison/like-measures.json). */
export function loadComparison(cache: ResourceCache = dataCache): Promise<Comparison> {
  return cache.load('comparison', () => loadJson(FILES.comparison, lazySchema('comparison'), opts(cache)));
}
