// Speculative work (getting code warm for a switch the user may make) waits until the user shows
// they are using the page — the first pointer move, press, key, wheel or touch — instead of running
// in the first idle moments after load. A reader who only looks never pays for it, and it stays
// out of the page's load (Lighthouse counted the heatmap's idle warm-up slices as blocking time).
// The pointer travelling to a control gives the work a head start before the click. Returns a cancel.
const EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

export function whenEngaged(fn: () => void, target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window): () => void {
  if (!target) return () => {};
  let done = false;
  const off = () => {
    for (const e of EVENTS) target.removeEventListener(e, on, true);
  };
  const on = () => {
    if (done) return;
    done = true;
    off();
    fn();
  };
  for (const e of EVENTS) target.addEventListener(e, on, { capture: true, passive: true });
  return () => {
    done = true;
    off();
  };
}
