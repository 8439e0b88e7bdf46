// How much the search reads per query: a byte budget of task/target shards (each ≤ 10 documents,
// ~1 MB raw / ~0.2 MB gzip at seed size: pipeline/search/build-index.ts). The core index
// (departments, places) is always read on top.
/** The dropdown: a keystroke never waits for more than this (every shard of the seed corpus; 2 of 3,000 documents'). */
export const DROPDOWN_BYTES = 2_500_000;
/** The results page, per batch ("continue with the rest" adds another). */
export const PAGE_BYTES = 8_000_000;
