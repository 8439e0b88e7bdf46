// How much the search reads per query: a byte budget of task/target shards (each ≤ 10 documents,
// ~1 MB raw / ~0.2 MB gzip at seed size: pipeline/search/build-index.ts). The core index
// (departments, places) is always read on top.
/**
 * The dropdown: a keystroke never waits for more than this — every shard of the seed corpus (0.8 MB),
 * one of 3,000 documents' (1.1 MB), so a first query reads about as much at 3,000 documents as at
 * five (issue 11: within 1.5×); the all-results page reads on.
 */
export const DROPDOWN_BYTES = 1_200_000;
/** The results page, per batch ("continue with the rest" adds another). */
export const PAGE_BYTES = 8_000_000;
