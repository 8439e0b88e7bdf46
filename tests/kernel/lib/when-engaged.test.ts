import { describe, expect, it, vi } from 'vitest';
import { whenEngaged } from '../../../src/kernel/lib/when-engaged';

describe('whenEngaged', () => {
  it('runs once, on the first sign of use, not before', () => {
    const target = new EventTarget();
    const fn = vi.fn();
    whenEngaged(fn, target as unknown as Window);
    expect(fn).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pointermove'));
    expect(fn).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointermove'));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancelled, it never runs', () => {
    const target = new EventTarget();
    const fn = vi.fn();
    whenEngaged(fn, target as unknown as Window)();
    target.dispatchEvent(new Event('pointerdown'));
    expect(fn).not.toHaveBeenCalled();
  });
});
