// The build-time view indexes (public/data/index/…, issue 11) as plain async loaders over the shared
// cache: each view reads the small file that answers its question and the documents the user opens,
// never every document. Columnar files are decoded and each row validated with the row schema, so a
// damaged file fails naming the file, the row and the field.
import type { z } from 'zod';
import { fromColumns, type Columnar } from '../../shared/columnar';
import { indexFiles } from '../../shared/index-paths';
import { type DocumentSummary, type LookupShard, type OverviewIndex, type PlaceShard, type TargetEntryRow, type TargetsIndex } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { lazySchema, schemaOf } from './schemas';
import { t } from '../i18n/strings';
import { dataCache, type ResourceCache } from './cache';
import { DataLoadError, describeIssues, loadJson } from './loader';
import { loaderOptions } from './options';

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });

/** Cache keys of the index files (hooks read the same keys). */
export const indexKeys = {
  overview: 'index:overview',
  lookup: (docId: string) => `index:${indexFiles.lookup(docId)}`,
  summaries: (provinceCode: string, year: string) => `index:${indexFiles.documents(provinceCode, year)}`,
  targetsIndex: 'index:targets',
  targets: (provinceCode: string) => `index:${indexFiles.targets(provinceCode)}`,
  places: (provinceCode: string) => `index:${indexFiles.places(provinceCode)}`,
} as const;

/** Decode a columnar frame and validate each row; a bad row fails naming the file, row and field. */
export function decodeRows<S extends z.ZodType>(file: string, frame: Columnar, row: S): z.infer<S>[] {
  let rows: Record<string, unknown>[];
  try {
    rows = fromColumns(frame);
  } catch (e) {
    throw new DataLoadError(file, t.errors.schema((e as Error).message));
  }
  return rows.map((r, i) => {
    const ok = row.safeParse(r, { jitless: true });
    if (!ok.success) throw new DataLoadError(file, t.errors.schema(`${i}.${describeIssues(ok.error)}`));
    return ok.data;
  });
}

/** The overview's index: shard counts by province, year, genre and scope, the first document, failures. */
export function loadOverview(cache: ResourceCache = dataCache): Promise<OverviewIndex> {
  return cache.load(indexKeys.overview, () => loadJson(indexFiles.overview, lazySchema('overviewIndex'), opts(cache)));
}

/** The id lookup shard holding `docId` (a few dozen ids, never the whole manifest). */
export function loadLookup(docId: string, cache: ResourceCache = dataCache): Promise<LookupShard> {
  const file = indexFiles.lookup(docId);
  return cache.load(indexKeys.lookup(docId), () => loadJson(file, lazySchema('lookupShard'), opts(cache)));
}

/** The document's lookup entry, or null when no built document has this id. */
export async function lookupDocument(docId: string, cache: ResourceCache = dataCache): Promise<LookupShard['documents'][number] | null> {
  const shard = await loadLookup(docId, cache);
  return shard.documents.find((d) => d.id === docId) ?? null;
}

/** One (province, year) shard of document summaries. */
export function loadSummaryShard(provinceCode: string, year: string, cache: ResourceCache = dataCache): Promise<DocumentSummary[]> {
  const file = indexFiles.documents(provinceCode, year);
  return cache.load(indexKeys.summaries(provinceCode, year), async () => decodeRows(file, (await loadJson(file, lazySchema('documentSummaryShard'), opts(cache))).documents, await schemaOf('documentSummary')));
}

/** Which province shards of targets exist, with facet counts. */
export function loadTargetsIndex(cache: ResourceCache = dataCache): Promise<TargetsIndex> {
  return cache.load(indexKeys.targetsIndex, () => loadJson(indexFiles.targetsIndex, lazySchema('targetsIndex'), opts(cache)));
}

/** One province's targets with what the cards and table show. */
export function loadTargetShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<TargetEntryRow[]> {
  const file = indexFiles.targets(provinceCode);
  return cache.load(indexKeys.targets(provinceCode), async () => decodeRows(file, (await loadJson(file, lazySchema('targetShard'), opts(cache))).targets, await schemaOf('targetEntry')));
}

/**
 * One province's place aggregates (per region: the tasks and targets naming it). A province with no
 * built document has no file: that reads as an empty shard, not as an error.
 */
export function loadPlaceShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<PlaceShard> {
  const none: PlaceShard = { schemaVersion: SCHEMA_VERSION, provinceCode, documents: [], departmentsNamed: false, regions: [] };
  return cache.load(indexKeys.places(provinceCode), () => loadJson(indexFiles.places(provinceCode), lazySchema('placeShard'), { ...opts(cache), whenMissing: none }));
}
