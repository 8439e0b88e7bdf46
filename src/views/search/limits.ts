// How much the search reads per query (shards hold 10 documents each, pipeline/search/build-index.ts).
/** The dropdown: core + at most this many shards, so a keystroke never waits for the whole corpus. */
export const DROPDOWN_SHARDS = 2;
/** The results page: shards per batch ("continue with the rest" adds another). */
export const PAGE_SHARDS = 8;
