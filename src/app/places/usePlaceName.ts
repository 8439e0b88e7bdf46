import { useResource, type Resource } from '../data/hooks';
import { loadOfficialName, type OfficialName } from './official-name';

/** The official name of a code; the place page falls back to the names as written while it loads or fails. */
export function usePlaceName(code: string): Resource<OfficialName> {
  return useResource(`place-name:${code}`, () => loadOfficialName(code));
}
