// The browser tab (and a projector's window title, and a bookmark) names the view: each view's
// first <h1>, then the product name. Read from the page rather than set in seven views, so a view
// cannot forget it; updated when the heading changes (e.g. a document's title arrives).
import { useEffect, type RefObject } from 'react';
import { t } from './i18n/strings';

export function titleFor(heading: string | null | undefined): string {
  const h = heading?.replace(/\s+/g, ' ').trim();
  return h && h !== t.app.title ? `${h} · ${t.app.title}` : t.app.title;
}

export function useDocumentTitle(main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = main.current;
    if (!el) return;
    const update = () => {
      const next = titleFor(el.querySelector('h1')?.textContent);
      if (document.title !== next) document.title = next;
    };
    update();
    const mo = new MutationObserver(update);
    mo.observe(el, { subtree: true, childList: true, characterData: true });
    return () => mo.disconnect();
  }, [main]);
}
