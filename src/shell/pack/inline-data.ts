// The packed single file (npm run pack) carries the corpus inside it; opened from file://, a fetch
// of data/… or geo/… could not reach anything. Answer those fetches from the inlined text — the
// loaders still parse and validate each file as usual — and pass every other request through.
// In a normal build the virtual module is null and nothing is installed.
import inlined from 'virtual:atlas-inline-data';

export function installInlineData(): void {
  if (!inlined) return;
  const files = inlined;
  const root = new URL('./', document.baseURI).href;
  const networkFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, document.baseURI);
    const href = url.href.split(/[?#]/)[0];
    if (href.startsWith(root)) {
      const rel = decodeURIComponent(href.slice(root.length));
      const body = files[rel];
      if (body !== undefined) return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
      // A file the corpus does not have (progress.json is optional): the same answer a server gives.
      if (rel.startsWith('data/') || rel.startsWith('geo/')) return Promise.resolve(new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
    }
    return networkFetch(input, init);
  };
}
