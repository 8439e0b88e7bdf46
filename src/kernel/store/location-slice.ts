// Route/selection slice: the current path and query params, written to and read from the
// browser history. Selections (?task=, ?at=, filters) are params, so they survive reload and share.
import type { StateCreator } from 'zustand';
import { buildUrl, parseUrl, withParam, type Params } from './url';

export interface HistoryEnv {
  location: { pathname: string; search: string };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', fn: () => void): void;
}

export interface NavigateOptions {
  /** Replace the current history entry (e.g. while typing a filter) instead of adding one. */
  replace?: boolean;
}

export interface LocationSlice {
  path: string;
  params: Params;
  navigate: (to: string, opts?: NavigateOptions) => void;
  setParam: (key: string, value: string | null, opts?: NavigateOptions) => void;
  setParams: (patch: Record<string, string | null>, opts?: NavigateOptions) => void;
  /** Re-read the browser location (popstate: back/forward). */
  syncFromLocation: () => void;
}

export const createLocationSlice =
  (env: HistoryEnv): StateCreator<LocationSlice, [], [], LocationSlice> =>
  (set, get) => {
    const write = (path: string, params: Params, opts?: NavigateOptions) => {
      const url = buildUrl(path, params);
      const current = buildUrl(get().path, get().params);
      if (url === current) return;
      if (opts?.replace) env.history.replaceState(null, '', url);
      else env.history.pushState(null, '', url);
      set({ path, params });
    };
    return {
      ...parseUrl(env.location.pathname, env.location.search),
      navigate: (to, opts) => {
        const next = parseUrl(to);
        write(next.path, next.params, opts);
      },
      setParam: (key, value, opts) => write(get().path, withParam(get().params, key, value), opts),
      setParams: (patch, opts) => {
        let params = get().params;
        for (const [k, v] of Object.entries(patch)) params = withParam(params, k, v);
        write(get().path, params, opts);
      },
      syncFromLocation: () => set(parseUrl(env.location.pathname, env.location.search)),
    };
  };
