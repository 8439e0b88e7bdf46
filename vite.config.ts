import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { atlasPwa } from './scripts/vite/pwa.ts';
import { atlasInlineData, PACK_MODE } from './scripts/vite/pack.ts';
import { routePreloadPlugin } from './scripts/vite/route-preload.ts';
import { bootChunkGroup } from './scripts/vite/boot-chunk.ts';

const root = import.meta.dirname;

/**
 * Dev only: until the pipeline has written public/data/manifest.json, serve the hand-checked
 * fixture (tests/fixtures/app/data) so the shell can be worked on. Never part of a build.
 */
function fixtureDataPlugin(): Plugin {
  return {
    name: 'atlas-fixture-data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        if (existsSync(resolve(root, 'public/data/manifest.json')) && !process.env.ATLAS_FIXTURE) return next();
        const file = resolve(root, 'tests/fixtures/app/data', `.${(req.url ?? '').split('?')[0]}`);
        if (!file.startsWith(resolve(root, 'tests/fixtures/app/data')) || !existsSync(file)) return next();
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * A path with a malformed percent-escape (/doc/%E0%A4%A) makes Vite's static and SPA-fallback
 * middlewares answer an empty 404. Serve the app's index.html for it instead (the URL the browser
 * shows is unchanged), so the app's router can show its not-found notice. Dev and preview.
 */
function malformedPathPlugin(): Plugin {
  const malformed = (url: string | undefined) => {
    try {
      decodeURI((url ?? '/').split('?')[0]!);
      return false;
    } catch {
      return true;
    }
  };
  return {
    name: 'atlas-malformed-path',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!malformed(req.url)) return next();
        server
          .transformIndexHtml('/', readFileSync(resolve(server.config.root, 'index.html'), 'utf8'))
          .then((html) => {
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(html);
          }, next);
      });
    },
    configurePreviewServer(server) {
      const index = resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.middlewares.use((req, res, next) => {
        if (!malformed(req.url) || !existsSync(index)) return next();
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync(index));
      });
    },
  };
}

/** Static hosts serve 404.html for unknown paths: a copy of index.html makes every route reloadable. */
function spaFallbackPlugin(): Plugin {
  let dist = resolve(root, 'dist');
  return {
    name: 'atlas-spa-fallback',
    apply: 'build',
    configResolved(config) {
      dist = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (existsSync(resolve(dist, 'index.html'))) writeFileSync(resolve(dist, '404.html'), readFileSync(resolve(dist, 'index.html')));
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === PACK_MODE
    ? {
        // npm run pack: one HTML file with app, data and boundaries inlined (scripts/vite/pack.ts).
        plugins: [react(), atlasInlineData(mode, root), atlasPwa({ disable: true }), viteSingleFile({ outputFileName: 'policy-atlas.html' })],
        publicDir: false,
        // No import worker in the one-file build (it would be a second file): a stub says so per file.
        // Nor a validation worker: files are checked on the main thread (kernel/data/off-thread.pack.ts).
        resolve: {
          alias: [
            { find: /^\.\/import-queue$/, replacement: resolve(root, 'src/kernel/import/import-queue.pack.ts') },
            { find: /^\.\/off-thread$/, replacement: resolve(root, 'src/kernel/data/off-thread.pack.ts') },
          ],
        },
        build: { outDir: 'dist-pack', emptyOutDir: true },
        worker: { format: 'es' as const },
      }
    : {
        plugins: [
          react(),
          malformedPathPlugin(),
          fixtureDataPlugin(),
          spaFallbackPlugin(),
          atlasInlineData(mode, root),
          atlasPwa(),
          // A cold load of a chart route asks for its view's chunks with the entry, not after it.
          routePreloadPlugin([
            { prefix: '/map/', module: 'src/views/map/MapView.tsx' },
            { prefix: '/indicators', module: 'src/views/indicators/IndicatorsView.tsx' },
            { prefix: '/heatmap/', module: 'src/views/heatmap/HeatmapView.tsx' },
            { prefix: '/department/', module: 'src/views/department/DepartmentView.tsx' },
            { prefix: '/place/', module: 'src/views/place/PlaceView.tsx' },
          ], 'src/shell/boot.tsx'),
        ],
        // dist/.vite/manifest.json: the chunk graph scripts/bench-app.ts reads to size overview + reader.
        // The boot module's static imports in one chunk instead of ~22 (scripts/vite/boot-chunk.ts).
        build: {
          manifest: true,
          rolldownOptions: { output: { codeSplitting: { groups: [bootChunkGroup(root, 'src/shell/main.tsx', 'src/shell/boot.tsx')] } } },
        },
        // The import worker (pipeline/browser/import-worker.ts) loads mammoth on demand: code
        // splitting inside a worker needs ES-module workers.
        worker: { format: 'es' as const },
      },
);
