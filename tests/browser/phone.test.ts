// Phones (390×844, touch): every view is screenshot; the map comes first with its controls folded
// behind one button; the indicators table keeps the 指标 column readable; the heatmap's kinds of
// unit lay out as whole labels; touch targets are at least 44 px; keyboard hints are hidden.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES, liveMap } from './harness';
import { testDocument, testManifest } from './data';

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#main > *');
  await page.waitForFunction(() => !document.querySelector('#main .loading'), null, { timeout: 20_000 });
}

const phone = (path: string) => openPage(path, SIZES.phone, { touch: true });

/** Visible buttons, links of the header and selects smaller than 44 px high. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, .nav-link, .lang-switch, .search input')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().height < 43.5)
      .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${Math.round(el.getBoundingClientRect().height)}`),
  );
}

describe('phones', () => {
  it('every view at 390 px: no sideways scroll of the page, touch targets ≥ 44 px, no keyboard hints', async () => {
    const m = await testManifest();
    const doc = m.documents.find((d) => d.counts.units > 0) ?? m.documents[0];
    const full = await testDocument(m, doc.id);
    const dept = full.tasks.find((t) => t.units.length > 0)?.units[0].departmentId;
    const place = full.tasks.find((t) => t.places.length > 0)?.places[0];
    const views: [string, string][] = [
      ['overview', '/'],
      ['reader', `/doc/${doc.id}`],
      ['map', `/map/${doc.provinceCode}`],
      ['indicators', '/indicators?tab=table'],
      ['heatmap', `/heatmap/${doc.id}`],
      ...(dept ? ([['department', `/department/${encodeURIComponent(dept)}`]] as [string, string][]) : []),
      ...(place ? ([['place', `/place/${place}`]] as [string, string][]) : []),
    ];
    for (const [name, path] of views) {
      const { page, errors, close } = await phone(path);
      await settled(page);
      await page.waitForTimeout(300);
      await screenshot(page, `phone-390-${name}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      expect(await smallTargets(page), name).toEqual([]);
      for (const hint of ['.search-hint', '.heatmap-hint']) {
        const shown = await page.$$eval(hint, (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
        expect(shown, `${name} ${hint}`).toBe(0);
      }
      if (name === 'department') {
        // A document that gives no 牵头/配合 says so instead of "0 / 0".
        const docOfDept = full.tasks.some((t) => t.units.some((u) => u.role !== 'responsible'));
        if (!docOfDept) await expect(page.locator('[data-testid="no-roles"]').first().innerText()).resolves.toBe('本文件未分牵头/配合');
      }
      expect(errors, name).toEqual([]);
      await close();
    }
  });

  it('the map comes first: controls fold behind one button', async () => {
    const m = await testManifest();
    const { page, close } = await phone(`/map/${m.documents[0].provinceCode}`);
    await liveMap(page);
    const top = await page.$eval('.map-canvas', (el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(260);
    expect(await page.locator('[data-testid="province-switch"]').isVisible()).toBe(false);
    await page.locator('[data-testid="map-options-toggle"]').tap();
    await expect.poll(() => page.locator('[data-testid="province-switch"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="map-options-toggle"]').getAttribute('aria-expanded')).toBe('true');
    await close();
  });

  it('the indicators table keeps the 指标 column readable and the heatmap kinds are whole labels', async () => {
    const m = await testManifest();
    const { page, close } = await phone('/indicators?tab=table');
    await page.waitForSelector('[data-testid="target-table"] td.cell-name');
    const w = await page.$eval('[data-testid="target-table"] td.cell-name', (el) => el.getBoundingClientRect().width);
    expect(w).toBeGreaterThanOrEqual(120);
    await close();
    const doc = m.documents.find((d) => d.counts.units > 0) ?? m.documents[0];
    const h = await phone(`/heatmap/${doc.id}`);
    await h.page.waitForSelector('.heatmap-kinds label');
    // One line each: no label taller than a touch row, none wider than the screen.
    const boxes = await h.page.$$eval('.heatmap-kinds label', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ h: r.height, right: r.right })));
    for (const b of boxes) {
      expect(b.h).toBeLessThan(50);
      expect(b.right).toBeLessThanOrEqual(390);
    }
    await h.close();
  });
});
