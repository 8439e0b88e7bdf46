// Columnar transfer for large index files: an array of rows → one array per field; a field whose
// values repeat (province, genre, a document id) is stored once in a dictionary and referenced by
// position. Pure and shared: the pipeline encodes, the app decodes and then validates the rows with
// the row schema (src/shared/schema.ts), so a damaged file still fails with the field named.

/** A column: the values in row order, or a dictionary of distinct values and one code per row. */
export type Column = unknown[] | { dict: unknown[]; codes: number[] };

export interface Columnar {
  n: number;
  fields: string[];
  columns: Column[];
}

/** Encode rows (objects with the same keys) column by column; a dictionary when it is smaller. */
export function toColumns<T extends object>(rows: readonly T[], fields?: readonly (keyof T & string)[]): Columnar {
  const keys = fields ?? ((rows[0] ? Object.keys(rows[0]) : []) as (keyof T & string)[]);
  const columns = keys.map((k): Column => {
    const values = rows.map((r) => (r as Record<string, unknown>)[k] ?? null);
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
  const rows: Record<string, unknown>[] = Array.from({ length: c.n }, () => ({}));
  c.columns.forEach((col, f) => {
    const name = c.fields[f];
    const values = Array.isArray(col) ? col : col.codes;
    if (values.length !== c.n) throw new Error(`columnar: field ${name} has ${values.length} values for ${c.n} rows`);
    for (let i = 0; i < c.n; i++) {
      if (Array.isArray(col)) rows[i][name] = col[i];
      else {
        const code = col.codes[i];
        if (!Number.isInteger(code) || code < 0 || code >= col.dict.length) throw new Error(`columnar: field ${name} row ${i}: code ${code} outside its dictionary`);
        rows[i][name] = col.dict[code];
      }
    }
  });
  return rows;
}
