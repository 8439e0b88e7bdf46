// Which theme the page shows. The reader chooses 浅色 / 深色 / 投影 or leaves it on 自动 (follow the
// system's light/dark setting). A link's ?theme= wins (a shared projector link opens in the
// projector theme) and is remembered, like ?lang=; then the last choice (localStorage); then 自动.
// index.html runs the same rules in a few lines of inline script before any CSS or JS, so the
// first paint already has the right theme (no flash of light on a dark screen).
// This module and theme-store.ts are in the first view's code: no chart tokens here (tokens.ts is
// loaded with the first chart).

export type ThemeName = 'light' | 'dark' | 'projector';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

export type ThemeChoice = 'auto' | ThemeName;
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', ...THEME_NAMES];
export const THEME_PARAM = 'theme';
export const THEME_STORAGE_KEY = 'atlas.theme';

export const isThemeName = (v: unknown): v is ThemeName => typeof v === 'string' && (THEME_NAMES as readonly string[]).includes(v);

/** Pure: the choice from a URL parameter value and a stored value (either may be missing or junk). */
export function pickTheme(fromUrl: string | null, stored: string | null): ThemeChoice {
  if (isThemeName(fromUrl)) return fromUrl;
  return isThemeName(stored) ? stored : 'auto';
}

/** Pure: the theme a choice shows, given the system's colour scheme. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ThemeName {
  return choice === 'auto' ? (prefersDark ? 'dark' : 'light') : choice;
}

/** The ?theme= value of a location (the packed file keeps its query inside the hash: #/map/x?theme=dark). */
export function themeParam(search: string, hash = ''): string | null {
  const q = new URLSearchParams(search).get(THEME_PARAM);
  if (q !== null) return q;
  const i = hash.indexOf('?');
  return i >= 0 ? new URLSearchParams(hash.slice(i)).get(THEME_PARAM) : null;
}
