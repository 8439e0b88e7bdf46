// The one check the validation worker and the main-thread fallback share.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../../src/shared/schema';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromColumns, toColumns, type Columnar } from '../../../src/shared/columnar';
import { checkText, checkTextWith } from '../../../src/kernel/data/check-core';

const frame = (rows: object[]) => toColumns(rows);

describe('checkText', () => {
  it('says the text is not JSON', () => {
    const c = checkText(schemas, 'geoIndex', '{"provinces": [');
    expect(c.ok).toBe(false);
    expect(!c.ok && c.kind).toBe('json');
  });

  it('names the field that does not match the schema', () => {
    const c = checkText(schemas, 'presenterSequence', JSON.stringify({ nope: 1 }));
    expect(c.ok).toBe(false);
    expect(!c.ok && c.kind).toBe('schema');
    expect(!c.ok && c.detail).toMatch(/\w+: /);
  });

  it('decodes columnar fields into rows, each checked with its row schema; a bad row is named by field and position', () => {
    // A built targets shard (npm run data writes it before the tests run).
    const body = readFileSync(resolve(import.meta.dirname, '../../../public/data/index/targets/140000.json'), 'utf8');
    const file = JSON.parse(body) as { targets: Columnar };
    const expected = fromColumns(file.targets);
    expect(expected.length).toBeGreaterThan(0);
    const c = checkText(schemas, 'targetShard', body, { targets: 'targetEntry' });
    expect(c.ok).toBe(true);
    expect(c.ok && (c.data as { targets: unknown[] }).targets).toEqual(expected);
    // Row 1 loses a required field: the error names the field, the row and the path.
    const damaged = expected.map((r, i) => (i === 1 ? { ...r, docId: 7 } : r));
    const bad = checkText(schemas, 'targetShard', JSON.stringify({ ...file, targets: toColumns(damaged, file.targets.fields as never) }), { targets: 'targetEntry' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.detail).toMatch(/^targets\.1\.docId: /);
  });

  it('checks a shard written with dotted fields column by column: a bad leaf is named by row and path, a bad dictionary value by the first row using it', () => {
    const body = readFileSync(resolve(import.meta.dirname, '../../../public/data/index/targets/140000.json'), 'utf8');
    const file = JSON.parse(body) as { targets: Columnar };
    expect(file.targets.fields).toContain('indicator.citation.start');
    const rows = fromColumns(file.targets) as Array<{ indicator: { citation: { start: number }; unit: string } }>;
    const write = (damaged: object[]) => JSON.stringify({ ...file, targets: toColumns(damaged, file.targets.fields) });
    const start = rows.map((r, i) => (i === 2 ? { ...r, indicator: { ...r.indicator, citation: { ...r.indicator.citation, start: -1 } } } : r));
    const bad = checkText(schemas, 'targetShard', write(start), { targets: 'targetEntry' });
    expect(!bad.ok && bad.detail).toMatch(/^targets\.2\.indicator\.citation\.start: /);
    // indicator.unit is a dictionary: the bad value is checked once and named by its first row.
    const unit = rows.map((r, i) => (i >= 3 ? { ...r, indicator: { ...r.indicator, unit: null } } : r));
    const frame = toColumns(unit, file.targets.fields);
    expect(Array.isArray(frame.columns[file.targets.fields.indexOf('indicator.unit')])).toBe(false);
    const badUnit = checkText(schemas, 'targetShard', JSON.stringify({ ...file, targets: frame }), { targets: 'targetEntry' });
    expect(!badUnit.ok && badUnit.detail).toMatch(/^targets\.3\.indicator\.unit: /);
    // A required field with no column at all is missing in every row.
    const fields = file.targets.fields.filter((f) => f !== 'indicator.name');
    const noName = checkText(schemas, 'targetShard', JSON.stringify({ ...file, targets: toColumns(rows, fields) }), { targets: 'targetEntry' });
    expect(!noName.ok && noName.detail).toMatch(/indicator\.name/);
  });

  it('a row schema that relates its fields (a refinement) is checked row by row', () => {
    const row = z.object({ from: z.number(), to: z.number() }).refine((r) => r.from <= r.to, 'from after to');
    const ok = checkTextWith(z.object({ spans: z.unknown() }), JSON.stringify({ spans: toColumns([{ from: 1, to: 2 }]) }), { spans: row });
    expect(ok).toEqual({ ok: true, data: { spans: [{ from: 1, to: 2 }] } });
    const bad = checkTextWith(z.object({ spans: z.unknown() }), JSON.stringify({ spans: toColumns([{ from: 1, to: 2 }, { from: 3, to: 2 }]) }), { spans: row });
    expect(!bad.ok && bad.detail).toMatch(/^spans\.1\..*from after to/);
  });

  it('an empty frame decodes to no rows; a broken frame is a schema error naming the field', () => {
    const ok = checkText(schemas, 'targetShard', JSON.stringify({ schemaVersion: schemas.SCHEMA_VERSION, provinceCode: '140000', targets: frame([]) }), { targets: 'targetEntry' });
    expect(ok).toEqual({ ok: true, data: { schemaVersion: schemas.SCHEMA_VERSION, provinceCode: '140000', targets: [] } });
    const broken = checkText(
      schemas,
      'targetShard',
      JSON.stringify({ schemaVersion: schemas.SCHEMA_VERSION, provinceCode: '140000', targets: { n: 1, fields: ['a'], columns: [{ dict: ['x'], codes: [3] }] } }),
      { targets: 'targetEntry' },
    );
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.detail).toMatch(/^targets: .*field a row 0/);
  });
});
