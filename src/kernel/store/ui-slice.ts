// UI slice: component-spanning, non-shareable state (a dismissible notice, the search panel).
// Anything a link should restore belongs in the URL instead.
import type { StateCreator } from 'zustand';

export interface UiSlice {
  /** A notice such as "unknown route, showing the overview", shown only while on `path`. */
  notice: { path: string; text: string } | null;
  setNotice: (notice: { path: string; text: string } | null) => void;
  searchOpen: boolean;
  setSearchOpen: (open: boolean) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  notice: null,
  setNotice: (notice) => set({ notice }),
  searchOpen: false,
  setSearchOpen: (searchOpen) => set({ searchOpen }),
});
