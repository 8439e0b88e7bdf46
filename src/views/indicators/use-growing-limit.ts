// How many cards or table rows to draw: one page after each filter change, one more page whenever
// the end of what is drawn comes near the viewport, everything on request. A filter change then
// lays out about two screens of new content instead of several hundred rows or cards (the layout
// of freshly inserted CJK text is most of a repaint), while scrolling never reaches an empty end.
import { useCallback, useEffect, useRef, useState } from 'react';

/** How far below the viewport the end of the list starts drawing the next page. */
const AHEAD = '800px';

export interface GrowingLimit {
  limit: number;
  /** Put on the element after the last drawn item (the "show more" button). */
  endRef: (el: Element | null) => void;
  more: () => void;
  all: () => void;
}

export function useGrowingLimit(total: number, page: number): GrowingLimit {
  const [limit, setLimit] = useState(page);
  const [end, setEnd] = useState<Element | null>(null);
  const more = useCallback(() => setLimit((l) => l + page), [page]);
  const totalRef = useRef(total);
  totalRef.current = total;
  const all = useCallback(() => setLimit(totalRef.current), []);

  useEffect(() => {
    // Without IntersectionObserver (old browsers, jsdom) the button still draws more by hand.
    if (!end || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && more(), { rootMargin: `0px 0px ${AHEAD} 0px` });
    io.observe(end);
    return () => io.disconnect();
  }, [end, more, limit]);

  return { limit, endRef: setEnd, more, all };
}
