import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootPreload, preloadScript, routePreloads, type BundleChunk } from '../../scripts/vite/route-preload';

const chunk = (fileName: string, x: Partial<BundleChunk> = {}): BundleChunk => ({ type: 'chunk', fileName, imports: [], ...x });
const bundle: Record<string, BundleChunk> = {
  'assets/index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/index.html', imports: ['assets/react.js'] }),
  'assets/react.js': chunk('assets/react.js'),
  'assets/MapView.js': chunk('assets/MapView.js', {
    facadeModuleId: '/app/src/views/map/MapView.tsx',
    imports: ['assets/echarts.js', 'assets/react.js'],
    viteMetadata: { importedCss: new Set(['assets/MapView.css']) },
  }),
  'assets/echarts.js': chunk('assets/echarts.js', { imports: ['assets/zrender.js'] }),
  'assets/zrender.js': chunk('assets/zrender.js'),
  'assets/style.css': { type: 'asset', fileName: 'assets/style.css' },
};

describe('route preload', () => {
  it("lists a view's chunk and its static imports, minus what the entry already loads, and their styles", () => {
    expect(routePreloads(bundle, [{ prefix: '/map/', module: 'src/views/map/MapView.tsx' }])).toEqual([
      { prefix: '/map/', js: ['assets/MapView.js', 'assets/echarts.js', 'assets/zrender.js'], css: ['assets/MapView.css'] },
    ]);
  });

  it('fails the build when a route names a view that has no chunk', () => {
    expect(() => routePreloads(bundle, [{ prefix: '/x/', module: 'src/views/x/XView.tsx' }])).toThrow(/no chunk for src\/views\/x\/XView.tsx/);
  });

  it('the inline script adds the links of the route the page is on, and nothing elsewhere', () => {
    const entries = routePreloads(bundle, [{ prefix: '/map/', module: 'src/views/map/MapView.tsx' }]);
    const run = (pathname: string) => {
      const links: Record<string, string>[] = [];
      const document = { createElement: () => ({}), head: { appendChild: (l: Record<string, string>) => links.push(l) } };
      runInNewContext(preloadScript(entries, '/'), { document, location: { pathname } });
      return links.map((l) => `${l.rel} ${l.as ?? ''} ${l.href}`.replace(/\s+/g, ' '));
    };
    expect(run('/map/140000')).toEqual(['modulepreload /assets/MapView.js', 'modulepreload /assets/echarts.js', 'modulepreload /assets/zrender.js', 'preload style /assets/MapView.css']);
    expect(run('/')).toEqual([]);
    expect(run('/doc/001')).toEqual([]);
  });

  it('the boot chunk (imported after the first paint) is preloaded on every page, and a route lists only what comes on top of it', () => {
    const withBoot: Record<string, BundleChunk> = {
      ...bundle,
      'assets/index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/index.html', imports: [] }),
      'assets/boot.js': chunk('assets/boot.js', { facadeModuleId: '/app/src/shell/boot.tsx', imports: ['assets/react.js'], viteMetadata: { importedCss: new Set(['assets/boot.css']) } }),
    };
    expect(bootPreload(withBoot, 'src/shell/boot.tsx')).toEqual({ js: ['assets/boot.js', 'assets/react.js'], css: ['assets/boot.css'] });
    // React comes with the boot chunk: the map route does not list it again.
    expect(routePreloads(withBoot, [{ prefix: '/map/', module: 'src/views/map/MapView.tsx' }], 'src/shell/boot.tsx')[0]!.js).toEqual(['assets/MapView.js', 'assets/echarts.js', 'assets/zrender.js']);
    expect(routePreloads(withBoot, [{ prefix: '/map/', module: 'src/views/map/MapView.tsx' }])[0]!.js).toContain('assets/react.js');
    expect(() => bootPreload(withBoot, 'src/shell/gone.tsx')).toThrow(/no chunk for src\/shell\/gone.tsx/);
  });

  it('finds a module captured by a codeSplitting group (no facade) in the chunk that holds it', () => {
    const grouped: Record<string, BundleChunk> = {
      ...bundle,
      'assets/index.js': chunk('assets/index.js', { isEntry: true, facadeModuleId: '/app/index.html', imports: [] }),
      'assets/boot.js': chunk('assets/boot.js', { facadeModuleId: null, moduleIds: ['/app/src/shell/App.tsx', '/app/src/shell/boot.tsx'], imports: ['assets/react.js'] }),
    };
    expect(bootPreload(grouped, 'src/shell/boot.tsx').js).toEqual(['assets/boot.js', 'assets/react.js']);
  });

  it('preloaded chunks ask for low priority: they must not hold back the first paint', () => {
    const entries = routePreloads(bundle, [{ prefix: '/map/', module: 'src/views/map/MapView.tsx' }]);
    const links: Record<string, string>[] = [];
    const document = { createElement: () => ({}), head: { appendChild: (l: Record<string, string>) => links.push(l) } };
    runInNewContext(preloadScript(entries, '/'), { document, location: { pathname: '/map/1' } });
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.fetchPriority === 'low')).toBe(true);
  });
});
