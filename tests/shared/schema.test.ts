import { describe, expect, it } from 'vitest';
import { citation, indicator } from '../../src/shared/schema';

describe('schema', () => {
  it('rejects a citation with a zero line number', () => {
    const r = citation.safeParse({ docId: 'a', start: 0, end: 1, line: 0, quote: 'x' });
    expect(r.success).toBe(false);
  });
  it('rejects an unknown comparator', () => {
    const cite = { docId: 'a', start: 0, end: 1, line: 1, quote: 'x' };
    const base = { id: 'i', name: 'n', stage: 'target', value: 1, valueMax: null, unit: '%', kind: 'share', direction: null,
      targetYear: 2025, baseline: null, taskId: null, places: [], category: null, citation: cite };
    expect(indicator.safeParse({ ...base, comparator: '>=' }).success).toBe(true);
    expect(indicator.safeParse({ ...base, comparator: 'about' }).success).toBe(false);
    // direction: which way is better, when the words say so; required (null when they do not).
    expect(indicator.safeParse({ ...base, comparator: '~', direction: 'down' }).success).toBe(true);
    expect(indicator.safeParse({ ...base, comparator: '~', direction: 'sideways' }).success).toBe(false);
    const { direction: _omit, ...noDirection } = { ...base, comparator: '=' };
    expect(indicator.safeParse(noDirection).success).toBe(false);
  });
});
