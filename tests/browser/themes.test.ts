// Themes (issue 14.4): the 主题 switch (kept in the URL and localStorage, across reloads and pages),
// the theme on <html> before any app script runs, dark following prefers-color-scheme, forced
// colors changing the charts' palette. Charts are checked by their pixels: the map canvas is read
// back and its region fills compared with each theme's palette. Screenshots of every theme go to
// test-artifacts/themes-*.png.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES, liveMap } from './harness';
import { testManifest } from './data';
import { DARK, LIGHT, PROJECTOR } from '../../src/kernel/theme/tokens';

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
const param = (page: Page) => new URL(page.url()).searchParams.get('theme');

/** Pixels of the map canvas per exact colour (#rrggbb). */
async function mapPixels(page: Page): Promise<Map<string, number>> {
  const counts = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas canvas');
    if (!canvas) return {};
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const out: Record<string, number> = {};
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 250) continue;
      const hex = '#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
      out[hex] = (out[hex] ?? 0) + 1;
    }
    return out;
  });
  return new Map(Object.entries(counts));
}

/** How many of the palette's colours fill a real area of the map (≥ 200 px: not an anti-aliased edge). */
async function paletteShown(page: Page, palette: readonly string[]): Promise<number> {
  const px = await mapPixels(page);
  return palette.filter((c) => (px.get(c) ?? 0) >= 200).length;
}

const chartTheme = (page: Page) => page.locator('.map-canvas .echart').getAttribute('data-chart-theme');

async function openMap(path: string, opts: Parameters<typeof openPage>[2] = {}, size: { width: number; height: number } = SIZES.laptop) {
  const m = await testManifest();
  const opened = await openPage(`/map/${m.documents[0].provinceCode}${path}`, size, opts);
  await liveMap(opened.page, 30_000);
  await opened.page.waitForTimeout(300);
  return opened;
}

