// An element's inner size (clientWidth × clientHeight), from a ResizeObserver (its first notice too). A callback
// ref: a view often renders its chart's box only once its data has loaded, so an effect run on mount
// would find no element and keep a guess. null until the element is there.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

export function useElementSize<T extends HTMLElement>(): [(el: T | null) => void, ElementSize | null] {
  const [size, setSize] = useState<ElementSize | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => {
      const r = { width: el.clientWidth, height: el.clientHeight };
      // Same size, same object: nothing downstream rebuilds.
      setSize((s) => (s && s.width === r.width && s.height === r.height ? s : r));
    };
    // No measure here: reading the size during React's commit forces a layout of the whole page
    // (~60 ms on a 4×-throttled phone for the heatmap) that the frame redoes after the next DOM
    // change. The observer's first notice comes with the frame's own layout, before it paints.
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, size];
}
