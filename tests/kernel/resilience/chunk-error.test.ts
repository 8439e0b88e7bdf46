import { describe, expect, it } from 'vitest';
import { claimAutoReload, isChunkLoadError, type GuardStorage } from '../../../src/kernel/resilience/chunk-error';

function memoryStorage(): GuardStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('isChunkLoadError', () => {
  it('recognises each browser wording of a failed import() and Vite’s CSS preload', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/MapView-1.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/MapView-1.css'))).toBe(true);
  });
  it('leaves render errors alone', () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('claimAutoReload', () => {
  it('reloads once, then not again within a minute (no reload loop)', () => {
    const s = memoryStorage();
    expect(claimAutoReload(s, true, 1_000_000)).toBe(true);
    expect(claimAutoReload(s, true, 1_000_500)).toBe(false);
    expect(claimAutoReload(s, true, 1_059_999)).toBe(false);
    // A later redeploy, long after: one more reload is allowed.
    expect(claimAutoReload(s, true, 1_060_001)).toBe(true);
  });
  it('never reloads offline or without storage (the guard could not hold)', () => {
    expect(claimAutoReload(memoryStorage(), false, 1)).toBe(false);
    expect(claimAutoReload(null, true, 1)).toBe(false);
    const refusing: GuardStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(claimAutoReload(refusing, true, 1)).toBe(false);
  });
});
