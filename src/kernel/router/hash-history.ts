// Routing in the packed file: from file:// the path is the file's own path, and pushState to
// /map/… would point at a file that does not exist (a reload would fail). The route lives in the
// hash instead: …/policy-atlas.html#/map/140000?region=140400. The store keeps working on
// path + query; only this adapter knows where they are kept.
import type { HistoryEnv } from '../store/location-slice';

export function hashHistoryEnv(win: Window): HistoryEnv {
  // An in-page anchor (#main from the skip link) is not a route: keep the last route.
  let last = { pathname: '/', search: '' };
  const read = () => {
    const hash = win.location.hash.replace(/^#/, '');
    if (hash === '' || hash.startsWith('/')) {
      const path = hash || '/';
      const q = path.indexOf('?');
      last = q < 0 ? { pathname: path, search: '' } : { pathname: path.slice(0, q), search: path.slice(q) };
    }
    return last;
  };
  return {
    get location() {
      return read();
    },
    history: {
      pushState: (data, unused, url) => win.history.pushState(data, unused, `#${url}`),
      replaceState: (data, unused, url) => win.history.replaceState(data, unused, `#${url}`),
    },
    addEventListener: (type, fn) => win.addEventListener(type, fn),
  };
}

/** Link hrefs in the packed file: '/map/140000' → '#/map/140000' (open in a new tab works too). */
export const hashHref = (href: string): string => (href.startsWith('/') ? `#${href}` : href);
