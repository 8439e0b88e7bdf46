// The build-time view indexes (public/data/index/…, issue 11) as plain async loaders over the shared
// cache: each view reads the small file that answers its question and the documents the user opens,
// never every document. Columnar files are decoded and each row validated with the row schema (in
// the validation worker, check-core.ts), so a damaged file fails naming the file, the row and the field.
import { indexFiles } from '../../shared/index-paths';
import { type DocumentSummary, type LookupShard, type OverviewIndex, type PlaceShard, type TargetEntryRow, type TargetsIndex } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { lazySchema } from './schemas';
import { dataCache, type ResourceCache } from './cache';
import { loadJson, loadJsonRows } from './loader';
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
  return cache.load(indexKeys.summaries(provinceCode, year), async () => (await loadJsonRows<{ documents: DocumentSummary[] }>(file, lazySchema('documentSummaryShard'), { documents: 'documentSummary' }, opts(cache))).documents);
}

/** Which province shards of targets exist, with facet counts. */
export function loadTargetsIndex(cache: ResourceCache = dataCache): Promise<TargetsIndex> {
  return cache.load(indexKeys.targetsIndex, () => loadJson(indexFiles.targetsIndex, lazySchema('targetsIndex'), opts(cache)));
}

/** One province's targets with what the cards and table show. */
export function loadTargetShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<TargetEntryRow[]> {
  const file = indexFiles.targets(provinceCode);
  return cache.load(indexKeys.targets(provinceCode), async () => (await loadJsonRows<{ targets: TargetEntryRow[] }>(file, lazySchema('targetShard'), { targets: 'targetEntry' }, opts(cache))).targets);
}

/**
 * One province's place aggregates (per region: the tasks and targets naming it). A province with no
 * built document has no file: that reads as an empty shard, not as an error.
 */
export function loadPlaceShard(provinceCode: string, cache: ResourceCache = dataCache): Promise<PlaceShard> {
  const none: PlaceShard = { schemaVersion: SCHEMA_VERSION, provinceCode, documents: [], departmentsNamed: false, regions: [] };
  return cache.load(indexKeys.places(provinceCode), () => loadJson(indexFiles.places(provinceCode), lazySchema('placeShard'), { ...opts(cache), whenMissing: none }));
}
