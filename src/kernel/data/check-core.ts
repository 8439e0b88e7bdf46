// Parse a data file's text and validate it with its schema from the shared schema module, and decode
// the columnar frames it carries into rows validated with their row schemas. Pure: the validation
// worker (validate-worker.ts) runs it off the main thread, and the loader runs the very same code on
// the main thread where no worker can start (the packed file, a browser without module workers).
import type { z } from 'zod';
import { checkShape, fromColumns, type Column, type Columnar } from '../../shared/columnar';

export type SchemaModule = typeof import('../../shared/schema');
/** The names of the module's exports that are schemas. */
export type SchemaName = { [K in keyof SchemaModule]: SchemaModule[K] extends z.ZodType ? K : never }[keyof SchemaModule];
/** Fields of the file that are columnar frames, and the schema of one of their rows. */
export type RowFields = Readonly<Record<string, SchemaName>>;

/** The outcome: the validated value, or what is wrong (the loader words it in the UI's language). */
export type Checked = { ok: true; data: unknown } | { ok: false; kind: 'json' | 'schema'; detail: string };

/** Zod issues → one readable line: "documents.0.title: Invalid input; …" (first three), each path after `base`. */
export function describeIssues(error: z.ZodError, base: readonly PropertyKey[] = []): string {
  const shown = error.issues.slice(0, 3).map((i) => `${[...base, ...i.path].map(String).join('.') || '(root)'}: ${i.message}`);
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
    const frame = data[field] as Columnar;
    try {
      checkShape(frame);
    } catch (e) {
      return { ok: false, kind: 'schema', detail: `${field}: ${(e as Error).message}` };
    }
    const plan = columnPlan(row, frame.fields);
    const checked = plan ? checkColumns(frame, plan, field) : checkRows(frame, row, field);
    if (!checked.ok) return checked;
    data[field] = checked.data;
  }
  return { ok: true, data };
}

/** Every decoded row with the row schema (a row schema checkColumns cannot split by field). */
function checkRows(frame: Columnar, row: z.ZodType, field: string): Checked {
  const decoded = fromColumns(frame);
  const out: unknown[] = new Array(decoded.length);
  for (let i = 0; i < decoded.length; i++) {
    const ok = row.safeParse(decoded[i], { jitless: true });
    if (!ok.success) return { ok: false, kind: 'schema', detail: `${field}.${i}.${describeIssues(ok.error)}` };
    out[i] = ok.data;
  }
  return { ok: true, data: out };
}

// What zod's classic objects expose of their definition (z.object: type 'object', its shape; a
// refinement adds checks, strict or loose objects a catchall).
interface ObjectDef { type: string; shape?: Record<string, z.ZodType>; checks?: unknown[]; catchall?: unknown }
const defOf = (schema: z.ZodType) => (schema as unknown as { def: ObjectDef }).def;
const plainObject = (schema: z.ZodType) => {
  const d = defOf(schema);
  return d.type === 'object' && !!d.shape && !d.checks?.length && d.catchall === undefined;
};

/**
 * The schema of each column (a dotted field: its leaf's, through the nested objects), when the row
 * schema is plain objects all the way to the columns — no refinement across fields, unknown keys
 * stripped — and every key without a column may be absent with nothing to fill in. Then checking
 * each column is checking each row; otherwise null, and the rows are checked whole (checkRows).
 */
function columnPlan(row: z.ZodType, fields: readonly string[]): Array<z.ZodType | null> | null {
  const paths = fields.map((f) => f.split('.'));
  const plan: Array<z.ZodType | null> = paths.map(() => null);
  const walk = (schema: z.ZodType, depth: number, mine: number[]): boolean => {
    if (!plainObject(schema)) return false;
    const shape = defOf(schema).shape!;
    for (const [key, sub] of Object.entries(shape)) {
      const under = mine.filter((i) => paths[i][depth] === key);
      const leaf = under.filter((i) => paths[i].length === depth + 1);
      if (under.length === 0) {
        // A key no column carries reads as absent: fine when the schema allows it and adds no default.
        const absent = sub.safeParse(undefined);
        if (!absent.success || absent.data !== undefined) return false;
      } else if (leaf.length === under.length) {
        if (leaf.length > 1) return false;
        plan[leaf[0]] = sub;
      } else if (leaf.length > 0 || !walk(sub, depth + 1, under)) return false;
    }
    return true;
  };
  // Columns the schema does not know are dropped (as zod strips unknown keys): they stay null in the plan.
  return walk(row, 0, paths.map((_, i) => i)) ? plan : null;
}

/**
 * Each column checked with its field's schema: a plain column value by value, a dictionary once per
 * distinct value (a province, a document's title or its units, repeated in hundreds of rows, are
 * checked once). A bad value is named by field, the first row holding it and the path inside it.
 */
function checkColumns(frame: Columnar, plan: ReadonlyArray<z.ZodType | null>, field: string): Checked {
  const fields: string[] = [];
  const columns: Column[] = [];
  for (let f = 0; f < frame.fields.length; f++) {
    const schema = plan[f];
    if (!schema) continue;
    const col = frame.columns[f];
    const values = Array.isArray(col) ? col : col.dict;
    const out: unknown[] = new Array(values.length);
    for (let v = 0; v < values.length; v++) {
      const ok = schema.safeParse(values[v], { jitless: true });
      if (!ok.success) {
        const rowOf = Array.isArray(col) ? v : col.codes.indexOf(v);
        // A dictionary value no row uses is still a damaged file: named by its place in the dictionary.
        const where = rowOf >= 0 ? [field, rowOf, ...frame.fields[f].split('.')] : [field, frame.fields[f], 'dict', v];
        return { ok: false, kind: 'schema', detail: describeIssues(ok.error, where) };
      }
      out[v] = ok.data;
    }
    fields.push(frame.fields[f]);
    columns.push(Array.isArray(col) ? out : { dict: out, codes: col.codes });
  }
  return { ok: true, data: fromColumns({ n: frame.n, fields, columns }) };
}
