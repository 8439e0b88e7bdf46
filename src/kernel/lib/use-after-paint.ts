// false on a component's first render, true once the browser has painted that render. A chart view
// renders its heading, summary and lists first and only then builds and draws its chart: the
// text is on screen (first and largest contentful paint) before the long task of an ECharts
// setOption — or the map's projection and label layout — starts, and the page's work is split
// into two tasks instead of one (after-paint.ts says how "after the paint" is found).
import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

export { AFTER_PAINT_FALLBACK_MS, afterNextPaint } from './after-paint';

export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}

/**
 * `value` as of the last paint: a new value is returned once the render that brought it has
 * painted, the previous one until then (the first render returns `value` itself). A chart's option
 * passed through it is set after the text around it (a count, the cards) is on screen: an ECharts
 * setOption is the longest part of a filter change and would otherwise hold that paint back.
 */
export function usePaintedValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
