// The province briefing's data from the build-time indexes: index/brief/<province>.json (its first
// targets in briefing order, targets per year, departments with 牵头/配合 counts, the task total;
// pipeline/indexes/brief.ts) — never the manifest, the whole department registry or the province's
// documents, which grow with the corpus (issue 11). Its document list and map come from the
// province-documents and place indexes beside it.
import { briefIndexFile } from '../../shared/index-paths';
import type { BriefIndex } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema-version';
import { dataCache, type ResourceCache } from './cache';
import { useResource, type Resource } from './hooks';
import { loadJson } from './loader';
import { loaderOptions } from './options';
import { lazySchema } from './schemas';

const opts = (cache: ResourceCache) => ({ ...loaderOptions, fresh: cache.retries > 0 });
const never = <T,>() => new Promise<T>(() => {});
const key = (provinceCode: string) => `index:${briefIndexFile(provinceCode)}`;

/** A province without built documents has no file: that reads as an empty index, not an error. */
export function loadBriefIndex(provinceCode: string, cache: ResourceCache = dataCache): Promise<BriefIndex> {
  const empty: BriefIndex = { schemaVersion: SCHEMA_VERSION, provinceCode, tasks: 0, targetYears: [], targets: [], departments: [] };
  return cache.load(key(provinceCode), () => loadJson(briefIndexFile(provinceCode), lazySchema('briefIndex'), { ...opts(cache), whenMissing: empty }));
}

/** null: not known yet (reads as loading, nothing fetched). */
export function useBriefIndex(provinceCode: string | null): Resource<BriefIndex> {
  return useResource(provinceCode ? key(provinceCode) : 'index:brief:none', () => (provinceCode ? loadBriefIndex(provinceCode) : never<BriefIndex>()));
}
