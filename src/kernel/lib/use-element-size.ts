// An element's inner size (clientWidth × clientHeight), kept current by a ResizeObserver. A callback
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
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, size];
}
