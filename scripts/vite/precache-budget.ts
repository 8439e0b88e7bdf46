// What the service worker precaches (issues 11 and 14). Always: the shell, every chunk, the
// boundaries and the view indexes — what the views read before a document is opened — so every
// view opens offline after one visit. The per-document files (a document, its heatmap matrix and
// rows, the search shards holding a few documents' tasks and targets) grow with the corpus: ~0.3 MB
// per document, ~1 GB at 3,000. They are precached only while their total stays within a budget;
// above it a first visit would download the whole corpus, so they are cached at runtime instead,
// when opened (scripts/vite/pwa.ts). All or nothing: the app can then say plainly what works
// offline — everything, or the documents opened once.
// Pure: a list of files with sizes in, the list to precache and a one-line reason out.

/**
 * 25 MiB of per-document files: about 140 documents at today's ~180 KB each (plus their heatmap
 * and search files), ~5 MB over the wire gzipped — the order of what a first visit to a dashboard
 * may fetch in the background. The five seeds need 1.7 MB, so they stay precached whole.
 */
export const DOCUMENT_BUDGET_BYTES = 25 * 1024 * 1024;

/** Files that belong to one document (or, for search shards, to a few): cached when opened above the budget. */
export const PER_DOCUMENT_FILE = /(^|\/)data\/(docs\/[^/]+|index\/heatmap\/[^/]+|search\/tasks-[^/]+)\.json$/;

/** Just the document texts: what the build line counts as "documents". */
const DOCUMENT_TEXT = /(^|\/)data\/docs\/[^/]+\.json$/;

export interface SizedEntry {
  url: string;
  size: number;
}

export interface PrecacheDecision<E extends SizedEntry> {
  /** The entries to precache, in the given order. */
  manifest: E[];
  /** true: the per-document files are in `manifest`. */
  documentsPrecached: boolean;
  /** Bytes and count of every per-document file, precached or not. */
  perDocument: { files: number; bytes: number; documents: number };
  /** The build's one line: N files, X MB, documents precached yes/no and why. */
  summary: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function decidePrecache<E extends SizedEntry>(entries: readonly E[], budgetBytes: number = DOCUMENT_BUDGET_BYTES): PrecacheDecision<E> {
  if (!Number.isFinite(budgetBytes) || budgetBytes < 0) throw new Error(`invalid precache budget: ${budgetBytes} (bytes, ≥ 0)`);
  const perDoc = entries.filter((e) => PER_DOCUMENT_FILE.test(e.url));
  const bytes = perDoc.reduce((n, e) => n + e.size, 0);
  const documents = perDoc.filter((e) => DOCUMENT_TEXT.test(e.url)).length;
  const documentsPrecached = bytes <= budgetBytes;
  const manifest = documentsPrecached ? [...entries] : entries.filter((e) => !PER_DOCUMENT_FILE.test(e.url));
  const total = manifest.reduce((n, e) => n + e.size, 0);
  const why = documentsPrecached
    ? `yes — ${documents} documents' files (${perDoc.length} files, ${mb(bytes)}) are within the ${mb(budgetBytes)} budget`
    : `no — ${documents} documents' files (${perDoc.length} files, ${mb(bytes)}) exceed the ${mb(budgetBytes)} budget; each is cached when first opened`;
  return {
    manifest,
    documentsPrecached,
    perDocument: { files: perDoc.length, bytes, documents },
    summary: `service worker: precaching ${manifest.length} files, ${mb(total)}; documents precached: ${why}`,
  };
}

/** ATLAS_PRECACHE_BUDGET_BYTES (tests build with a tiny one to exercise the runtime cache); unset → the default. */
export function budgetFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DOCUMENT_BUDGET_BYTES;
  if (!/^\d+$/.test(value)) throw new Error(`ATLAS_PRECACHE_BUDGET_BYTES: invalid value "${value}" (a whole number of bytes)`);
  return Number(value);
}
