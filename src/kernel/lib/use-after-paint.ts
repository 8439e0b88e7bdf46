// false on a component's first render, true once the browser has painted that render. A chart view
// renders its heading, summary and lists first and only then builds and draws its chart: the
// text is on screen (first and largest contentful paint) before the long task of an ECharts
// setOption — or the map's projection and label layout — starts, and the page's work is split
// into two tasks instead of one. requestAnimationFrame runs just before a paint, the timeout
// queued there just after it. In a hidden tab (no frames) the fallback timeout lets it through.
import { useEffect, useState } from 'react';

export const AFTER_PAINT_FALLBACK_MS = 200;

/** Calls `done` once, after the next paint (or after `fallbackMs` without frames). Returns a cancel. */
export function afterNextPaint(done: () => void, fallbackMs = AFTER_PAINT_FALLBACK_MS): () => void {
  let fired = false;
  let inner: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    if (fired) return;
    fired = true;
    done();
  };
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (inner = setTimeout(fire, 0))) : undefined;
  const fallback = setTimeout(fire, fallbackMs);
  return () => {
    fired = true;
    if (raf !== undefined) cancelAnimationFrame(raf);
    clearTimeout(inner);
    clearTimeout(fallback);
  };
}

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}
