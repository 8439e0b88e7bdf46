// The packed file's routing: the store's path and query live in the hash (#/map/140000?region=…).
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../../src/kernel/store/store';
import { hashHistoryEnv, hashHref } from '../../../src/kernel/router/hash-history';

/** Just enough of a window: a location with a hash, a history that records URLs, popstate. */
function fakeWindow(hash: string) {
  const listeners: (() => void)[] = [];
  const win = {
    location: { hash, pathname: '/media/usb/policy-atlas.html', search: '' },
    pushed: [] as string[],
    history: {
      pushState(_d: unknown, _u: string, url: string) {
        win.pushed.push(url);
        win.location.hash = url.replace(/^[^#]*/, '');
      },
      replaceState(_d: unknown, _u: string, url: string) {
        win.pushed.push(`replace:${url}`);
        win.location.hash = url.replace(/^[^#]*/, '');
      },
    },
    addEventListener: (_t: string, fn: () => void) => listeners.push(fn),
    /** The user edits the hash, or goes back: the browser changes it and fires popstate. */
    go(next: string) {
      win.location.hash = next;
      listeners.forEach((l) => l());
    },
  };
  return win;
}

describe('hash history', () => {
  it('reads path and query from the hash; no hash is the overview', () => {
    expect(hashHistoryEnv(fakeWindow('#/map/140000?region=140400') as unknown as Window).location).toEqual({ pathname: '/map/140000', search: '?region=140400' });
    expect(hashHistoryEnv(fakeWindow('') as unknown as Window).location).toEqual({ pathname: '/', search: '' });
  });

  it('the store writes routes into the hash and follows Back (popstate)', () => {
    const win = fakeWindow('#/indicators?year=2025');
    const store = createAtlasStore(hashHistoryEnv(win as unknown as Window));
    expect(store.getState().path).toBe('/indicators');
    expect(store.getState().params).toEqual({ year: '2025' });
    store.getState().navigate('/map/140000');
    expect(win.pushed).toEqual(['#/map/140000']);
    store.getState().setParam('region', '140400', { replace: true });
    expect(win.pushed[1]).toBe('replace:#/map/140000?region=140400');
    win.go('#/indicators?year=2025');
    expect(store.getState().path).toBe('/indicators');
  });

  it('an in-page anchor (#main of the skip link) is not a route: the last route stays', () => {
    const win = fakeWindow('#/heatmap/001');
    const store = createAtlasStore(hashHistoryEnv(win as unknown as Window));
    win.go('#main');
    expect(store.getState().path).toBe('/heatmap/001');
  });

  it('link hrefs get the hash; other hrefs are left alone', () => {
    expect(hashHref('/map/140000?values=1')).toBe('#/map/140000?values=1');
    expect(hashHref('#doc-001')).toBe('#doc-001');
    expect(hashHref('https://example.org/')).toBe('https://example.org/');
  });
});
