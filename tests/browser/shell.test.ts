// The shell in a real browser: routes, deep links, search → reader, error panel + retry, layouts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES } from './harness';
import { testDocument, testManifest } from './data';

/** Wait until the main area shows something other than the loading placeholder. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#main > *');
  await page.waitForFunction(() => !document.querySelector('#main .loading'), null, { timeout: 20_000 });
  // The reader marks up the lines away from the highlight in idle time (aria-busy until done).
  await page.waitForFunction(() => !document.querySelector('.doc-text[aria-busy="true"]'), null, { timeout: 20_000 });
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}

describe('shell routes', () => {
  it('every route renders with no console errors', async () => {
    const m = await testManifest();
    const doc = m.documents[0];
    const full = await testDocument(m, doc.id);
    const withPlace = full.tasks.find((t) => t.places.length > 0);
    const withUnit = full.tasks.find((t) => t.units.length > 0);
    const paths = [
      '/',
      `/doc/${doc.id}`,
      `/map/${doc.provinceCode}`,
      '/indicators',
      `/heatmap/${doc.id}`,
      '/search?q=%E5%8F%91%E6%94%B9%E5%A7%94',
      ...(withUnit ? [`/department/${encodeURIComponent(withUnit.units[0].departmentId)}`] : []),
      ...(withPlace ? [`/place/${withPlace.places[0]}`] : []),
    ];
    for (const path of paths) {
      const { page, errors, close } = await openPage(path);
      await settled(page);
      expect(await page.locator('#main').innerText(), path).not.toBe('');
      expect(await page.locator('[data-testid="error-panel"]').count(), path).toBe(0);
      expect(errors, path).toEqual([]);
      await close();
    }
  });

  it('an unknown route shows a notice and the overview', async () => {
    const { page, errors, close } = await openPage('/no/such/page');
    await settled(page);
    await expect(page.locator('[data-testid="notice"]').innerText()).resolves.toContain('/no/such/page');
    expect(await page.locator('[data-testid="doc-card"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('an unknown document id in a link is a notice and a default view, not a data error', async () => {
    const { page, errors, close } = await openPage('/doc/no-such-doc?task=1');
    await page.waitForURL((u) => u.pathname === '/');
    await expect.poll(() => page.locator('[data-testid="notice"]').innerText()).toContain('no-such-doc');
    // The notice can come before the overview's cards (their shards are checked in the validation worker).
    await page.locator('[data-testid="doc-card"]').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="doc-card"]').count()).toBeGreaterThan(0);
    const heat = await openPage('/heatmap/no-such-doc');
    await heat.page.waitForURL((u) => /^\/heatmap\/(?!no-such-doc)/.test(u.pathname));
    await expect.poll(() => heat.page.locator('[data-testid="notice"]').innerText()).toContain('no-such-doc');
    expect(heat.errors).toEqual([]);
    await heat.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('a bad ?task= parameter says so and still shows the document', async () => {
    const m = await testManifest();
    const { page, close } = await openPage(`/doc/${m.documents[0].id}?task=nonexistent`);
    await settled(page);
    await expect(page.locator('[data-testid="notice"]').innerText()).resolves.toContain('nonexistent');
    expect(await page.locator('.doc-line').count()).toBeGreaterThan(0);
    await close();
  });

  it('the overview shows real titles and counts (from the index, as the manifest has them)', async () => {
    const m = await testManifest();
    const { page, close } = await openPage('/');
    await settled(page);
    const cards = page.locator('[data-testid="doc-card"]');
    expect(await cards.count()).toBe(m.documents.length);
    const first = cards.first();
    await expect(first.innerText()).resolves.toContain(m.documents[0].title);
    await expect(first.innerText()).resolves.toContain(String(m.documents[0].counts.tasks));
    await close();
  });
});

describe('deep links and history', () => {
  it('a deep link restores the selected task, raw lines and highlight; back/forward work', async () => {
    const m = await testManifest();
    const doc = await testDocument(m, m.documents[0].id);
    const task = doc.tasks[doc.tasks.length - 1];
    const { page, errors, close } = await openPage(`/doc/${doc.id}?task=${encodeURIComponent(task.id)}&raw=1`);
    await settled(page);
    await expect(page.locator('[data-testid="task-details"] h3').innerText()).resolves.toBe(task.title);
    expect(await page.locator('.raw-line').count()).toBe(doc.lines.length);
    expect(await inViewport(page, '.is-highlighted')).toBe(true);
    // The tab names the view (its heading), then the product.
    await expect.poll(() => page.title()).toBe(`${(await page.locator('#main h1').first().innerText()).replace(/\s+/g, ' ').trim()} · 施策图谱`);
    // Navigate away and back: the same view comes back from the URL.
    await page.click('a.brand');
    await page.waitForSelector('[data-testid="doc-card"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="task-details"]');
    expect(new URL(page.url()).searchParams.get('task')).toBe(task.id);
    await expect(page.locator('[data-testid="task-details"] h3').innerText()).resolves.toBe(task.title);
    await page.goForward();
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search', () => {
  it('searching 泽州县 finds its task and opens it in the reader, highlighted', async () => {
    const { page, errors, close } = await openPage('/');
    await settled(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('泽州县');
    const firstTask = page.locator('[role="group"][aria-label="任务"] [role="option"]').first();
    await firstTask.waitFor();
    await expect(firstTask.innerText()).resolves.toContain('泽州县');
    // The place 泽州县 is the first option now (the query names it): open the task by clicking it.
    await firstTask.click();
    await page.waitForSelector('[data-testid="task-details"]');
    expect(new URL(page.url()).pathname).toMatch(/^\/doc\//);
    const highlighted = await page.locator('.is-highlighted').allInnerTexts();
    expect(highlighted.join('')).toContain('泽州县');
    expect(await inViewport(page, '.is-highlighted')).toBe(true);
    await screenshot(page, 'shell-search-to-reader-1366');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('places', () => {
  it('marks places where the pipeline resolved them; a place opens its page with the official name', async () => {
    const m = await testManifest();
    const docs = await Promise.all(m.documents.map((d) => testDocument(m, d.id)));
    const doc = docs.find((d) => d.tasks.some((t) => t.placeMentions.length > 0))!;
    const task = doc.tasks.find((t) => t.placeMentions.length > 0)!;
    const mention = task.placeMentions[0];
    const { page, errors, close } = await openPage(`/doc/${doc.id}?task=${encodeURIComponent(task.id)}`);
    await settled(page);
    // Every mention of the document is marked (a mark may be cut in pieces by other marks).
    // textContent, not innerText: off-screen lines are not laid out (content-visibility).
    const marked = (await page.locator('.doc-text .mark-place').allTextContents()).join('');
    for (const p of doc.tasks.flatMap((t) => t.placeMentions)) expect(marked).toContain(p.name);
    await page.locator(`.doc-text .mark-place[data-kind="place"]`, { hasText: mention.name }).first().click();
    await expect(page.locator('.reader-details h3').innerText()).resolves.toBe(mention.name);
    await page.locator('.reader-details').getByRole('link', { name: '地区' }).click();
    await page.waitForSelector('.place h1');
    expect(new URL(page.url()).pathname).toBe(`/place/${mention.code}`);
    await expect(page.locator('.place').innerText()).resolves.toContain(mention.name);
    // The boundary files name the code (泽州县 → 晋城市): the heading is a name, not the bare code.
    await page.waitForFunction((code) => !document.querySelector('.place h1')?.textContent?.startsWith(code), mention.code);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('error states', () => {
  it('a corrupted data file shows the error panel; retry works once it is fixed', async () => {
    let corrupt = true;
    const { page, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        // The overview reads the overview index (issue 11), not the manifest.
        await p.route('**/data/index/overview.json', async (route) => {
          if (corrupt) return route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "documents": [' });
          return route.fallback();
        });
      },
    });
    const panel = page.locator('[data-testid="error-panel"]');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toContain('index/overview.json');
    await expect(panel.innerText()).resolves.toContain('JSON');
    await screenshot(page, 'shell-error-panel-1366');
    corrupt = false;
    await panel.getByRole('button').click();
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(await panel.count()).toBe(0);
    await close();
  });

  it('a file that does not match the schema names the field', async () => {
    const { page, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.route('**/data/index/overview.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, total: 1, tasks: 1, first: null, provinces: [{ code: '110000' }], shards: [], failures: [] }) }),
        );
      },
    });
    const panel = page.locator('[data-testid="error-panel"]');
    await panel.waitFor();
    await expect(panel.innerText()).resolves.toContain('provinces.0.name');
    await close();
  });
});

describe('layouts', () => {
  for (const [name, size] of Object.entries(SIZES)) {
    it(`overview and reader at ${name} (${size.width}×${size.height})`, async () => {
      const m = await testManifest();
      const doc = await testDocument(m, m.documents[m.documents.length - 1].id);
      const task = doc.tasks.find((t) => t.units.length > 0) ?? doc.tasks[0];
      const o = await openPage('/', size);
      await settled(o.page);
      // Nothing may overflow sideways (phone: single column).
      const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(o.page, `shell-overview-${name}`);
      expect(o.errors).toEqual([]);
      await o.close();
      const r = await openPage(`/doc/${doc.id}?task=${encodeURIComponent(task.id)}`, size);
      await settled(r.page);
      await r.page.waitForSelector('.is-highlighted');
      expect(await r.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(r.page, `shell-reader-${name}`);
      expect(r.errors).toEqual([]);
      await r.close();
    });
  }
});
