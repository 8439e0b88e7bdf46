// The live theme: the reader's choice, the system's colour scheme and forced-colors mode, resolved
// to a theme name (data-theme on <html>, which the CSS tokens in shell/themes.css key on) and to
// the chart tokens every option builder takes. Charts subscribe with useChartTokens() and
// re-render when any of the three changes. Printing always uses the light theme (paper is white).
import { useSyncExternalStore } from 'react';
import { pickTheme, resolveTheme, themeParam, THEME_STORAGE_KEY, type ThemeChoice } from './choice';
import { forcedTokens, THEME_TOKENS, type ChartTokens, type ThemeName } from './tokens';
import { readSystemColours } from './system-colours';

export interface ThemeState {
  choice: ThemeChoice;
  /** What the page shows (data-theme). */
  name: ThemeName;
  forced: boolean;
  /** Chart tokens: the theme's, or the system colours' in forced-colors mode, or light while printing. */
  tokens: ChartTokens;
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

let choice: ThemeChoice = hasWindow ? pickTheme(themeParam(location.search, location.hash), readStored()) : 'auto';
if (hasWindow && choice !== 'auto' && themeParam(location.search, location.hash) === choice) store(choice);
let printing = false;
let state: ThemeState = compute();
const listeners = new Set<() => void>();

function compute(): ThemeState {
  const name = resolveTheme(choice, darkQuery?.matches ?? false);
  const forced = forcedQuery?.matches ?? false;
  const tokens = printing ? THEME_TOKENS.light : forced && hasWindow ? forcedTokens(readSystemColours()) : THEME_TOKENS[name];
  return { choice, name, forced, tokens };
}

function apply(): void {
  if (!hasWindow) return;
  const root = document.documentElement;
  root.dataset.theme = state.name;
  root.dataset.themeChoice = state.choice;
}

function update(): void {
  const next = compute();
  const same = next.choice === state.choice && next.name === state.name && next.forced === state.forced && next.tokens === state.tokens;
  // forcedTokens builds a new object each time: compare what it was built from.
  if (same || (next.forced && state.forced && next.choice === state.choice && next.name === state.name && JSON.stringify(next.tokens) === JSON.stringify(state.tokens))) return;
  state = next;
  apply();
  for (const l of listeners) l();
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

/** The chart tokens to hand an option builder (and to list in its useMemo dependencies). */
export function useChartTokens(): ChartTokens {
  return useThemeState().tokens;
}
