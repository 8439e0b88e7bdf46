// Presenter mode on the map: ?present=1 (or the 演示 button / P) hides the chrome, ←/→ step
// through the regions (each selected, its tasks shown), Esc leaves; the button goes fullscreen.
// Screenshots at 1024×768, 1920×1080 and 3840×2160 go to test-artifacts/.
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, liveMap } from './harness';
import { testManifest } from './data';

const region = (url: string) => new URL(url).searchParams.get('region');

describe('map presenter mode', () => {
  it('?present=1: no chrome, ←/→ through the regions in list order, Esc leaves', async () => {
    const m = await testManifest();
    const code = m.documents[0].provinceCode;
    const { page, errors, close } = await openPage(`/map/${code}?present=1`, { width: 1920, height: 1080 });
    await liveMap(page, 30_000);
    await page.waitForSelector('[data-testid="present-bar"]');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.map-toolbar').isVisible()).toBe(false);
    // The order the region list shows (hidden while presenting, still in the DOM).
    const order = await page.locator('.map-regions li button').evaluateAll((bs) => bs.map((b) => b.textContent ?? ''));
    expect(order.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region(page.url())).not.toBeNull();
    const first = region(page.url());
    const firstName = await page.locator('.map-panel h2').innerText();
    expect(order[0]).toContain(firstName);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region(page.url())).not.toBe(first);
    const secondName = await page.locator('.map-panel h2').innerText();
    expect(order[1]).toContain(secondName);
    for (const [name, size] of Object.entries({ '1920': { width: 1920, height: 1080 }, '1024': { width: 1024, height: 768 }, '4k': { width: 3840, height: 2160 } })) {
      await page.setViewportSize(size);
      await page.waitForTimeout(400);
      await screenshot(page, `present-map-${name}`);
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => region(page.url())).toBe(first);
    // ← from the first wraps round to the last.
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.map-panel h2').innerText().then((n) => order[order.length - 1].includes(n))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="present-bar"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('the 演示 button goes fullscreen; leaving fullscreen ends the presentation', async () => {
    const m = await testManifest();
    const { page, close } = await openPage(`/map/${m.documents[0].provinceCode}`, { width: 1366, height: 768 });
    await liveMap(page, 30_000);
    await page.locator('[data-testid="present"]').click();
    await page.waitForSelector('[data-testid="present-bar"]');
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await close();
  });
});
