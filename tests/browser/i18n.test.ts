// English UI and the share button in a real browser: ?lang=en switches every view's chrome to
// English and sets <html lang>, the choice is remembered, the switch link goes back; the share
// button copies the page's deep link and confirms it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES } from './harness';
import { testManifest } from './data';

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#main > *');
  await page.waitForFunction(() => !document.querySelector('#main .loading'), null, { timeout: 20_000 });
}

/** Text of the page chrome (header, headings, labels, buttons) with document content left out. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    document.querySelectorAll('.site-header nav a, .site-header .brand strong, button, label, th, h1 > :not(.doc-title)').forEach((el) => {
      if (el.closest('[data-content], .doc-title, select, option')) return;
      parts.push((el as HTMLElement).innerText);
    });
    return parts.join('\n');
  });
}

describe('English UI', () => {
  it('?lang=en shows every view in English and sets <html lang>', async () => {
    const m = await testManifest();
    const doc = m.documents[0];
    for (const path of ['/', `/map/${doc.provinceCode}`, '/indicators', `/heatmap/${doc.id}`, `/doc/${doc.id}`]) {
      const { page, errors, close } = await openPage(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('en');
      await expect(page.locator('.site-header nav').innerText()).resolves.toContain('Overview');
      expect(await page.locator('.site-header nav').innerText(), path).not.toMatch(/[\u4e00-\u9fff]/);
      expect(await page.locator('[data-testid="lang-switch"]').innerText()).toBe('中文');
      if (path === '/') await screenshot(page, 'i18n-overview-en');
      expect(errors, path).toEqual([]);
      await close();
    }
  });

  it('the choice is remembered and the switch goes back to Chinese', async () => {
    const { page, errors, close } = await openPage('/indicators?lang=en');
    await settled(page);
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Targets');
    // A later visit without ?lang= stays English (localStorage).
    await page.goto(page.url().replace(/\?.*$/, ''));
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Targets');
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await settled(page);
    await expect(page.locator('h1').first().innerText()).resolves.toBe('目标指标');
    expect(new URL(page.url()).pathname).toBe('/indicators');
    expect(errors).toEqual([]);
    await close();
  });

  it('Chinese stays the default with no choice made', async () => {
    const { page, close } = await openPage('/');
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await chromeText(page)).toMatch(/总览/);
    await close();
  });
});

describe('share button', () => {
  it('copies the deep link of the view and confirms', async () => {
    const m = await testManifest();
    const doc = m.documents[0];
    const path = `/heatmap/${doc.id}?order=name`;
    const { page, errors, close } = await openPage(path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await settled(page);
    await page.locator('[data-testid="share"]').click();
    await expect.poll(() => page.locator('[data-testid="share-status"]').innerText()).toBe('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe(path);
    // The confirmation goes away by itself.
    await expect.poll(() => page.locator('[data-testid="share-status"]').innerText(), { timeout: 5000 }).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('is on every view, and in English the link carries lang=en', async () => {
    const m = await testManifest();
    const { page, close } = await openPage(`/map/${m.documents[0].provinceCode}?lang=en`, SIZES.phone);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await settled(page);
    await page.locator('[data-testid="share"]').click();
    await expect.poll(() => page.locator('[data-testid="share-status"]').innerText()).toBe('Link copied');
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('lang')).toBe('en');
    await close();
  });
});
