// The shared schema (zod and the shape of every file, ~28 KB gzip) is not part of the app's entry.
// Files are checked by the validation worker (off-thread.ts), which holds its own copy; this thread
// loads the module only where it validates itself (no worker, or a caller that asks for a schema).
import type { SchemaModule, SchemaName } from './check-core';

export type { SchemaName };

let loading: Promise<SchemaModule> | null = null;
function schemaModule(): Promise<SchemaModule> {
  if (!loading) loading = import('../../shared/schema').catch((e: unknown) => ((loading = null), Promise.reject(e)));
  return loading;
}

/** One schema by name, once the schema module has loaded. */
export function schemaOf<K extends SchemaName>(name: K): Promise<SchemaModule[K]> {
  return schemaModule().then((m) => m[name]);
}

/**
 * A schema to hand to loadJson, by name: the loader has the validation worker check the file
 * (off-thread.ts); called, it loads the schema on this thread.
 */
export const lazySchema = <K extends SchemaName>(name: K) => Object.assign((): Promise<SchemaModule[K]> => schemaOf(name), { schemaName: name });
