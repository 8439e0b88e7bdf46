// A document's search part in a form the build cache can hold as JSON (its Maps as entry arrays), so
// a document reused or kept from an earlier build contributes to the search index without its JSON
// being read and parsed again.
import type { DocSearchPart } from '../search/build-index';

export interface StoredSearchPart {
  docId: string;
  provinceCode: string;
  date: string | null;
  entries: DocSearchPart['entries'];
  unitTasks: Array<[string, number]>;
  places: Array<[string, { tasks: number; names: Array<[string, number]> }]>;
}

export function storeSearchPart(p: DocSearchPart): StoredSearchPart {
  return {
    docId: p.docId, provinceCode: p.provinceCode, date: p.date, entries: p.entries,
    unitTasks: [...p.unitTasks],
    places: [...p.places].map(([code, v]) => [code, { tasks: v.tasks, names: [...v.names] }]),
  };
}

export function reviveSearchPart(s: StoredSearchPart): DocSearchPart {
  return {
    docId: s.docId, provinceCode: s.provinceCode, date: s.date, entries: s.entries,
    unitTasks: new Map(s.unitTasks),
    places: new Map(s.places.map(([code, v]) => [code, { tasks: v.tasks, names: new Map(v.names) }])),
  };
}
