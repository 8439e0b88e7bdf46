// Never blank: a view whose chunk cannot load shows the shell and a message (重新加载 / 返回), a stale
// chunk after a redeploy reloads the page once by itself, and Back recovers.
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openPage, screenshot, SIZES, liveMap } from './harness';
import { testManifest } from './data';

const MAP_CHUNK = /\/assets\/MapView-[\w-]+\.js$/;

async function clickNav(page: Page, label: string) {
  await page.locator('.main-nav').getByText(label, { exact: true }).click();
}

describe('the app whose code does not load', () => {
  it('index.html paints its text first; when the app chunk fails it reloads once, then says what failed with 重新加载', async () => {
    let bootRequests = 0;
    let loads = 0;
    const { page, close } = await openPage('/map/140000', SIZES.laptop, {
      beforeGoto: async (p) => {
        p.on('load', () => (loads += 1));
        await p.route(/\/assets\/boot-[\w-]+\.js$/, (route: Route) => {
          bootRequests += 1;
          return route.abort('connectionrefused');
        });
      },
    });
    const slot = page.locator('#root .loading[role="alert"]');
    await slot.waitFor({ timeout: 20_000 });
    expect(await slot.innerText()).toContain('应用代码未能加载');
    // The first load and one automatic reload (a stale tab after a redeploy), then no more.
    const requests = bootRequests;
    await page.waitForTimeout(1500);
    expect(loads).toBe(2);
    expect(bootRequests).toBe(requests);
    expect(await page.locator('.site-header .brand').isVisible()).toBe(true);
    await screenshot(page, 'resilience-boot-error-1366');
    // 重新加载 with the network back: the app boots.
    await page.unroute(/\/assets\/boot-[\w-]+\.js$/);
    await slot.getByRole('button', { name: '重新加载' }).click();
    await liveMap(page, 20_000);
    await close();
  });
});

describe('a view whose code does not load', () => {
  it('shows the shell and a Chinese message after one automatic reload, and Back recovers', async () => {
    const m = await testManifest();
    let chunkRequests = 0;
    const { page, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.route(MAP_CHUNK, (route: Route) => {
          chunkRequests += 1;
          return route.abort('connectionrefused');
        });
      },
    });
    await page.waitForSelector('[data-testid="doc-card"]');
    let loads = 0;
    page.on('load', () => (loads += 1));
    await clickNav(page, '地图');
    const message = page.locator('[data-testid="view-error"]');
    await message.waitFor({ timeout: 20_000 });
    expect(page.url()).toContain(`/map/${m.documents[0].provinceCode}`);
    // One automatic reload (the stale-chunk recovery), then the message: no loop, no retry storm.
    const requestsAtMessage = chunkRequests;
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    expect(chunkRequests).toBe(requestsAtMessage);
    expect(await page.locator('.site-header .main-nav').isVisible()).toBe(true);
    const text = await message.innerText();
    expect(text).toContain('“地图”无法显示');
    expect(text).toContain('程序文件没有加载成功');
    await expect(message.getByRole('button', { name: '重新加载' }).isVisible()).resolves.toBe(true);
    for (const [name, size] of Object.entries({ '1366': SIZES.laptop, '1920': SIZES.projector, '1024': { width: 1024, height: 768 }, '390': SIZES.phone })) {
      await page.setViewportSize(size);
      await screenshot(page, `resilience-chunk-error-${name}`);
    }
    await page.setViewportSize(SIZES.laptop);
    await message.getByRole('button', { name: '返回' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(await message.count()).toBe(0);
    await close();
  });

  it('offline: no reload (it would replace the shell with the browser’s error page), the message says so', async () => {
    const { page, close } = await openPage('/');
    await page.waitForSelector('[data-testid="doc-card"]');
    await page.context().setOffline(true);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await clickNav(page, '责任矩阵');
    const message = page.locator('[data-testid="view-error"]');
    await message.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    expect(loads).toBe(0);
    expect(await message.innerText()).toContain('当前处于离线状态');
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    // Network back: Back, then the same link loads the view (the failed import is not kept).
    await page.context().setOffline(false);
    await message.getByRole('button', { name: '返回' }).click();
    await page.waitForSelector('[data-testid="doc-card"]');
    await clickNav(page, '责任矩阵');
    await page.waitForSelector('.heatmap-controls', { timeout: 20_000 });
    expect(await message.count()).toBe(0);
    await close();
  });

  it('a stale chunk after a redeploy (404 once) reloads by itself and the view then shows', async () => {
    const m = await testManifest();
    let served404 = false;
    const { page, close } = await openPage(`/map/${m.documents[0].provinceCode}`, SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.route(MAP_CHUNK, (route: Route) => {
          if (served404) return route.continue();
          served404 = true;
          return route.fulfill({ status: 404, body: 'gone' });
        });
      },
    });
    await liveMap(page, 30_000);
    expect(served404).toBe(true);
    expect(await page.locator('[data-testid="view-error"]').count()).toBe(0);
    await close();
  });
});

describe('a chart that fails to draw', () => {
  it('says so in its own box; the view around it (and the shell) stays', async () => {
    const { page, close } = await openPage('/indicators');
    await page.waitForSelector('[data-testid="timeline"] canvas', { timeout: 30_000 });
    // From now on every canvas text draw throws: the next update of the chart (a filter change
    // → setOption → synchronous redraw in the chart component's update) fails.
    await page.evaluate(() => {
      CanvasRenderingContext2D.prototype.fillText = () => {
        throw new Error('simulated renderer failure');
      };
    });
    const select = page.locator('.filter-bar select').first();
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await select.selectOption(values[0]);
    const box = page.locator('.chart-error');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.innerText()).toContain('无法显示');
    expect(await box.innerText()).toContain('图表在显示时出错');
    expect(await box.textContent()).toContain('simulated renderer failure');
    expect(await box.getByRole('button', { name: '重新加载' }).count()).toBe(1);
    // The rest of the view and the shell are still there.
    expect(await page.locator('[data-testid="target-card"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.site-header .main-nav').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="view-error"]:not(.chart-error)').count()).toBe(0);
    await screenshot(page, 'resilience-chart-error-1366');
    await close();
  });
});
