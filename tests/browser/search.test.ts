// Search in a real browser: the build-time index (pipeline/search) answers from the header's box
// and from /search?q=, departments first when the query names one, pinyin initials too, and no
// document file is fetched to search.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES } from './harness';
import { testManifest } from './data';

async function typeInSearch(page: Page, text: string): Promise<void> {
  await page.waitForSelector('#site-search');
  await page.click('#site-search');
  await page.keyboard.type(text);
}

const options = (page: Page) => page.locator('#search-results [role="option"]');

describe('search box', () => {
  for (const [name, size] of [['1366', SIZES.laptop], ['390', SIZES.phone]] as const) {
    it(`发改委: the department is the first result, above the tasks (${name} px)`, async () => {
      const { page, errors, close } = await openPage('/', size);
      const docRequests: string[] = [];
      // Neither the manifest nor the registry (both grow with the corpus): hits name their documents from the shards.
      const wholeFiles: string[] = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (/\/data\/docs\//.test(path)) docRequests.push(r.url());
        if (/\/data\/(manifest|departments)\.json$/.test(path)) wholeFiles.push(path);
      });
      await typeInSearch(page, '发改委');
      await page.locator('#search-results [data-kind="task"]').first().waitFor();
      const first = options(page).first();
      expect(await first.getAttribute('data-kind')).toBe('unit');
      expect(await first.locator('.hit-label').innerText()).toBe('省发展改革委');
      // The first option is on screen (on a phone too), and the tasks come after every department.
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThan(size.height);
      const kinds = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
      expect(kinds.lastIndexOf('unit')).toBeLessThan(kinds.indexOf('task'));
      // A task hit names its document (province · title) from the shard's facts, not its bare id.
      const titles = (await testManifest()).documents.map((d) => `${d.province} · ${d.title}`);
      expect(titles).toContain(await page.locator('#search-results [data-kind="task"] .hit-detail').first().innerText());
      expect(wholeFiles).toEqual([]);
      await screenshot(page, `search-dropdown-${name}`);
      // Enter opens the department.
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/department\//);
      expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/department\/\d{6}:省发展改革委$/);
      // The index answered: no document was fetched to search.
      expect(docRequests).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('the last option opens the all-results page with the query in the URL', async () => {
    const { page, errors, close } = await openPage('/');
    await typeInSearch(page, 'wuhan');
    // The all-results option is there from the first keystroke; the hits come as the shards arrive.
    await page.locator('#search-results [data-kind="place"]').first().waitFor();
    expect(await options(page).first().locator('.hit-label').innerText()).toBe('武汉');
    await page.locator('#search-results .search-all').click();
    await page.waitForURL(/\/search\?q=wuhan$/);
    await page.locator('.search-page-group').first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});

describe('/search page', () => {
  for (const [name, size] of [['1366', SIZES.laptop], ['390', SIZES.phone]] as const) {
    it(`/search?q=fgw shows 省发展改革委 first (${name} px)`, async () => {
      const { page, errors, close } = await openPage('/search?q=fgw', size);
      const group = page.locator('.search-page-group').first();
      await group.waitFor();
      expect(await group.getAttribute('data-kind')).toBe('unit');
      expect(await group.locator('li a').first().innerText()).toBe('省发展改革委');
      await screenshot(page, `search-page-fgw-${name}`);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('typing on the page keeps the query in the URL; a reload shows the same results', async () => {
    const { page, errors, close } = await openPage('/search');
    await page.locator('#search-page-q').fill('城镇化率');
    await page.waitForURL(/q=%E5%9F%8E%E9%95%87%E5%8C%96%E7%8E%87/);
    const targets = page.locator('.search-page-group[data-kind="target"] li');
    await targets.first().waitFor();
    const before = await targets.allInnerTexts();
    expect(before.join('\n')).toContain('常住人口城镇化率');
    // Targets come before tasks when no department or place is named.
    const kinds = await page.locator('.search-page-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds[0]).toBe('target');
    await page.reload();
    await targets.first().waitFor();
    expect(await targets.allInnerTexts()).toEqual(before);
    expect(errors).toEqual([]);
    await close();
  });
});
