// Where the build-time view indexes live in the data folder (public/data/index/…), shared by the
// pipeline that writes them and the app that reads them. Pure; no I/O.

/** Lookup shards: a document id → its province and file, without the whole manifest. */
export const LOOKUP_SHARDS = 32;

/** FNV-1a (32-bit) of the id, modulo the shard count; index.html's inline script repeats it. */
export function lookupShard(docId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < docId.length; i++) {
    h ^= docId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h % LOOKUP_SHARDS).padStart(2, '0');
}

/** Items of each list (tasks, targets) on one page of a region's place list: the place page's 显示更多 step. */
export const PLACE_PAGE = 50;

/**
 * Rows on a department's task page: documents are added to a page until it holds this many (a
 * document's rows are never split, so a filter to one document reads one page); the page's 显示更多 step.
 */
export const DEPARTMENT_PAGE = 50;

/** 'none' stands for a document whose date the text does not state. */
export type YearKey = string;
export const yearKey = (year: number | null): YearKey => (year === null ? 'none' : String(year));

export const indexFiles = {
  overview: 'index/overview.json',
  lookup: (docId: string) => `index/lookup/${lookupShard(docId)}.json`,
  documents: (provinceCode: string, year: YearKey) => `index/documents/${provinceCode}-${year}.json`,
  targetsIndex: 'index/targets/index.json',
  targets: (provinceCode: string) => `index/targets/${provinceCode}.json`,
  places: (provinceCode: string) => `index/places/${provinceCode}.json`,
  /** One page of a region's place list (what the place page shows, PLACE_PAGE items of each list). */
  placeItems: (code: string, page: number) => `index/place-items/${code}-${page}.json`,
  heatmap: (docId: string) => `index/heatmap/${docId}.json`,
  /** A province's documents (id, title): the heatmap's document switcher. */
  provinceDocuments: (provinceCode: string) => `index/province-documents/${provinceCode}.json`,
  /** One department: its registry entry, tallies, documents and targets (key: shared/department-key.ts). */
  department: (key: string) => `index/department/${key}.json`,
  /** One page of a department's task rows (whole documents, DEPARTMENT_PAGE rows or more). */
  departmentTasks: (key: string, page: number) => `index/department-tasks/${key}-${page}.json`,
} as const;

// ---- the province briefing's index (h-search, issue 11; schema: briefIndex) ----
/** What a province briefing shows beyond its document list and place aggregates (pipeline/indexes/brief.ts). */
export const briefIndexFile = (provinceCode: string) => `index/brief/${provinceCode}.json`;
