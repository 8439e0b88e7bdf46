// Every chart has a text alternative reachable by keyboard: the chart (role="img") says what it
// shows in its label and names its alternative with aria-describedby — the map its region list
// (each region's value), the heatmap and the timeline a "以表格查看" table opened from the keyboard,
// the comparison and measure-history charts the list of their figures; bullets carry their figures
// as text. The numbers are checked against the data the app is served.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES } from './harness';
import { testDocument, testManifest } from './data';

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#main > *');
  await page.waitForFunction(() => !document.querySelector('#main .loading'), null, { timeout: 20_000 });
}

/** Presses Tab (at most `max` times) until the focused element matches `selector`; returns whether it did. */
async function tabTo(page: Page, selector: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return true;
  }
  return false;
}

/** The element a chart names as its description, and the chart's label. */
async function describedBy(page: Page, chart: string): Promise<{ label: string; target: string | null }> {
  return page.$eval(chart, (el) => {
    const id = el.getAttribute('aria-describedby');
    return { label: el.getAttribute('aria-label') ?? '', target: id && document.getElementById(id) ? id : null };
  });
}

describe('chart text alternatives', () => {
  it('map: the label sums up the values, the region list is its description and carries every value, reached by Tab', async () => {
    const m = await testManifest();
    for (const code of [...new Set(m.documents.map((d) => d.provinceCode))]) {
      const { page, errors, close } = await openPage(`/map/${code}`);
      await page.waitForSelector('.map-canvas .echart[role="img"]');
      const { label, target } = await describedBy(page, '.map-canvas .echart[role="img"]');
      expect(target, code).toBe('map-region-list');
      const regions = await page.$$eval('#map-region-list button', (bs) =>
        bs.map((b) => ({ name: b.querySelector('.name')!.textContent!, value: b.querySelector('.value:not(.nodata)')?.textContent ?? null })),
      );
      expect(regions.length, code).toBeGreaterThan(3);
      const numbers = regions.filter((r) => r.value !== null);
      // "N 个地区中 M 个有数值", and the highest region with its value, as the list shows them.
      expect(label, code).toContain(`${regions.length} 个地区中 ${numbers.length} 个有数值`);
      const top = [...numbers].sort((a, b) => Number(b.value) - Number(a.value))[0];
      if (top && Number(top.value) > 0) expect(label, code).toContain(`最多：${top.name} ${top.value}`);
      expect(await tabTo(page, '#map-region-list button'), code).toBe(true);
      expect(errors, code).toEqual([]);
      await close();
    }
  });

  it('heatmap: "以表格查看" opens from the keyboard; one row per unit shown, with its task count', async () => {
    const m = await testManifest();
    const doc = m.documents.find((d) => d.counts.units > 0)!;
    const full = await testDocument(m, doc.id);
    const { page, errors, close } = await openPage(`/heatmap/${doc.id}`);
    await page.waitForSelector('.heatmap-canvas .echart[role="img"]');
    const { label, target } = await describedBy(page, '.heatmap-canvas .echart[role="img"]');
    expect(target).toBe('heatmap-table');
    const units = Number((await page.locator('[data-testid="heatmap-summary"]').innerText()).match(/(\d+) 个单位/)![1]);
    expect(label).toContain(`${units} 个单位`);
    expect(await page.locator('#heatmap-table').isVisible()).toBe(false);
    expect(await tabTo(page, '.heatmap-view .chart-table > summary')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#heatmap-table').isVisible()).toBe(true);
    const rows = await page.$$eval('#heatmap-table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rows.length).toBe(units);
    // Each unit's count is the number of tasks that name it in the document (no filter is set).
    const byName = new Map<string, Set<string>>();
    const registry = (await (await fetch(`${new URL(page.url()).origin}/data/departments.json`)).json()) as { departments: { id: string; name: string }[] };
    const nameOf = new Map(registry.departments.map((d) => [d.id, d.name]));
    for (const task of full.tasks) for (const u of task.units) if (u.departmentId) byName.set(nameOf.get(u.departmentId) ?? u.departmentId, (byName.get(nameOf.get(u.departmentId) ?? u.departmentId) ?? new Set()).add(task.id));
    for (const [name, count, detail] of rows.slice(0, 5)) {
      expect(Number(count), name).toBe(byName.get(name)?.size);
      expect(detail.length, name).toBeGreaterThan(0);
    }
    await screenshot(page, 'a11y-heatmap-table');
    expect(errors).toEqual([]);
    await close();
  });

  it('timeline: its table lists every dated target of every document; comparison, history and bullets name their figures', async () => {
    const m = await testManifest();
    let dated = 0;
    for (const d of m.documents) dated += (await testDocument(m, d.id)).indicators.filter((i) => i.stage === 'target' && i.targetYear !== null).length;
    const { page, errors, close } = await openPage('/indicators');
    await settled(page);
    await page.waitForSelector('[data-testid="timeline"] .echart[role="img"]');
    const { label, target } = await describedBy(page, '[data-testid="timeline"] .echart[role="img"]');
    expect(target).toBe('timeline-table');
    expect(label).toContain(`共 ${dated} 项注明年份的目标`);
    expect(await tabTo(page, '[data-testid="timeline"] .chart-table > summary')).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('#timeline-table').isVisible()).toBe(true);
    const counts = await page.$$eval('#timeline-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.textContent)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(dated);
    // Bullets: the figures are text beside the picture.
    const bullets = await page.$$eval('figure.bullet', (fs) => fs.map((f) => ({ label: f.getAttribute('aria-label'), caption: f.querySelector('figcaption')?.textContent ?? '' })));
    for (const b of bullets) {
      expect(b.label).toBeTruthy();
      expect(b.caption).toMatch(/\d/);
    }
    expect(errors).toEqual([]);
    await close();

    const cmp = await openPage('/indicators?compare=1');
    await settled(cmp.page);
    await cmp.page.waitForSelector('[data-testid="comparison-panel"]');
    const charts = await cmp.page.$$eval('[data-testid="comparison-panel"] .echart[role="img"], [data-testid="measure-history"] .echart[role="img"]', (els) =>
      els.map((el) => {
        const list = document.getElementById(el.getAttribute('aria-describedby') ?? '');
        return { label: el.getAttribute('aria-label') ?? '', items: list ? [...list.querySelectorAll('li')].map((li) => li.textContent ?? '') : null };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.items, c.label).not.toBeNull();
      expect(c.items!.length, c.label).toBeGreaterThan(0);
      // Every source link in the list is a Tab stop: the figures are reached with their citations.
      expect(c.label, c.label).toMatch(/\d/);
    }
    await screenshot(cmp.page, 'a11y-comparison');
    expect(cmp.errors).toEqual([]);
    await cmp.close();
  });

  it('the table toggle is a full touch target on a phone', async () => {
    const m = await testManifest();
    const doc = m.documents.find((d) => d.counts.units > 0)!;
    const { page, close } = await openPage(`/heatmap/${doc.id}`, SIZES.phone, { touch: true });
    await page.waitForSelector('.heatmap-view .chart-table > summary');
    const h = await page.$eval('.heatmap-view .chart-table > summary', (el) => el.getBoundingClientRect().height);
    expect(h).toBeGreaterThanOrEqual(44);
    await close();
  });
});
