// Back from 出处 (the reader) lands where the list was. The shell turns the browser's own scroll
// restoration off (the reader scrolls to its sentence), and this page renders after its data has
// loaded, so it keeps its own: the scroll position is written into this history entry's state
// while the user scrolls, and read back when the entry is shown again. A fresh visit (a link, a new
// entry) has no state and starts at the top; filters live in the URL, so Back keeps them too.
import { useEffect, useLayoutEffect, useRef } from 'react';

const KEY = 'atlasDepartmentScroll';
/** Browsers limit replaceState calls (Safari: 100 per 30 s): write once the scrolling pauses. */
const SETTLE_MS = 150;

function savedScroll(): number | null {
  const state: unknown = history.state;
  if (state && typeof state === 'object' && KEY in state) {
    const y = (state as Record<string, unknown>)[KEY];
    return typeof y === 'number' && Number.isFinite(y) ? y : null;
  }
  return null;
}

function write(): void {
  const state: unknown = history.state;
  history.replaceState({ ...(state && typeof state === 'object' ? state : {}), [KEY]: window.scrollY }, '');
}

/** `ready`: the lists are rendered (restoring earlier would clamp to a short page). */
export function useScrollMemory(ready: boolean): void {
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    const y = savedScroll();
    if (y !== null) window.scrollTo(0, y);
  }, [ready]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write();
      }, SETTLE_MS);
    };
    // A click on a link (出处) right after scrolling: write now, before the link adds its entry
    // (capture on window runs before React's handler at the root).
    const onClick = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      write();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('click', onClick, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('click', onClick, true);
    };
  }, []);
}
