import { describe, expect, it } from 'vitest';
import { stepRegion } from '../../../src/views/map/use-presenter';

describe('stepRegion (presenter ←/→)', () => {
  const order = ['140100', '140200', '140300'];
  it('→ starts at the first region, ← at the last, when none is selected', () => {
    expect(stepRegion(order, null, 1)).toBe('140100');
    expect(stepRegion(order, null, -1)).toBe('140300');
    expect(stepRegion(order, 'not-in-list', 1)).toBe('140100');
  });
  it('steps in list order and wraps round at both ends', () => {
    expect(stepRegion(order, '140100', 1)).toBe('140200');
    expect(stepRegion(order, '140300', 1)).toBe('140100');
    expect(stepRegion(order, '140100', -1)).toBe('140300');
  });
  it('no regions: nothing to select', () => {
    expect(stepRegion([], null, 1)).toBeNull();
  });
});
