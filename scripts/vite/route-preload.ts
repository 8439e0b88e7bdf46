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
export function routePreloads(bundle: Record<string, BundleChunk>, routes: readonly RoutePreload[]): PreloadEntry[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  const loaded = entry ? staticClosure(bundle, entry.fileName) : new Set<string>();
  const out: PreloadEntry[] = [];
  for (const r of routes) {
    const view = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(r.module));
    if (!view) throw new Error(`route-preload: no chunk for ${r.module} (route ${r.prefix}) — was the view renamed?`);
    const files = [...staticClosure(bundle, view.fileName)].filter((f) => !loaded.has(f));
    const css = new Set<string>();
    for (const f of files) for (const c of bundle[f].viteMetadata?.importedCss ?? []) css.add(c);
    out.push({ prefix: r.prefix, js: files, css: [...css] });
  }
  return out;
}

/** The inline script: the first entry whose prefix the path starts with gets its links. */
export function preloadScript(entries: readonly PreloadEntry[], base = '/'): string {
  const table = JSON.stringify(entries.map((e) => [e.prefix, e.js, e.css]));
  return (
    `(function(){var t=${table},p=location.pathname,b=${JSON.stringify(base)};` +
    `for(var i=0;i<t.length;i++){if(p.indexOf(t[i][0])!==0)continue;` +
    `var add=function(rel,f,as){var l=document.createElement('link');l.rel=rel;l.href=b+f;l.crossOrigin='';if(as)l.as=as;document.head.appendChild(l);};` +
    `t[i][1].forEach(function(f){add('modulepreload',f);});t[i][2].forEach(function(f){add('preload',f,'style');});break;}})();`
  );
}

export function routePreloadPlugin(routes: readonly RoutePreload[]): Plugin {
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
        const entries = routePreloads(ctx.bundle as unknown as Record<string, BundleChunk>, routes);
        return [{ tag: 'script', children: preloadScript(entries, base), injectTo: 'head' }];
      },
    },
  };
}
