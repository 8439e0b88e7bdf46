// The indicators view in a real browser: filter to one category, open the comparison, download
// the CSV and check it holds exactly the rows the table shows; screenshots at laptop and projector size.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../pipeline/progress/csv';
import { dataSource, openPage, screenshot, SIZES } from './harness';

/** The fixture has no progress.json; serve an empty one so a 404 does not count as a console error. */
async function emptyProgressInFixture(page: Page): Promise<void> {
  if (dataSource() !== 'fixture') return;
  await page.route('**/data/progress.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, rows: [] }) }),
  );
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="result-count"]', { timeout: 20_000 });
}

const count = (page: Page) => page.locator('[data-testid="result-count"]').innerText();

describe('indicators view', () => {
  it('filters to one category, opens the comparison and downloads exactly the rows shown', async () => {
    const { page, errors, close } = await openPage('/indicators', SIZES.laptop, { beforeGoto: emptyProgressInFixture });
    await ready(page);
    const total = await page.locator('[data-testid="target-card"]').count();
    expect(total).toBeGreaterThan(0);

    // Prefer the category of 常住人口城镇化率 (it has a cross-province comparison), else the first one.
    const select = page.locator('[data-testid="filter-category"]');
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    const urbanCard = page.locator('[data-testid="target-card"]', { hasText: '常住人口城镇化率' }).first();
    const urbanCategory = (await urbanCard.count()) > 0 ? await urbanCard.locator('.target-kicker span').first().innerText() : null;
    const labels = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    const chosen = (urbanCategory && labels.find(([v, l]) => v && l.startsWith(urbanCategory))?.[0]) || options[0];
    const before = await count(page);
    await select.selectOption(chosen);
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('cat') === c, chosen);
    const kickers = await page.locator('[data-testid="target-card"] .target-kicker span:first-child').allInnerTexts();
    expect(new Set(kickers).size).toBe(1);
    if (options.length > 1) expect(await count(page)).not.toBe(before);

    await page.click('[data-testid="toggle-compare"]');
    await page.waitForSelector('[data-testid="comparison-panel"]');
    expect(new URL(page.url()).searchParams.get('compare')).toBe('1');
    if (urbanCategory && dataSource() === 'real') {
      // 江苏 75% and 湖北 67% by 2025, each with the scope its text states.
      const topic = page.locator('[data-testid="comparison-topic"]', { hasText: '常住人口城镇化率' });
      await expect(topic.innerText()).resolves.toMatch(/江苏[\s\S]*75%[\s\S]*湖北[\s\S]*67%/);
      await expect(topic.innerText()).resolves.toContain('长江中游城市群');
    }
    await screenshot(page, 'indicators-compare-1366x768');

    await page.click('[data-testid="tab-table"]');
    const rows = await page.locator('[data-testid="target-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => (tr.children[3] as HTMLElement).innerText),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = parseCsv(text);
    const nameCol = records[0].fields.indexOf('name');
    expect(records.slice(1).map((r) => r.fields[nameCol])).toEqual(rows);
    expect(errors).toEqual([]);
    await close();
  });

  it('restores filters, tab and sort from a link, and looks right on a projector', async () => {
    const { page, errors, close } = await openPage('/indicators?tab=table&sort=value&dir=desc', SIZES.projector, {
      beforeGoto: emptyProgressInFixture,
    });
    await ready(page);
    const th = page.locator('[data-testid="target-table"] th[aria-sort="descending"]');
    expect(await th.count()).toBe(1);
    await screenshot(page, 'indicators-table-1920x1080');
    await page.click('[data-testid="tab-cards"]');
    await page.waitForSelector('[data-testid="target-card"]');
    await screenshot(page, 'indicators-cards-1920x1080');
    await page.goBack();
    await page.waitForSelector('[data-testid="target-table"]');
    expect(errors).toEqual([]);
    await close();
  });

  it('says so when a filter in the link matches nothing in the data', async () => {
    const { page, close } = await openPage('/indicators?cat=no-such-category', SIZES.laptop, { beforeGoto: emptyProgressInFixture });
    await ready(page);
    await expect(page.locator('.indicators-page .notice').innerText()).resolves.toContain('no-such-category');
    expect(await page.locator('[data-testid="target-card"]').count()).toBeGreaterThan(0);
    await close();
  });
});