describe('themes', () => {
  it('the 主题 switch sets data-theme, the URL and localStorage; a reload and other pages keep it', async () => {
    const { page, errors, close } = await openPage('/');
    await page.waitForSelector('.doc-card');
    expect(await theme(page)).toBe('light');
    await page.getByTestId('theme-switch').selectOption('dark');
    expect(await theme(page)).toBe('dark');
    await expect.poll(() => param(page)).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('atlas.theme'))).toBe('dark');
    // The page itself takes the dark tokens.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 19, 24)');
    await page.reload();
    await page.waitForSelector('.doc-card');
    expect(await theme(page)).toBe('dark');
    expect(await page.getByTestId('theme-switch').inputValue()).toBe('dark');
    // Links between views do not carry ?theme=; the shell puts it back, so every URL shares the theme.
    await page.locator('.main-nav a', { hasText: '地图' }).click();
    await liveMap(page, 30_000);
    await expect.poll(() => param(page)).toBe('dark');
    expect(await theme(page)).toBe('dark');
    expect(await chartTheme(page)).toBe('dark');
    // A URL without the parameter (a bookmark) still opens in the remembered theme.
    await page.goto(page.url().replace(/[?&]theme=dark/, ''));
    await liveMap(page, 30_000);
    expect(await theme(page)).toBe('dark');
    // 自动 forgets the choice and drops the parameter.
    await page.getByTestId('theme-switch').selectOption('auto');
    await expect.poll(() => param(page)).toBeNull();
    expect(await theme(page)).toBe('light');
    expect(await page.evaluate(() => localStorage.getItem('atlas.theme'))).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('a shared ?theme= link wins over the stored choice and is remembered', async () => {
    const { page, close } = await openPage('/?theme=projector', SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.addInitScript(() => localStorage.getItem('seeded') || (localStorage.setItem('atlas.theme', 'dark'), localStorage.setItem('seeded', '1')));
      },
    });
    await page.waitForSelector('.doc-card');
    expect(await theme(page)).toBe('projector');
    expect(await page.evaluate(() => localStorage.getItem('atlas.theme'))).toBe('projector');
    await close();
  });

  it('no flash: the theme is on <html> and the page dark before any app script runs', async () => {
    const { page, close } = await openPage('/?theme=dark', SIZES.laptop, {
      // Block every script file: what shows is the HTML, its inline script and the CSS.
      beforeGoto: async (p) => {
        await p.route('**/assets/*.js', (route) => route.abort());
      },
    });
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.querySelector('.doc-card') === null)).toBe(true);
    expect(await theme(page)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 19, 24)');
    await close();
  });

  it('with no choice, the theme follows prefers-color-scheme, live — page and charts', async () => {
    const { page, errors, close } = await openMap('', { beforeGoto: (p) => p.emulateMedia({ colorScheme: 'dark' }) });
    expect(await theme(page)).toBe('dark');
    expect(await chartTheme(page)).toBe('dark');
    expect(await paletteShown(page, DARK.map.ramp)).toBeGreaterThanOrEqual(2);
    expect(await paletteShown(page, LIGHT.map.ramp)).toBe(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(page)).toBe('light');
    await expect.poll(() => chartTheme(page)).toBe('light');
    await page.waitForTimeout(300);
    expect(await paletteShown(page, LIGHT.map.ramp)).toBeGreaterThanOrEqual(2);
    expect(await paletteShown(page, DARK.map.ramp)).toBe(0);
    // A chosen theme does not follow the system.
    await page.getByTestId('theme-switch').selectOption('projector');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    expect(await theme(page)).toBe('projector');
    expect(await paletteShown(page, PROJECTOR.map.ramp)).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('forced colors: the charts switch to a high-contrast palette in the system colours', async () => {
    const { page, errors, close } = await openMap('');
    expect(await paletteShown(page, LIGHT.map.ramp)).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ forcedColors: 'active' });
    await expect.poll(() => chartTheme(page)).toBe('forced');
    await page.waitForTimeout(300);
    // Not the normal colours: no light-theme fill is left on the map.
    expect(await paletteShown(page, LIGHT.map.ramp)).toBe(0);
    expect(await paletteShown(page, [LIGHT.map.zero, LIGHT.map.noData])).toBe(0);
    // The region borders are the system's text colour, read from the page (CanvasText).
    const canvasText = await page.evaluate(() => {
      const s = document.createElement('span');
      s.style.cssText = 'color:CanvasText;forced-color-adjust:none';
      document.body.append(s);
      const c = getComputedStyle(s).color;
      s.remove();
      return c;
    });
    const [r, g, b] = canvasText.match(/\d+/g)!.map(Number);
    const hex = '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
    expect((await mapPixels(page)).get(hex) ?? 0).toBeGreaterThan(500);
    await screenshot(page, 'themes-map-forced-1366');
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(() => chartTheme(page)).toBe('light');
    expect(errors).toEqual([]);
    await close();
  });

  it('printing draws the charts in the light theme (paper is white), and the screen theme comes back after', async () => {
    const { page, errors, close } = await openMap('?theme=dark');
    expect(await chartTheme(page)).toBe('dark');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => chartTheme(page)).toBe('light');
    await page.waitForTimeout(300);
    expect(await paletteShown(page, LIGHT.map.ramp)).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => chartTheme(page)).toBe('dark');
    expect(errors).toEqual([]);
    await close();
  });

  const runs: [string, { width: number; height: number }][] = [
    ['light', SIZES.laptop], ['dark', SIZES.laptop], ['projector', SIZES.laptop],
    ['light', SIZES.projector], ['dark', SIZES.projector], ['projector', SIZES.projector],
    ['projector', { width: 1024, height: 768 }],
  ];
  it.each(runs)('screenshots in the %s theme: overview, map, heatmap, indicators at %o', async (name, size) => {
    const m = await testManifest();
    const d = m.documents[0];
    const views: [string, string, string][] = [
      ['overview', '/', '.doc-card'],
      ['map', `/map/${d.provinceCode}`, '.map-canvas .echart'],
      ['heatmap', `/heatmap/${d.id}`, '.heatmap-chart canvas'],
      ['indicators', '/indicators', '.timeline canvas'],
    ];
    const { page, errors, close } = await openPage(`/?theme=${name}`, size);
    await page.waitForSelector('.doc-card');
    for (const [view, path, ready] of views) {
      await page.goto(new URL(`${path}?theme=${name}`, page.url()).toString());
      await page.waitForSelector(ready, { timeout: 30_000 });
      await page.waitForTimeout(400);
      expect(await theme(page)).toBe(name);
      await screenshot(page, `themes-${view}-${name}-${size.width}`);
    }
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
