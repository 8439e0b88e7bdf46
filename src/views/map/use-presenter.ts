// Presenter mode for the map (?present=1, the 演示 button, or the P key): fullscreen where the
// browser allows it (the Fullscreen API needs a user's click or key, so a shared ?present=1 link
// opens without it and offers 全屏), no header or toolbar, type sized for the back of the room,
// and ←/→ stepping through the regions in the region list's order — each step selects the region,
// so its tasks and targets show in the panel, and the URL (?region=) says where the talk is.
// Esc, or leaving fullscreen, ends it.
import { useCallback, useEffect } from 'react';
import { useUrlParam } from '../../kernel/router/url-state';

/** The region after (step 1) or before (step -1) `current` in `order`, wrapping round; the first or last when none is selected. */
export function stepRegion(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[(i + step + order.length) % order.length];
}

const CLASS = 'presenting';

export function usePresenter(regionOrder: readonly string[], selected: string | null, select: (key: string | null) => void) {
  const [param, setParam] = useUrlParam('present');
  const presenting = param === '1';

  const start = useCallback(() => {
    setParam('1');
    // Called from a click or key press: the browser lets the page go fullscreen.
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
  }, [setParam]);
  const stop = useCallback(() => {
    setParam(null);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, [setParam]);
  const fullscreen = useCallback(() => {
    document.documentElement.requestFullscreen?.().catch(() => {});
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle(CLASS, presenting);
    return () => document.documentElement.classList.remove(CLASS);
  }, [presenting]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest('input, select, textarea, [contenteditable]')) return;
      if (!presenting) {
        if (e.key === 'p' || e.key === 'P') start();
        return;
      }
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        select(stepRegion(regionOrder, selected, e.key === 'ArrowRight' ? 1 : -1));
      } else if (e.key === 'Escape') {
        stop();
      }
    };
    // In fullscreen the browser takes Esc for itself (no keydown reaches the page): leaving
    // fullscreen ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && presenting) setParam(null);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, regionOrder, selected, select, start, stop, setParam]);

  return { presenting, start, stop, fullscreen };
}
