import { dataCache } from '../data/cache';
import { useResource, type Resource } from '../data/hooks';
import { loadOfficialName, type OfficialName } from './official-name';

/** The official name of a code; the place page falls back to the names as written while it loads or fails. */
export function usePlaceName(code: string): Resource<OfficialName> {
  // useResource reads its key from the cache, so the load must be registered under that same key.
  const key = `place-name:${code}`;
  return useResource(key, () => dataCache.load(key, () => loadOfficialName(code)));
}
