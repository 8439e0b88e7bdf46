// The data files the app reads, as plain async functions over the shared cache (usable outside
// React, e.g. by search indexing). Each file is validated with the shared schema after loading.
import {
  comparison,
  departments,
  manifest,
  policyDocument,
  progress,
  quality,
  SCHEMA_VERSION,
  type Comparison,
  type Departments,
  type Manifest,
  type PolicyDocument,
  type Progress,
  type Quality,
} from '../../shared/schema';
import { t } from '../i18n/strings';
import { dataCache, type ResourceCache } from './cache';
import { DataLoadError, loadJson, type LoadOptions } from './loader';

export const FILES = {
  manifest: 'manifest.json',
  departments: 'departments.json',
  quality: 'quality.json',
  progress: 'progress.json',
  comparison: 'comparison.json',
} as const;

/** Options passed to every loadJson call (tests inject fetch and base). */
export const loaderOptions: Pick<LoadOptions<unknown>, 'fetchImpl' | 'base'> = {};

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });

export function loadManifest(cache: ResourceCache = dataCache): Promise<Manifest> {
  return cache.load('manifest', () => loadJson(FILES.manifest, manifest, opts(cache)));
}

/** Manifest paths are relative to the data folder ("docs/<id>.json"); tolerate a leading "data/". */
export function docFile(path: string): string {
  return path.replace(/^\/?(data\/)?/, '');
}

export function loadDocument(docId: string, cache: ResourceCache = dataCache): Promise<PolicyDocument> {
  return cache.load(`doc:${docId}`, async () => {
    const m = await loadManifest(cache);
    const entry = m.documents.find((d) => d.id === docId);
    if (!entry) throw new DataLoadError(FILES.manifest, t.errors.unknownDoc(docId));
    return loadJson(docFile(entry.path), policyDocument, opts(cache));
  });
}

export function loadDepartments(cache: ResourceCache = dataCache): Promise<Departments> {
  return cache.load('departments', () => loadJson(FILES.departments, departments, opts(cache)));
}

export function loadQuality(cache: ResourceCache = dataCache): Promise<Quality> {
  return cache.load('quality', () => loadJson(FILES.quality, quality, opts(cache)));
}

/** progress.json is optional: no user-supplied progress means no rows, never invented ones. */
export function loadProgress(cache: ResourceCache = dataCache): Promise<Progress> {
  const empty: Progress = { schemaVersion: SCHEMA_VERSION, rows: [] };
  return cache.load('progress', () => loadJson(FILES.progress, progress, { ...opts(cache), whenMissing: empty }));
}

/** The reviewed like-measure rules the pipeline checked (data/comparison/like-measures.json). */
export function loadComparison(cache: ResourceCache = dataCache): Promise<Comparison> {
  return cache.load('comparison', () => loadJson(FILES.comparison, comparison, opts(cache)));
}
