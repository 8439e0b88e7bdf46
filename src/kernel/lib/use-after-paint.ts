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
