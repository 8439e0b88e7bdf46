// The browser tab (and a projector's window title, and a bookmark) names the view: each view's
// first <h1>, then the product name. Read from the page rather than set in seven views, so a view
// cannot forget it. Checked after each navigation and for a few seconds while the view's data
// arrives (a MutationObserver on the whole page cost the reader ~25 ms of script per navigation:
// one record per inserted node).
import { useEffect, type RefObject } from 'react';
import { t } from '../kernel/i18n/strings';

export function titleFor(heading: string | null | undefined): string {
  const h = heading?.replace(/\s+/g, ' ').trim();
  return h && h !== t.app.title ? `${h} · ${t.app.title}` : t.app.title;
}

const CHECKS_MS = [0, 150, 400, 1000, 2500];

export function useDocumentTitle(main: RefObject<HTMLElement | null>, location: string): void {
  useEffect(() => {
    const update = () => {
      const next = titleFor(main.current?.querySelector('h1')?.textContent);
      if (document.title !== next) document.title = next;
    };
    const timers = CHECKS_MS.map((ms) => setTimeout(update, ms));
    return () => timers.forEach(clearTimeout);
  }, [main, location]);
}
