// The boot module's static closure in one chunk. main.tsx imports src/shell/boot.tsx after the first
// paint; Rolldown splits every module boot shares with a lazy view into a chunk of its own, so a
// cold load fetched ~22 small files (store, strings, Loading, …) besides boot's 88 KB. Every page
// loads all of them before anything renders, so splitting them buys nothing; on a slow link each is
// a round trip on one of six connections (Lighthouse mobile, heatmap: the boot closure ended 1.4 s
// after the HTML, the summary could only paint after it). Modules the entry itself loads stay out
// (they are in its chunk, before the paint). Views keep their own chunks: what a view shares with
// the boot closure is already loaded when the view's chunk asks for it.
import { resolve } from 'node:path';

interface GraphInfo {
  importedIds: readonly string[];
}
type GetInfo = (id: string) => GraphInfo | null;

/** Static closure of `from` (ids reached through static imports), without the ids in `except`. */
export function staticClosure(getInfo: GetInfo, from: string, except: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || except.has(id)) continue;
    const info = getInfo(id);
    if (!info) continue;
    seen.add(id);
    stack.push(...info.importedIds);
  }
  return seen;
}

/**
 * A codeSplitting group (Rolldown `output.codeSplitting.groups[]`) named `name` holding the static
 * closure of `bootModule` minus that of `entryModule` (paths relative to `root`).
 */
export function bootChunkGroup(root: string, entryModule: string, bootModule: string, name = 'boot') {
  const entry = resolve(root, entryModule);
  const boot = resolve(root, bootModule);
  let members: Set<string> | null = null;
  return {
    debugName: name,
    // The closure is complete except for the entry's modules, which must stay in the entry's chunk
    // (taking them would make the entry import the whole group before the first paint).
    includeDependenciesRecursively: false,
    name: (id: string, ctx: { getModuleInfo: (id: string) => GraphInfo | null }) => {
      if (!members) {
        const get = (x: string) => ctx.getModuleInfo(x);
        const loadedByEntry = staticClosure(get, entry);
        loadedByEntry.delete(boot);
        members = staticClosure(get, boot, loadedByEntry);
        // The group is computed once per build; a build whose graph lacks boot gets no group.
        if (members.size === 0) console.warn(`boot-chunk: ${bootModule} not in the module graph`);
      }
      return members.has(id) ? name : null;
    },
  };
}
