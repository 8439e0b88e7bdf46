// Stale output (issue 11): a file in the build's own output folder that this build did not write — a
// document removed from data/documents.json, the shard of a province that has no documents any more,
// a folder of an earlier index layout, a temp file of a killed build — would otherwise be deployed
// and precached by the service worker. After a build that succeeded, everything under the folder
// that the build did not write (or find already holding its bytes) is removed, then the folders left
// empty. Nothing is ever read or removed outside that folder, and the folder itself is refused when
// it is, holds or lies inside a protected path (the sources in data/, the repository, the cache).
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Why `dir` must not be swept, or null. `protect`: paths never to touch (sources, cache, repository):
 * the sweep is refused when `dir` is one of them, lies inside one or holds one.
 */
export function sweepRefusal(dir: string, protect: readonly string[]): string | null {
  const d = resolve(dir);
  for (const p of protect.map((x) => resolve(x))) {
    if (inside(d, p) || inside(p, d)) return `${d} overlaps ${p}`;
  }
  return null;
}

/** Removes every file under `dir` whose absolute path is not in `keep`, then empty folders; returns the removed files (relative to dir, sorted). */
export function removeStale(dir: string, keep: ReadonlySet<string>): string[] {
  const root = resolve(dir);
  const removed: string[] = [];
  const walk = (folder: string): boolean => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
      throw e;
    }
    let empty = true;
    for (const e of entries) {
      const path = join(folder, e.name);
      // A symbolic link is removed as a link (never followed), like any file the build did not write.
      if (e.isDirectory()) {
        if (walk(path) && path !== root) rmdirSync(path);
        else empty = false;
      } else if (keep.has(path)) empty = false;
      else {
        rmSync(path, { force: true });
        removed.push(relative(root, path));
      }
    }
    return empty;
  };
  walk(root);
  return removed.sort();
}

/** The build's one log line about it: how many, and the first few paths. */
export function staleSummary(removed: readonly string[], where: string, shown = 5): string {
  if (!removed.length) return `stale files: none in ${where}`;
  const list = removed.slice(0, shown).join(', ');
  const more = removed.length > shown ? `, … ${removed.length - shown} more` : '';
  return `stale files: removed ${removed.length} from ${where} (${list}${more})`;
}
