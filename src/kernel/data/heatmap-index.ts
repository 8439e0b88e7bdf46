// The heatmap's data beside its document, from the build-time indexes: the registry entries of
// the departments the document names (index/heatmap-departments/<doc>.json) and its province's
// document list for the switcher (index/province-documents/<province>.json) — never the manifest
// or the whole department registry, which grow with the corpus.
import { indexFiles } from '../../shared/index-paths';
import type { HeatmapDepartments, ProvinceDocuments } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { dataCache, type ResourceCache } from './cache';
import { useResource, type Resource } from './hooks';
import { loadJson } from './loader';
import { loaderOptions } from './options';
import { lazySchema } from './schemas';

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });
const never = <T,>() => new Promise<T>(() => {});

/** A document with no file (one imported in this browser) names no registry entries: its rows are named as written. */
export function loadHeatmapDepartments(docId: string, cache: ResourceCache = dataCache): Promise<HeatmapDepartments> {
  const key = `index:${indexFiles.heatmapDepartments(docId)}`;
  return cache.load(key, () => loadJson(indexFiles.heatmapDepartments(docId), lazySchema('heatmapDepartments'), { ...opts(cache), whenMissing: { schemaVersion: SCHEMA_VERSION, docId, departments: [] } }));
}

export function loadProvinceDocuments(provinceCode: string, cache: ResourceCache = dataCache): Promise<ProvinceDocuments> {
  const key = `index:${indexFiles.provinceDocuments(provinceCode)}`;
  return cache.load(key, () => loadJson(indexFiles.provinceDocuments(provinceCode), lazySchema('provinceDocuments'), { ...opts(cache), whenMissing: { schemaVersion: SCHEMA_VERSION, provinceCode, province: '', documents: [] } }));
}

/** enabled=false: nothing is fetched (reads as loading). */
export function useHeatmapDepartments(docId: string, enabled = true): Resource<HeatmapDepartments> {
  return useResource(enabled ? `index:${indexFiles.heatmapDepartments(docId)}` : 'index:heatmap-departments:none', () => (enabled ? loadHeatmapDepartments(docId) : never<HeatmapDepartments>()));
}

/** null: not known yet (reads as loading, nothing fetched). */
export function useProvinceDocuments(provinceCode: string | null): Resource<ProvinceDocuments> {
  return useResource(provinceCode ? `index:${indexFiles.provinceDocuments(provinceCode)}` : 'index:province-documents:none', () => (provinceCode ? loadProvinceDocuments(provinceCode) : never<ProvinceDocuments>()));
}
