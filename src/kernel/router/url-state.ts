// Hooks over the store's URL state, for every view: read/write one query param, navigate,
// read route params. Route matching itself is wouter's (see src/shell/routes.tsx).
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { useParams } from 'wouter';
import { getAppStore, type AtlasState } from '../store/store';
import type { NavigateOptions } from '../store/location-slice';

export function useAtlasStore<T>(selector: (s: AtlasState) => T): T {
  return useStore(getAppStore(), selector);
}

/** [value, setValue] for one query param; null removes it. Pushes a history entry unless replace. */
export function useUrlParam(key: string): [string | null, (v: string | null, opts?: NavigateOptions) => void] {
  const value = useAtlasStore((s) => s.params[key] ?? null);
  const setParam = useAtlasStore((s) => s.setParam);
  const set = useCallback((v: string | null, opts?: NavigateOptions) => setParam(key, v, opts), [key, setParam]);
  return [value, set];
}

export function useNavigate(): (to: string, opts?: NavigateOptions) => void {
  return useAtlasStore((s) => s.navigate);
}

/** Route params of the matched route, e.g. { docId } for /doc/:docId. */
export function useRouteParams<T extends Record<string, string | undefined>>(): T {
  return useParams() as T;
}

/** wouter location hook backed by the store, so the router and the store never disagree. */
export function useStoreLocation(): [string, (to: string, opts?: NavigateOptions) => void] {
  const path = useAtlasStore((s) => s.path);
  const navigate = useAtlasStore((s) => s.navigate);
  return [path, navigate];
}

export function useStoreSearch(): string {
  const params = useAtlasStore((s) => s.params);
  return new URLSearchParams(params).toString();
}
