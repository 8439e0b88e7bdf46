import { describe, expect, it } from 'vitest';
import { bootChunkGroup, staticClosure } from '../../scripts/vite/boot-chunk';

// main.tsx → after-paint (static), boot (dynamic); boot → App → store, after-paint; App → (dynamic) MapView → store.
const graph: Record<string, string[]> = {
  '/app/src/shell/main.tsx': ['/app/src/kernel/lib/after-paint.ts'],
  '/app/src/kernel/lib/after-paint.ts': [],
  '/app/src/shell/boot.tsx': ['/app/src/shell/App.tsx', '/app/src/kernel/lib/after-paint.ts'],
  '/app/src/shell/App.tsx': ['/app/src/kernel/store/store.ts'],
  '/app/src/kernel/store/store.ts': [],
  '/app/src/views/map/MapView.tsx': ['/app/src/kernel/store/store.ts', '/app/src/views/map/draw.ts'],
  '/app/src/views/map/draw.ts': [],
};
const getModuleInfo = (id: string) => (id in graph ? { importedIds: graph[id]! } : null);

describe('boot chunk group', () => {
  it('follows static imports only, minus the excluded ids', () => {
    expect([...staticClosure(getModuleInfo, '/app/src/shell/boot.tsx')].sort()).toEqual(['/app/src/kernel/lib/after-paint.ts', '/app/src/kernel/store/store.ts', '/app/src/shell/App.tsx', '/app/src/shell/boot.tsx']);
    expect([...staticClosure(getModuleInfo, '/app/src/shell/boot.tsx', new Set(['/app/src/shell/App.tsx']))].sort()).toEqual(['/app/src/kernel/lib/after-paint.ts', '/app/src/shell/boot.tsx']);
  });

  it("names boot's closure 'boot', without the entry's own modules or a lazy view's", () => {
    const group = bootChunkGroup('/app', 'src/shell/main.tsx', 'src/shell/boot.tsx');
    const name = (id: string) => group.name(id, { getModuleInfo });
    expect(name('/app/src/shell/boot.tsx')).toBe('boot');
    expect(name('/app/src/shell/App.tsx')).toBe('boot');
    // Shared with a lazy view: still boot's (loaded before any view).
    expect(name('/app/src/kernel/store/store.ts')).toBe('boot');
    // The entry loads it before the first paint: it stays in the entry's chunk.
    expect(name('/app/src/kernel/lib/after-paint.ts')).toBeNull();
    expect(name('/app/src/shell/main.tsx')).toBeNull();
    expect(name('/app/src/views/map/MapView.tsx')).toBeNull();
    expect(name('/app/src/views/map/draw.ts')).toBeNull();
    // The entry's own modules must stay in its chunk even when boot imports them.
    expect(group.includeDependenciesRecursively).toBe(false);
  });
});
