// Pure URL ↔ state helpers. The URL is the source of truth for every view's state (shareable
// links, back/forward); the store mirrors it.
export type Params = Record<string, string>;

export interface UrlState {
  path: string;
  params: Params;
}

/** Parse "/doc/x?task=a&at=1-2" (or a pathname + search pair) into path and params. */
export function parseUrl(pathname: string, search = ''): UrlState {
  let path = pathname;
  let query = search;
  const q = pathname.indexOf('?');
  if (q >= 0) {
    path = pathname.slice(0, q);
    query = pathname.slice(q);
  }
  const params: Params = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  return { path: normalisePath(path), params };
}

/** One spelling per route: leading slash, no trailing slash (except "/"), no double slashes. */
export function normalisePath(path: string): string {
  const p = ('/' + path).replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/$/, '') : p;
}

/** Keys are written sorted so that the same state always gives the same link. */
export function buildUrl(path: string, params: Params): string {
  const keys = Object.keys(params).filter((k) => params[k] !== '').sort();
  if (keys.length === 0) return path;
  const sp = new URLSearchParams();
  for (const k of keys) sp.set(k, params[k]);
  return `${path}?${sp.toString()}`;
}

export function withParam(params: Params, key: string, value: string | null): Params {
  const next = { ...params };
  if (value === null || value === '') delete next[key];
  else next[key] = value;
  return next;
}
