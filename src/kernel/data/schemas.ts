// The shared schema (zod and the shape of every file, ~28 KB gzip) is loaded the first time a file
// is validated, in parallel with that file's request, instead of as part of the app's entry: the
// first view's JavaScript stays small and every file is still validated before it is used.
import type { z } from 'zod';

type SchemaModule = typeof import('../../shared/schema');
/** The names of the module's exports that are schemas. */
export type SchemaName = { [K in keyof SchemaModule]: SchemaModule[K] extends z.ZodType ? K : never }[keyof SchemaModule];

let loading: Promise<SchemaModule> | null = null;
function schemaModule(): Promise<SchemaModule> {
  if (!loading) loading = import('../../shared/schema').catch((e: unknown) => ((loading = null), Promise.reject(e)));
  return loading;
}

/** One schema by name, once the schema module has loaded. */
export function schemaOf<K extends SchemaName>(name: K): Promise<SchemaModule[K]> {
  return schemaModule().then((m) => m[name]);
}

/** A schema to hand to loadJson: fetched while the file's request is under way. */
export const lazySchema = <K extends SchemaName>(name: K) => (): Promise<SchemaModule[K]> => schemaOf(name);
