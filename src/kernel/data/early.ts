// Responses index.html's inline script started before the app's script ran. A cold /doc/ link
// would otherwise wait for the bundle to download, compile and boot (~250 ms on this machine)
// before asking for the manifest and then the document; the inline script asks at once.
// Each response is handed out once: its body can be read only once, and a retry must refetch.
type Early = Record<string, Promise<Response> | undefined>;

declare global {
  interface Window {
    __atlasEarly?: Early;
  }
}

/** The early response for `file` (a path in the data folder), or null; forgotten once taken. */
export function takeEarly(file: string): Promise<Response> | null {
  const early = typeof window === 'undefined' ? undefined : window.__atlasEarly;
  const res = early?.[file];
  if (!res) return null;
  delete early[file];
  return res;
}
