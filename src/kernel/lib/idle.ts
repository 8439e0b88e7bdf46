// Work that can wait for the browser to be idle (the paint is out, no input pending). One helper for
// every view that defers work: returns a cancel function.
type Idle = (cb: () => void, opts?: { timeout: number }) => number;

/**
 * Run fn when the browser is idle; with `timeout`, at the latest after that many ms. Without
 * requestIdleCallback (Safari) a `fallbackMs` timeout after the paint is the nearest stand-in.
 */
export function whenIdle(fn: () => void, opts: { timeout?: number; fallbackMs?: number } = {}): () => void {
  const w = globalThis as unknown as { requestIdleCallback?: Idle; cancelIdleCallback?: (id: number) => void };
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const id = w.requestIdleCallback(fn, opts.timeout === undefined ? undefined : { timeout: opts.timeout });
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, opts.fallbackMs ?? 50);
  return () => clearTimeout(id);
}
