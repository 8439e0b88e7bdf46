// Atomic writes: a temp file next to the target, then rename, so a failed build never leaves half a file.
// A file that already holds exactly the new bytes is left alone (same inode, same mtime): a rebuild
// with nothing changed rewrites nothing, so a deploy uploads nothing and the service worker's
// precache revisions stay the same (no "有新版本" for an identical corpus).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Every path this process asked to write — written, or left alone because it already held the bytes —
// goes to each open tracker: the build's list of the files it owns this run (stale.ts removes the rest).
const trackers = new Set<Set<string>>();
const note = (path: string) => {
  for (const t of trackers) t.add(resolve(path));
};

/** Records every path written (or found unchanged) through this module until stop(); absolute paths. */
export function trackWrites(): { paths: ReadonlySet<string>; stop: () => void } {
  const paths = new Set<string>();
  trackers.add(paths);
  return { paths, stop: () => trackers.delete(paths) };
}

function holds(path: string, bytes: Buffer): boolean {
  try {
    // The size first: most changed files differ in length, and then nothing is read.
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Returns false when the file already held these bytes and was not touched. */
export function writeFileAtomic(path: string, content: string): boolean {
  const bytes = Buffer.from(content);
  note(path);
  if (holds(path, bytes)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return true;
}

/**
 * stamp: a field holding the build's clock time (builtAt). When it is all that differs from the file
 * on disk, the old value is kept — the stamp says when this content was built, and an identical
 * rebuild is not a new build of it.
 */
export function writeJsonAtomic(path: string, value: unknown, opts: { stamp?: string } = {}): boolean {
  const text = (v: unknown) => `${JSON.stringify(v)}\n`;
  note(path);
  if (opts.stamp && value && typeof value === 'object') {
    const previous = previousStamp(path, opts.stamp);
    if (previous !== undefined) {
      const kept = text({ ...value, [opts.stamp]: previous });
      if (holds(path, Buffer.from(kept))) return false;
    }
  }
  return writeFileAtomic(path, text(value));
}

function previousStamp(path: string, key: string): unknown {
  try {
    const old: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return old && typeof old === 'object' ? (old as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}
