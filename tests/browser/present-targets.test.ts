// Presenter mode beyond the map: a document's targets one at a time, large (figure, year, status,
// cited sentence; ←/→, Esc), and a sequence of views built in the 演示序列 panel, kept in ?seq=,
// exported and imported as JSON, and stepped with ←/→ across views in presenter mode.
// Screenshots of a target and a briefing page in presenter mode at 1024×768, 1920×1080 and 4K go
// to test-artifacts/ (the map's are taken by present.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, liveMap } from './harness';
import { testDocument, testManifest } from './data';

const SIZES = { '1024': { width: 1024, height: 768 }, '1920': { width: 1920, height: 1080 }, '4k': { width: 3840, height: 2160 } };
const param = (page: Page, k: string) => new URL(page.url()).searchParams.get(k);

async function shoot(page: Page, name: string) {
  for (const [size, vp] of Object.entries(SIZES)) {
    await page.setViewportSize(vp);
    await page.waitForTimeout(300);
    await screenshot(page, `present-${name}-${size}`);
  }
}

describe('presenter mode: targets and sequences', () => {
  it('a document’s targets one at a time: figure, year, status, cited sentence; ←/→ step; Esc leaves', async () => {
    const m = await testManifest();
    const docs = await Promise.all(m.documents.map((d) => testDocument(m, d.id)));
    const doc = docs.find((d) => d.indicators.filter((i) => i.stage === 'target').length > 2)!;
    const targets = doc.indicators.filter((i) => i.stage === 'target');
    const { page, errors, close } = await openPage(`/doc/${encodeURIComponent(doc.id)}`, SIZES['1920']);
    // From the reader: 演示目标 opens the document's targets in presenter mode.
    await page.locator('[data-testid="present-targets-link"]').click();
    await page.waitForSelector('[data-testid="target-present"]', { timeout: 50_000 });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="target-present-count"]').textContent()).toBe(`1 / ${targets.length}`);
    const shown = async () => {
      const id = await page.locator('[data-testid="target-present"]').getAttribute('data-indicator');
      const ind = targets.find((i) => i.id === id)!;
      expect(ind, `${id} is a target of ${doc.id}`).toBeTruthy();
      expect(await page.locator('[data-testid="target-present-quote"]').textContent()).toContain(ind.citation.quote);
      expect(await page.locator('.target-present-name').textContent()).toBe(ind.name);
      expect(await page.locator('[data-testid="target-present-status"]').textContent()).toBeTruthy();
      return id;
    };
    const first = await shown();
    // Sized for the room: the figure is far larger than body text, and grows with the screen.
    const figureSize = () => page.locator('[data-testid="target-present-figure"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await figureSize()).toBeGreaterThan(60);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'target')).not.toBeNull();
    expect(await page.locator('[data-testid="target-present-count"]').textContent()).toBe(`2 / ${targets.length}`);
    const second = await shown();
    expect(second).not.toBe(first);
    await shoot(page, 'target');
    await page.setViewportSize(SIZES['1024']);
    const small = await figureSize();
    await page.setViewportSize(SIZES['4k']);
    expect(await figureSize()).toBeGreaterThan(small * 1.5);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-testid="target-present"]').getAttribute('data-indicator')).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'present')).toBeNull();
    expect(await page.locator('[data-testid="target-present"]').count()).toBe(0);
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    // P starts it again from the view.
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="target-present"]');
    expect(errors).toEqual([]);
    await close();
  });

  it('a sequence of views: built in the panel, kept in ?seq=, JSON export/import, ←/→ across views, Esc leaves', async () => {
    const m = await testManifest();
    const d = m.documents[0];
    const views = [`/map/${d.provinceCode}`, `/indicators?doc=${encodeURIComponent(d.id)}`, `/brief/province/${d.provinceCode}`];
    const { page, errors, close } = await openPage(views[0], SIZES['1920']);
    await liveMap(page, 50_000);
    for (const [i, v] of views.entries()) {
      if (i > 0) await page.goto(new URL(v, page.url()).href);
      await page.locator('[data-testid="seq-toggle"]').click();
      await page.waitForSelector('[data-testid="seq-panel"]');
      await page.locator('[data-testid="seq-add"]').click();
      // The list is in the URL, and follows to the next view (kept in storage when a link drops it).
      await expect.poll(() => page.locator('[data-testid="seq-steps"] li').count()).toBe(i + 1);
      expect(param(page, 'seq')).toBeTruthy();
    }
    // Export: the JSON file holds exactly the steps.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="seq-export"]').click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toEqual({ kind: 'policy-atlas-sequence', version: 1, steps: views.map((href) => ({ href })) });
    // Import: a bad file is refused naming it; a good one replaces the list.
    await page.locator('[data-testid="seq-file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"policy-atlas-sequence","version":1,"steps":[{"href":"https://evil.example/"}]}') });
    await expect.poll(() => page.locator('[data-testid="seq-message"]').textContent()).toContain('bad.json: steps.0.href');
    expect(await page.locator('[data-testid="seq-steps"] li').count()).toBe(3);
    await page.locator('[data-testid="seq-file"]').setInputFiles({ name: 'talk.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('[data-testid="seq-message"]').textContent()).toContain('3');

    await page.locator('[data-testid="seq-start"]').click();
    await page.waitForSelector('[data-testid="seq-bar"]');
    expect(new URL(page.url()).pathname).toBe(views[0]);
    expect(param(page, 'present')).toBe('1');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="seq-bar"]').textContent()).toContain('1 / 3');
    // → goes to the next view (the map's own region stepping gives way to the sequence).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/indicators');
    expect(param(page, 'doc')).toBe(d.id);
    expect(param(page, 'region')).toBeNull();
    await page.waitForSelector('[data-testid="target-present"]', { timeout: 50_000 });
    expect(await page.locator('[data-testid="seq-bar"]').textContent()).toContain('2 / 3');
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).pathname).toBe(views[2]);
    await page.waitForSelector('[data-testid="brief"][data-ready="1"]', { timeout: 50_000 });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await shoot(page, 'brief');
    await page.setViewportSize(SIZES['1920']);
    // The last step stays the last.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(views[2]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/indicators');
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'present')).toBeNull();
    expect(param(page, 'seq')).toBeTruthy();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="seq-bar"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
