import { useResource, type Resource } from '../data/hooks';
import { loadPlaceIndex, type PlaceIndex } from './places';

/** The code → names table; views treat it as optional (marks and names degrade to codes). */
export function usePlaceIndex(): Resource<PlaceIndex> {
  return useResource('places', loadPlaceIndex);
}
