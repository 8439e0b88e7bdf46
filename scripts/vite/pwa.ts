// The service worker for offline use (vite-plugin-pwa, Workbox generateSW). Precached always: the
// shell, every chunk (each view's code, loaded or not), the styles, the boundaries (public/geo) and
// the view indexes — so after one visit every view opens with the network gone, a reload included.
// The per-document files (documents, heatmap matrices, search task shards) are precached too while
// they fit the budget of scripts/vite/precache-budget.ts (the five seeds: 1.7 MB, all of it); a
// corpus above it (3,000 documents ≈ 1 GB) is not downloaded on a first visit: each such file is
// cached when it is first opened, and the reader says so when one that was never opened is asked
// for offline (kernel/data/load-error.ts).
import { VitePWA } from 'vite-plugin-pwa';
import { budgetFromEnv, decidePrecache, PER_DOCUMENT_FILE } from './precache-budget.ts';

/** Runtime cache of the per-document files opened above the budget. */
export const DOCUMENT_CACHE = 'atlas-documents';

/**
 * disable: the packed file (file:// has no service workers) — the virtual module stays, inert.
 * documentBudgetBytes: see precache-budget.ts; ATLAS_PRECACHE_BUDGET_BYTES overrides the default.
 */
export function atlasPwa({ disable = false, documentBudgetBytes = budgetFromEnv(process.env.ATLAS_PRECACHE_BUDGET_BYTES) } = {}) {
  return VitePWA({
    disable,
    // Prompt: a new version installs in the background and waits; the page shows "有新版本" and the
    // user reloads when it suits them (src/shell/pwa). Never autoUpdate code under an open view.
    registerType: 'prompt',
    // The app registers itself after the load event (src/shell/pwa/register.ts).
    injectRegister: false,
    // No install banner or icons wanted: this is a dashboard, not an app to install.
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,json}'],
      // 404.html is the static host's copy of index.html; .vite/ holds the build manifest.
      globIgnores: ['404.html', '.vite/**', 'sw.js', 'workbox-*.js'],
      // Boundaries of a large province are ~150 KB, the biggest document ~300 KB; the default 2 MiB
      // limit is fine today, raised so a larger document is not silently left out of the cache.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The budget decision, printed as one line with every build.
      manifestTransforms: [
        (entries) => {
          const decision = decidePrecache(entries, documentBudgetBytes);
          console.log(decision.summary);
          return { manifest: decision.manifest };
        },
      ],
      // A per-document file that is not precached: from the network while there is one, from this
      // cache when there is not. Not CacheFirst: the file names carry no revision (docs/<id>.json
      // keeps its name when the document is rebuilt), so a cache-first copy would outlive a
      // redeploy and disagree with the new indexes (the reader checks the document's SHA-256 against
      // the lookup). Online this costs what it costs without a worker (one request, HTTP caching
      // applies); a stalled network falls back to the cached copy after a few seconds. Precached
      // files never reach this route (the precache route answers first).
      runtimeCaching: [
        {
          urlPattern: PER_DOCUMENT_FILE,
          handler: 'NetworkFirst',
          options: {
            cacheName: DOCUMENT_CACHE,
            networkTimeoutSeconds: 5,
            cacheableResponse: { statuses: [200] },
            // A presenter opens tens of documents, not thousands; the oldest go first, and all of
            // them before the browser refuses storage to the origin.
            expiration: { maxEntries: 600, purgeOnQuotaError: true },
          },
        },
      ],
      // Every route is the same index.html (client-side routing): an offline reload of /map/… too.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
