// `npm run pack` (vite build --mode pack): one self-contained HTML file a presenter carries on a
// USB stick and opens from file:// — the app (vite-plugin-singlefile inlines every chunk and the
// CSS), the corpus (public/data/**) and the boundaries (public/geo/**) inside it.
// The data travels as the files' text in a virtual module; src/shell/pack/inline-data.ts answers the
// app's own fetches of data/… and geo/… from it, so the loader still parses and validates every file
// exactly as online. Outside pack mode the same module is `null` (a few bytes, nothing installed).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const PACK_MODE = 'pack';
const VIRTUAL = 'virtual:atlas-inline-data';
const RESOLVED = '\0' + VIRTUAL;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** { 'data/manifest.json': '<text>', 'geo/140000.json': '<text>', … } from the built corpus. */
export function readCorpus(publicDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['data', 'geo']) {
    const dir = resolve(publicDir, sub);
    if (!existsSync(dir) || !existsSync(resolve(publicDir, 'data/manifest.json'))) {
      throw new Error(`pack: ${relative(process.cwd(), resolve(publicDir, 'data/manifest.json'))} is missing — run \`npm run data\` first`);
    }
    for (const file of filesUnder(dir)) {
      if (!file.endsWith('.json')) continue;
      out[relative(publicDir, file).split('\\').join('/')] = readFileSync(file, 'utf8');
    }
  }
  return out;
}

// index.html asks for the overview index (and a /doc/ link's document) before the script runs. From
// file:// there is nothing to ask: those requests would only fail. Removed in the packed file.
const EARLY_FETCH = /<!-- Every view starts from the overview index[\s\S]*?<\/script>\s*/;
const FAVICON = /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml" \/>/;

export function atlasInlineData(mode: string, root: string): Plugin {
  const pack = mode === PACK_MODE;
  return {
    name: 'atlas-inline-data',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (!pack) return 'export default null;';
      return `export default ${JSON.stringify(readCorpus(resolve(root, 'public')))};`;
    },
    transformIndexHtml(html) {
      if (!pack) return html;
      if (!EARLY_FETCH.test(html) || !FAVICON.test(html)) throw new Error('pack: index.html changed — update EARLY_FETCH / FAVICON in scripts/vite/pack.ts');
      const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
      return html
        .replace(EARLY_FETCH, '')
        .replace(FAVICON, `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}" type="image/svg+xml" />`);
    },
  };
}
