// The reviewed like-measure rules, checked by the pipeline stage with the shared schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { comparison, SCHEMA_VERSION } from '../../../src/shared/schema';

const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/comparison/like-measures.json'), 'utf8'));
const topic = (measure: Record<string, unknown>) => ({ topics: [{ id: 'x', label: 'x', reason: 'r', measures: [measure] }], scopes: [] });

describe('like-measures.json → comparison.json', () => {
  it('gives a reason for every measure and scope and quotes the text for scopes', () => {
    const spec = likeMeasures(raw);
    expect(spec.topics.length).toBeGreaterThan(0);
    for (const t of spec.topics) for (const m of t.measures) expect(m.reason.length).toBeGreaterThan(20);
    for (const s of spec.scopes) expect(s.quote.length).toBeGreaterThan(5);
  });

  it('writes what the app validates: the shared schema, with its version and without the comment', () => {
    const spec = likeMeasures(raw);
    expect(spec.schemaVersion).toBe(SCHEMA_VERSION);
    expect('_comment' in spec).toBe(false);
    expect(comparison.parse(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
  });

  it('refuses an entry without a reason or with a broken pattern, naming the file and the field', () => {
    expect(() => likeMeasures(topic({ id: 'm', label: 'm', namePattern: 'a', unit: '%' }))).toThrow(
      'data/comparison/like-measures.json: topics.0.measures.0.reason',
    );
    expect(() => likeMeasures(topic({ id: 'm', label: 'm', namePattern: '(', unit: '%', reason: 'r' }))).toThrow(
      /topics\.0\.measures\.0\.namePattern: not a valid regular expression/,
    );
    expect(() => likeMeasures({ ...topic({ id: 'm', label: 'm', namePattern: 'a', unit: '%', reason: 'r' }), scopes: [{ docId: 'd', namePattern: '[', scope: 's', quote: 'q', reason: 'r' }] })).toThrow(
      /scopes\.0\.namePattern/,
    );
  });
});
