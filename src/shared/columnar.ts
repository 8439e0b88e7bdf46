// Columnar transfer for large index files: an array of rows → one array per field; a field whose
// values repeat (province, genre, a document id) is stored once in a dictionary and referenced by
// position. Pure and shared: the pipeline encodes, the app decodes and then validates the rows with
// the row schema (src/shared/schema.ts), so a damaged file still fails with the field named.
// A field may be a dotted path ('indicator.citation.start'): a nested object that is never null
// travels as one column per leaf, so its keys are not repeated in every row and each leaf gets its
// own dictionary (a target's unit, kind, comparator repeat; its whole indicator object does not).

/** A column: the values in row order, or a dictionary of distinct values and one code per row. */
export type Column = unknown[] | { dict: unknown[]; codes: number[] };

export interface Columnar {
  n: number;
  fields: string[];
  columns: Column[];
}

const at = (row: unknown, path: readonly string[]): unknown => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null | undefined)?.[k], row);

/** Encode rows (objects with the same keys) column by column; a dictionary when it is smaller. */
export function toColumns<T extends object>(rows: readonly T[], fields?: readonly string[]): Columnar {
  const keys = fields ?? (rows[0] ? Object.keys(rows[0]) : []);
  const columns = keys.map((k): Column => {
    const path = k.split('.');
    const values = rows.map((r) => at(r, path) ?? null);
    const dict: unknown[] = [];
    const pos = new Map<string, number>();
    const codes = values.map((v) => {
      const key = JSON.stringify(v);
      let i = pos.get(key);
      if (i === undefined) {
        i = dict.length;
        pos.set(key, i);
        dict.push(v);
      }
      return i;
    });
    // A dictionary pays off when values repeat: compare the encoded sizes, keep the smaller.
    const plain = JSON.stringify(values).length;
    const coded = JSON.stringify(dict).length + JSON.stringify(codes).length + 20;
    return coded < plain ? { dict, codes } : values;
  });
  return { n: rows.length, fields: [...keys], columns };
}

/** Decode to rows; throws naming the field when a column's length or a code does not fit. */
export function fromColumns(c: Columnar): Record<string, unknown>[] {
  if (c.fields.length !== c.columns.length) throw new Error(`columnar: ${c.fields.length} fields but ${c.columns.length} columns`);
  checkShape(c);
  const rows: Record<string, unknown>[] = Array.from({ length: c.n }, () => ({}));
  c.columns.forEach((col, f) => {
    const path = c.fields[f].split('.');
    const last = path.length - 1;
    for (let i = 0; i < c.n; i++) {
      let o = rows[i];
      for (let k = 0; k < last; k++) o = (o[path[k]] ??= {}) as Record<string, unknown>;
      o[path[last]] = Array.isArray(col) ? col[i] : col.dict[col.codes[i]];
    }
  });
  return rows;
}

/** Throws naming the field when a column's length or a code does not fit (what fromColumns checks first). */
export function checkShape(c: Columnar): void {
  if (c.fields.length !== c.columns.length) throw new Error(`columnar: ${c.fields.length} fields but ${c.columns.length} columns`);
  c.columns.forEach((col, f) => {
    const name = c.fields[f];
    const values = Array.isArray(col) ? col : col.codes;
    if (values.length !== c.n) throw new Error(`columnar: field ${name} has ${values.length} values for ${c.n} rows`);
    if (Array.isArray(col)) return;
    for (let i = 0; i < c.n; i++) {
      const code = col.codes[i];
      if (!Number.isInteger(code) || code < 0 || code >= col.dict.length) throw new Error(`columnar: field ${name} row ${i}: code ${code} outside its dictionary`);
    }
  });
}
