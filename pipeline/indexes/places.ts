// Place aggregates per region (src/shared/place-aggregates.ts: the app adds local documents with the same code).
export { documentPlaces, emptyPlace, mergePlaces, responsiblePairs } from '../../src/shared/place-aggregates';
