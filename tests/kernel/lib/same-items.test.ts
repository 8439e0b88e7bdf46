import { describe, expect, it } from 'vitest';
import { keepSame, sameItems } from '../../../src/kernel/lib/same-items';

describe('keepSame', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  it('keeps the previous array when the new one holds the same items in the same order', () => {
    const prev = [a, b];
    expect(keepSame(prev, [a, b])).toBe(prev);
    expect(keepSame([], [])).toHaveLength(0);
  });
  it('takes the new array when an item, the order or the length differs', () => {
    const prev = [a, b];
    for (const next of [[b, a], [a], [a, b, a], [a, { id: 'b' }]]) expect(keepSame(prev, next)).toBe(next);
    expect(keepSame(undefined, [a])).toEqual([a]);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });
});
