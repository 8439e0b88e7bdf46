// Which source files a document's parse runs: the modules reachable by import from the worker's
// job (batch/job.ts, the worker and its entry), found by reading the import statements. Only these
// key the per-document cache — a change to the build's cross-document steps (registry, search index,
// view indexes, manifest; recomputed from the cached documents on every build anyway) re-parses
// nothing, while a change to any module the parse imports re-parses every document.
//
// Conservative on purpose: every relative `import … from`, `export … from`, side-effect `import '…'`
// and `import('…')` with a literal path is followed, type-only imports included (a type file is
// cheap to hash, and telling `import type` apart is not worth a missed change). Packages are covered
// by package-lock.json; JSON files the dictionaries part already hashes are left to it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Where the parse starts: what a worker loads, and what the main thread runs with --jobs 0. */
export const PARSE_ROOTS = ['pipeline/batch/worker-entry.mjs', 'pipeline/batch/worker.ts', 'pipeline/batch/job.ts'];

const SPECIFIERS = /(?:^|[\s;}])(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts'];

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  // TypeScript's './x.js' names x.ts.
  if (/\.m?js$/.test(base)) for (const ts of [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts')]) if (isFile(ts)) return ts;
  return null;
}

/** The relative import specifiers of one module's text. */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIERS)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) out.push(spec);
  }
  return out;
}

/**
 * Repo-relative paths of every file the parse imports, sorted. A relative import that names no file
 * is an error: the key would silently miss code.
 */
export function parseCodeFiles(codeRoot: string, roots: readonly string[] = PARSE_ROOTS): string[] {
  const seen = new Set<string>();
  const stack = roots.map((r) => join(codeRoot, r)).filter(isFile);
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.json')) continue;
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, spec);
      if (!target) throw new Error(`${relative(codeRoot, file)}: cannot resolve the import '${spec}' (for the build cache's code key)`);
      if (!seen.has(target)) stack.push(target);
    }
  }
  return [...seen].map((f) => relative(codeRoot, f)).sort();
}
