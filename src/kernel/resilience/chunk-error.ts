// A lazy view's code is a separate file (chunk). An open tab that outlives a redeploy asks for the
// old chunk names, which no longer exist; offline, no chunk loads at all. Browsers word the failed
// import() differently, so it is recognised by message. Vite's own preload helper throws
// "Unable to preload CSS for …" when the view's stylesheet is the missing part.
const CHUNK_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite
  /Loading (CSS )?chunk [\w-]+ failed/i,
];

export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return CHUNK_MESSAGES.some((re) => re.test(error.message));
}

/** The bit of sessionStorage the reload guard needs (unit tests pass a Map-backed fake). */
export interface GuardStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'atlas:chunk-reload';
/** A second failure this soon after the automatic reload is not a stale tab: show the message. */
const GUARD_MS = 60_000;

/**
 * A stale chunk after a redeploy is fixed by one reload (the new index.html names the new chunks).
 * Reload at most once per minute per tab, and never offline: a reload without network (and without
 * a service worker) would replace the shell and its message with the browser's own error page.
 */
export function claimAutoReload(storage: GuardStorage | null, online: boolean, now: number): boolean {
  if (!storage || !online) return false;
  let last: number;
  try {
    last = Number(storage.getItem(KEY));
  } catch {
    return false;
  }
  if (Number.isFinite(last) && last > 0 && now - last < GUARD_MS) return false;
  try {
    storage.setItem(KEY, String(now));
  } catch {
    return false; // storage refused (private mode quota): never risk a loop
  }
  return true;
}

export function sessionStorageOrNull(): GuardStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // access throws when storage is disabled
  }
}
