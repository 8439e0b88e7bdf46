import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../src/kernel/lib/use-after-paint';

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the next frame and the task after it (i.e. after the paint), once', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const done = vi.fn();
    afterNextPaint(done);
    vi.advanceTimersByTime(0);
    expect(done).not.toHaveBeenCalled(); // no frame yet
    frames.shift()!();
    expect(done).not.toHaveBeenCalled(); // inside the frame, before its paint
    vi.advanceTimersByTime(0);
    expect(done).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000); // the fallback does not fire it again
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('without frames (a hidden tab) the fallback timeout lets it through; cancel stops it', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const done = vi.fn();
    afterNextPaint(done, 200);
    vi.advanceTimersByTime(199);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    const never = vi.fn();
    afterNextPaint(never, 200)();
    vi.advanceTimersByTime(500);
    expect(never).not.toHaveBeenCalled();
  });
});
