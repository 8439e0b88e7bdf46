// The service worker for offline use (vite-plugin-pwa, Workbox generateSW). Precached: the shell,
// every chunk (each view's code, loaded or not), the styles, and the whole built corpus —
// public/data/** and public/geo/** as copied into the build — so after one visit every view and a
// reload work with the network gone. The corpus is small (≈ 2.3 MB for five documents and 31
// provinces' boundaries); a much larger corpus would want runtime caching instead.
import { VitePWA } from 'vite-plugin-pwa';

/** disable: the packed file (file:// has no service workers) — the virtual module stays, inert. */
export function atlasPwa({ disable = false } = {}) {
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
      // Every route is the same index.html (client-side routing): an offline reload of /map/… too.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}
