// Parse a data file's text and validate it with its schema from the shared schema module, and decode
// the columnar frames it carries into rows validated with their row schemas. Pure: the validation
// worker (validate-worker.ts) runs it off the main thread, and the loader runs the very same code on
// the main thread where no worker can start (the packed file, a browser without module workers).
import type { z } from 'zod';
import { fromColumns, type Columnar } from '../../shared/columnar';

export type SchemaModule = typeof import('../../shared/schema');
/** The names of the module's exports that are schemas. */
export type SchemaName = { [K in keyof SchemaModule]: SchemaModule[K] extends z.ZodType ? K : never }[keyof SchemaModule];
/** Fields of the file that are columnar frames, and the schema of one of their rows. */
export type RowFields = Readonly<Record<string, SchemaName>>;

/** The outcome: the validated value, or what is wrong (the loader words it in the UI's language). */
export type Checked = { ok: true; data: unknown } | { ok: false; kind: 'json' | 'schema'; detail: string };

/** Zod issues → one readable line: "documents.0.title: Invalid input; …" (first three). */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3})` : '';
  return shown.join('; ') + more;
}

export function checkText(schemas: SchemaModule, name: SchemaName, body: string, rows?: RowFields): Checked {
  const rowSchemas = rows && Object.fromEntries(Object.entries(rows).map(([field, rowName]) => [field, schemas[rowName] as z.ZodType]));
  return checkTextWith(schemas[name] as z.ZodType, body, rowSchemas);
}

/** The same check with the schemas themselves (a caller that holds one, not its name). */
export function checkTextWith(schema: z.ZodType, body: string, rows?: Readonly<Record<string, z.ZodType>>): Checked {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, kind: 'json', detail: e instanceof Error ? e.message : String(e) };
  }
  // jitless: each file is validated once per page load, and zod's compiled fast path costs more to
  // generate (new Function per object schema) than it saves on one parse (001: ~15 ms jitless vs
  // 30–70 ms with codegen). Per call, because zod fixes its global jitless flag when a schema is built.
  const parsed = schema.safeParse(json, { jitless: true });
  if (!parsed.success) return { ok: false, kind: 'schema', detail: describeIssues(parsed.error) };
  if (!rows) return { ok: true, data: parsed.data };
  const data = { ...(parsed.data as Record<string, unknown>) };
  for (const [field, row] of Object.entries(rows)) {
    let decoded: Record<string, unknown>[];
    try {
      decoded = fromColumns(data[field] as Columnar);
    } catch (e) {
      return { ok: false, kind: 'schema', detail: `${field}: ${(e as Error).message}` };
    }
    const out: unknown[] = new Array(decoded.length);
    for (let i = 0; i < decoded.length; i++) {
      const ok = row.safeParse(decoded[i], { jitless: true });
      if (!ok.success) return { ok: false, kind: 'schema', detail: `${field}.${i}.${describeIssues(ok.error)}` };
      out[i] = ok.data;
    }
    data[field] = out;
  }
  return { ok: true, data };
}
