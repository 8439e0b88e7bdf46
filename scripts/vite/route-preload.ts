// A lazy view's code is requested only after the entry has downloaded, been evaluated and rendered
// the route: entry → view chunk → ECharts → data is a waterfall of round trips before a chart view
// can paint (Lighthouse, mobile: the map chunk started ~250 ms after the entry ended). This plugin
// writes a small inline script into index.html that, on a cold load of a chart route, asks for
// that view's chunk and its static imports (<link rel=modulepreload>) and its styles (rel=preload)
// at once, in parallel with the entry. The lazy import() later finds them in the module map.
// The route → chunk table comes from the bundle itself, so it follows every rebuild. Build only.
import type { Plugin } from 'vite';

/** A route prefix (pathname starts with it) and the module of the lazy view it shows. */
export interface RoutePreload {
  prefix: string;
  module: string;
}

/** The bundle as far as this plugin reads it (Rollup/Rolldown output chunks). */
export interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  moduleIds?: string[];
  imports?: string[];
  viteMetadata?: { importedCss?: Set<string> };
}

export interface PreloadEntry {
  prefix: string;
  js: string[];
  css: string[];
}

function staticClosure(bundle: Record<string, BundleChunk>, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !bundle[file]) return seen;
  seen.add(file);
  for (const dep of bundle[file].imports ?? []) staticClosure(bundle, dep, seen);
  return seen;
}

/**
 * For each route, the files its view needs beyond what the entry already loads: the view chunk
 * and its static imports (JS) and their styles (CSS). Pure, for the tests.
 */
export function routePreloads(bundle: Record<string, BundleChunk>, routes: readonly RoutePreload[], boot?: string): PreloadEntry[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? staticClosure(bundle, entry.fileName) : new Set<string>();
  // Every page loads the boot chunk too (bootPreload): a route lists only what comes on top of it.
  if (boot) for (const f of bootPreload(bundle, boot).js) loaded.add(f);
  const out: PreloadEntry[] = [];
  for (const r of routes) {
    const files = [...staticClosure(bundle, chunkOf(chunks, r.module, `route ${r.prefix}`).fileName)].filter((f) => !loaded.has(f));
    out.push({ prefix: r.prefix, js: files, css: cssOf(bundle, files) });
  }
  return out;
}

function chunkOf(chunks: BundleChunk[], module: string, what: string): BundleChunk {
  const is = (id: string | null | undefined) => !!id && id.replace(/\\/g, '/').endsWith(module);
  // A module captured by a codeSplitting group (scripts/vite/boot-chunk.ts) is in that group's chunk, which has no facade.
  const c = chunks.find((x) => is(x.facadeModuleId)) ?? chunks.find((x) => x.moduleIds?.some(is));
  if (!c) throw new Error(`route-preload: no chunk for ${module} (${what}) — was it renamed?`);
  return c;
}

function cssOf(bundle: Record<string, BundleChunk>, files: string[]): string[] {
  const css = new Set<string>();
  for (const f of files) for (const c of bundle[f].viteMetadata?.importedCss ?? []) css.add(c);
  return [...css];
}

/**
 * The app's boot module, which the entry imports only after the first paint (src/shell/main.tsx):
 * its chunk and static imports beyond the entry's, and their styles. index.html asks for the JS
 * (modulepreload: fetched and compiled, not run) and links the CSS as stylesheets, so the page that
 * paints first is styled as the app and the import after the paint costs no round trip.
 */
export function bootPreload(bundle: Record<string, BundleChunk>, module: string): { js: string[]; css: string[] } {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? staticClosure(bundle, entry.fileName) : new Set<string>();
  const js = [...staticClosure(bundle, chunkOf(chunks, module, 'boot').fileName)].filter((f) => !loaded.has(f));
  return { js, css: cssOf(bundle, js) };
}

/** The inline script: the first entry whose prefix the path starts with gets its links. */
export function preloadScript(entries: readonly PreloadEntry[], base = '/'): string {
  const table = JSON.stringify(entries.map((e) => [e.prefix, e.js, e.css]));
  return (
    `(function(){var t=${table},p=location.pathname,b=${JSON.stringify(base)};` +
    `for(var i=0;i<t.length;i++){if(p.indexOf(t[i][0])!==0)continue;` +
    `var add=function(rel,f,as){var l=document.createElement('link');l.rel=rel;l.href=b+f;l.crossOrigin='';l.fetchPriority='low';if(as)l.as=as;document.head.appendChild(l);};` +
    `t[i][1].forEach(function(f){add('modulepreload',f);});t[i][2].forEach(function(f){add('preload',f,'style');});break;}})();`
  );
}

export function routePreloadPlugin(routes: readonly RoutePreload[], boot?: string): Plugin {
  let base = '/';
  return {
    name: 'atlas-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const bundle = ctx.bundle as unknown as Record<string, BundleChunk>;
        const entries = routePreloads(bundle, routes, boot);
        const first = boot ? bootPreload(bundle, boot) : { js: [], css: [] };
        return [
          ...first.css.map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + f }, injectTo: 'head' as const })),
          // Low priority: not needed for the first paint (index.html's text and styles), so they must not
          // compete with the stylesheets for the first round trips; they still load in parallel.
          ...first.js.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: base + f }, injectTo: 'head' as const })),
          { tag: 'script', children: preloadScript(entries, base), injectTo: 'head' as const },
        ];
      },
    },
  };
}
