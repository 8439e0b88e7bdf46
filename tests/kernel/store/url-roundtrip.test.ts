// Store ↔ URL: every state change writes the URL; every URL (load, back/forward) restores the state.
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../../src/kernel/store/store';
import type { HistoryEnv } from '../../../src/kernel/store/location-slice';
import { buildUrl, parseUrl } from '../../../src/kernel/store/url';

/** A minimal browser history: a stack of URLs with back/forward firing popstate. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners: (() => void)[] = [];
  const location = { pathname: '', search: '' };
  const sync = () => {
    const u = new URL(entries[index], 'http://x');
    location.pathname = u.pathname;
    location.search = u.search;
  };
  sync();
  const env: HistoryEnv = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, entries.length, url);
        index++;
        sync();
      },
      replaceState: (_d, _u, url) => {
        entries[index] = url;
        sync();
      },
    },
    addEventListener: (_t, fn) => listeners.push(fn),
  };
  const go = (delta: number) => {
    index += delta;
    sync();
    listeners.forEach((fn) => fn());
  };
  return { env, entries, current: () => entries[index], back: () => go(-1), forward: () => go(1) };
}

describe('URL helpers', () => {
  it('parse and build are inverse for normalised URLs (keys sorted)', () => {
    const url = '/doc/003_52b583d5c9b6873f?raw=1&task=003-t-4-1-3';
    const { path, params } = parseUrl(url);
    expect(path).toBe('/doc/003_52b583d5c9b6873f');
    expect(params).toEqual({ task: '003-t-4-1-3', raw: '1' });
    expect(buildUrl(path, params)).toBe(url);
  });
  it('normalises trailing and double slashes', () => {
    expect(parseUrl('//map//140000/').path).toBe('/map/140000');
    expect(parseUrl('/').path).toBe('/');
  });
  it('round-trips Chinese values', () => {
    const url = buildUrl('/indicators', { q: '城镇化率', category: '经济' });
    expect(parseUrl(url).params).toEqual({ q: '城镇化率', category: '经济' });
  });
});

describe('store ↔ history', () => {
  it('reads the initial URL', () => {
    const w = fakeWindow('/doc/a?task=t1');
    const s = createAtlasStore(w.env).getState();
    expect(s.path).toBe('/doc/a');
    expect(s.params).toEqual({ task: 't1' });
  });

  it('writes params and paths to the URL and restores them on back/forward', () => {
    const w = fakeWindow('/');
    const store = createAtlasStore(w.env);
    store.getState().navigate('/doc/a');
    store.getState().setParam('task', 't1');
    expect(w.current()).toBe('/doc/a?task=t1');
    store.getState().setParams({ raw: '1', task: null });
    expect(w.current()).toBe('/doc/a?raw=1');
    w.back();
    expect(store.getState().params).toEqual({ task: 't1' });
    w.back();
    expect(store.getState().path).toBe('/doc/a');
    expect(store.getState().params).toEqual({});
    w.forward();
    w.forward();
    expect(store.getState().params).toEqual({ raw: '1' });
  });

  it('replace does not add a history entry; an unchanged URL is not pushed again', () => {
    const w = fakeWindow('/indicators');
    const store = createAtlasStore(w.env);
    store.getState().setParam('q', '城', { replace: true });
    store.getState().setParam('q', '城镇', { replace: true });
    store.getState().setParam('q', '城镇');
    expect(w.entries).toEqual(['/indicators?q=%E5%9F%8E%E9%95%87']);
    expect(store.getState().params.q).toBe('城镇');
  });
});
