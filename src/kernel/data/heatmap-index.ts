// The heatmap's data from the build-time indexes: what it draws of one document — tasks, units and
// the registry entries of the departments it names (index/heatmap/<doc>.json), never the document
// itself — and its province's document list for the switcher and the map export's sources (index/province-documents/<province>.json);
// never the manifest or the whole department registry, which grow with the corpus.
import { indexFiles } from '../../shared/index-paths';
import type { HeatmapDocument, ProvinceDocuments } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { dataCache, type ResourceCache } from './cache';
import { useResource, type Resource } from './hooks';
import { loadJson } from './loader';
import { loaderOptions } from './options';
import { lazySchema } from './schemas';

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });
const never = <T,>() => new Promise<T>(() => {});

/** A built document's heatmap index (a missing file is a failure: the lookup shard says the document exists). */
export function loadHeatmapDocument(docId: string, cache: ResourceCache = dataCache): Promise<HeatmapDocument> {
  const key = `index:${indexFiles.heatmap(docId)}`;
  return cache.load(key, () => loadJson(indexFiles.heatmap(docId), lazySchema('heatmapDocument'), opts(cache)));
}

export function loadProvinceDocuments(provinceCode: string, cache: ResourceCache = dataCache): Promise<ProvinceDocuments> {
  const key = `index:${indexFiles.provinceDocuments(provinceCode)}`;
  return cache.load(key, () => loadJson(indexFiles.provinceDocuments(provinceCode), lazySchema('provinceDocuments'), { ...opts(cache), whenMissing: { schemaVersion: SCHEMA_VERSION, provinceCode, province: '', documents: [] } }));
}

/** enabled=false: nothing is fetched (reads as loading). */
export function useHeatmapDocument(docId: string, enabled = true): Resource<HeatmapDocument> {
  return useResource(enabled ? `index:${indexFiles.heatmap(docId)}` : 'index:heatmap:none', () => (enabled ? loadHeatmapDocument(docId) : never<HeatmapDocument>()));
}

/** null: not known yet (reads as loading, nothing fetched). */
export function useProvinceDocuments(provinceCode: string | null): Resource<ProvinceDocuments> {
  return useResource(provinceCode ? `index:${indexFiles.provinceDocuments(provinceCode)}` : 'index:province-documents:none', () => (provinceCode ? loadProvinceDocuments(provinceCode) : never<ProvinceDocuments>()));
}
