// Run something once the browser has painted: requestAnimationFrame runs just before a paint, the
// timeout queued there just after it. In a hidden tab (no frames) the fallback timeout lets it
// through. No React here: the app's entry (src/shell/main.tsx) waits on it before React loads.

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
