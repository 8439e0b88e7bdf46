// One store from small slices (zustand docs pattern). Created from a history environment so
// unit tests can drive it with a fake window; the app binds it to the real window.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createLocationSlice, type HistoryEnv, type LocationSlice } from './location-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { hashHistoryEnv } from '../router/hash-history';

export type AtlasState = LocationSlice & UiSlice;

export function createAtlasStore(env: HistoryEnv): StoreApi<AtlasState> {
  const store = createStore<AtlasState>()((...a) => ({
    ...createLocationSlice(env)(...a),
    ...createUiSlice(...a),
  }));
  env.addEventListener('popstate', () => store.getState().syncFromLocation());
  return store;
}

let appStore: StoreApi<AtlasState> | null = null;

/** The app's store, bound to the browser window on first use. */
export function getAppStore(): StoreApi<AtlasState> {
  // The packed single file (npm run pack) keeps the route in the hash: it is opened from file://.
  appStore ??= createAtlasStore(import.meta.env.MODE === 'pack' ? hashHistoryEnv(window) : window);
  return appStore;
}
