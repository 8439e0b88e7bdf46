// The live theme: the reader's choice, the system's colour scheme and forced-colors mode, resolved
// to a theme name — data-theme on <html>, which the CSS tokens in shell/themes.css key on. Charts
// take the matching chart tokens through useChartTokens() (chart-tokens.ts, loaded with the first
// chart) and re-render when any of these changes. Printing uses the light theme (paper is white).
import { useSyncExternalStore } from 'react';
import { pickTheme, resolveTheme, themeParam, THEME_STORAGE_KEY, type ThemeChoice, type ThemeName } from './choice';

export interface ThemeState {
  choice: ThemeChoice;
  /** What the page shows (data-theme). */
  name: ThemeName;
  /** forced-colors: active (the system's high-contrast colours). */
  forced: boolean;
  /** Between beforeprint and afterprint. */
  printing: boolean;
}

const hasWindow = typeof window !== 'undefined' && typeof document !== 'undefined';
const media = (q: string): MediaQueryList | null => (hasWindow && typeof matchMedia === 'function' ? matchMedia(q) : null);
const darkQuery = media('(prefers-color-scheme: dark)');
const forcedQuery = media('(forced-colors: active)');

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(THEME_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled: the URL alone carries the choice
  }
}

function store(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    /* storage disabled */
  }
}

const linked = hasWindow ? themeParam(location.search, location.hash) : null;
let choice: ThemeChoice = hasWindow ? pickTheme(linked, readStored()) : 'auto';
// A shared link's theme is remembered, as the language is.
if (choice !== 'auto' && linked === choice) store(choice);
let printing = false;
let state: ThemeState = compute();
const listeners = new Set<() => void>();

function compute(): ThemeState {
  return { choice, name: resolveTheme(choice, darkQuery?.matches ?? false), forced: forcedQuery?.matches ?? false, printing };
}

function update(): void {
  const next = compute();
  if (next.choice === state.choice && next.name === state.name && next.forced === state.forced && next.printing === state.printing) return;
  state = next;
  apply();
  for (const l of listeners) l();
}

function apply(): void {
  if (!hasWindow) return;
  document.documentElement.dataset.theme = state.name;
  document.documentElement.dataset.themeChoice = state.choice;
}

if (hasWindow) {
  apply();
  darkQuery?.addEventListener('change', update);
  forcedQuery?.addEventListener('change', update);
  addEventListener('beforeprint', () => {
    printing = true;
    update();
  });
  addEventListener('afterprint', () => {
    printing = false;
    update();
  });
}

export function getThemeState(): ThemeState {
  return state;
}

export function setThemeChoice(next: ThemeChoice): void {
  if (next === choice) return;
  choice = next;
  store(next);
  update();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useThemeState(): ThemeState {
  return useSyncExternalStore(subscribe, getThemeState, getThemeState);
}
