// The responsibility heatmap and department page in a real browser, on whatever data the app serves
// (pipeline output, or the shell's fixture). Ids and names are read from that data, never hard-coded.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { departments as departmentsSchema, type Department } from '../../src/shared/schema';
import { baseURL, dataSource, openPage, screenshot, SIZES } from './harness';
import { testDocument, testManifest } from './data';
import { LABEL_CHARS, LAYOUT } from '../../src/views/heatmap/option/layout';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

async function registry(): Promise<Department[]> {
  const raw = dataSource() === 'fixture'
    ? JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/app/data/departments.json'), 'utf8'))
    : await (await fetch(`${baseURL()}/data/departments.json`)).json();
  return departmentsSchema.parse(raw).departments;
}

async function hubei() {
  const m = await testManifest();
  const entry = m.documents.find((d) => d.province.includes('湖北'))!;
  return { entry, doc: await testDocument(m, entry.id) };
}

async function chartReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="heatmap-grid"]', { timeout: 50_000 });
  await page.waitForSelector('.heatmap-chart canvas');
  await page.waitForTimeout(300); // one ECharts frame after mount
}

async function activeCellText(page: Page): Promise<string> {
  await page.focus('[data-testid="heatmap-grid"]');
  return page.locator('#heatmap-active-cell').innerText();
}

describe('heatmap', () => {
  it('sorting by workload puts 省发改委 first for the Hubei document', { timeout: 120_000 }, async () => {
    const { entry } = await hubei();
    const fgw = (await registry()).find((d) => d.provinceCode === entry.provinceCode && (d.name === '省发改委' || d.aliases.includes('省发改委')))!;
    expect(fgw, 'registry has 省发改委 for Hubei').toBeTruthy();
    // Start from another ordering and switch in the UI, so the control is exercised too.
    const { page, errors, close } = await openPage(`/heatmap/${entry.id}?order=name`);
    await chartReady(page);
    expect(await activeCellText(page)).not.toMatch(new RegExp(`^${fgw.name} ×`));
    await page.selectOption('[data-testid="heatmap-order"]', 'workload');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('order'));
    await chartReady(page);
    expect(await activeCellText(page)).toMatch(new RegExp(`^${fgw.name} ×`));
    expect(await page.locator('.heatmap-ring').count(), 'visible focus ring on the chart').toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#heatmap-active-cell').innerText()).not.toMatch(new RegExp(`^${fgw.name} ×`));
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('clicking a cell opens the task in the reader', async () => {
    const { entry, doc } = await hubei();
    const { page, errors, close } = await openPage(`/heatmap/${entry.id}`);
    await chartReady(page);
    // Top-left cell: the busiest department on the first task that names units.
    const firstTask = doc.tasks.find((t) => t.units.length > 0)!;
    const [xs, ys] = (await page.getAttribute('[data-testid="heatmap-summary"]', 'data-window'))!.split(';').map((s) => s.split(',').map(Number));
    const size = (await page.locator('.heatmap-chart canvas').first().boundingBox())!;
    const cellW = (size.width - LAYOUT.left - LAYOUT.right) / (xs[1] - xs[0] + 1);
    const cellH = (size.height - LAYOUT.top - LAYOUT.bottom) / (ys[1] - ys[0] + 1);
    expect(await activeCellText(page)).toContain(firstTask.title.slice(0, 6));
    // Measure after focusing the grid: focus may scroll the page.
    const box = (await page.locator('.heatmap-chart canvas').first().boundingBox())!;
    await page.mouse.click(box.x + LAYOUT.left + cellW / 2, box.y + LAYOUT.top + cellH / 2);
    await page.waitForURL((u) => u.pathname === `/doc/${entry.id}`);
    expect(new URL(page.url()).searchParams.get('task')).toBe(firstTask.id);
    await page.waitForFunction((title) => document.querySelector('#main')?.textContent?.includes(title), firstTask.title.slice(0, 8));
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('hovering a truncated department name shows the full name', async () => {
    const { entry } = await hubei();
    const names = new Set((await registry()).filter((d) => d.provinceCode === entry.provinceCode).map((d) => d.name));
    const { page, errors, close } = await openPage(`/heatmap/${entry.id}`);
    await chartReady(page);
    const [, ys] = (await page.getAttribute('[data-testid="heatmap-summary"]', 'data-window'))!.split(';').map((s) => s.split(',').map(Number));
    const box = (await page.locator('.heatmap-chart canvas').first().boundingBox())!;
    const cellH = (box.height - LAYOUT.top - LAYOUT.bottom) / (ys[1] - ys[0] + 1);
    // Hover each row's label (just left of the plot) and read the tooltip's first line.
    const shown: string[] = [];
    for (let i = 0; i <= ys[1] - ys[0]; i++) {
      await page.mouse.move(box.x + LAYOUT.left - 40, box.y + LAYOUT.top + (i + 0.5) * cellH);
      const tip = page.locator('.heatmap-chart div[style*="z-index: 9999999"] div').first();
      await tip.waitFor({ state: 'visible', timeout: 5000 });
      await page.waitForTimeout(60);
      shown.push(await tip.innerText());
    }
    expect(shown.every((n) => names.has(n)), shown.join(' | ')).toBe(true);
    expect(new Set(shown).size).toBe(shown.length); // one row each
    const long = shown.find((n) => n.length > LABEL_CHARS);
    expect(long, 'a name longer than the label width').toBeTruthy();
    await page.mouse.move(box.x + LAYOUT.left - 40, box.y + LAYOUT.top + (shown.indexOf(long!) + 0.5) * cellH);
    await page.waitForTimeout(200);
    await screenshot(page, 'heatmap-label-tooltip-1366');
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('Enter on the keyboard grid opens the focused cell', async () => {
    const { entry, doc } = await hubei();
    const { page, close } = await openPage(`/heatmap/${entry.id}`);
    await chartReady(page);
    await page.focus('[data-testid="heatmap-grid"]');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `/doc/${entry.id}`);
    expect(new URL(page.url()).searchParams.get('task')).toBe(doc.tasks.find((t) => t.units.length > 0)!.id);
    await close();
  });

  it('after a filter shrinks the matrix, the first arrow key moves from the cell shown as focused', async () => {
    const { entry } = await hubei();
    const { page, errors, close } = await openPage(`/heatmap/${entry.id}`);
    await chartReady(page);
    await page.focus('[data-testid="heatmap-grid"]');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    // Filter down to a few rows (the search box), then come back to the grid.
    await page.getByLabel('筛选部门或任务').fill('武汉');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '武汉');
    await chartReady(page);
    await page.focus('[data-testid="heatmap-grid"]');
    const rowOf = async () => Number(await page.locator('#heatmap-active-cell').locator('..').getAttribute('aria-rowindex'));
    const last = await rowOf();
    await page.keyboard.press('ArrowUp');
    expect(await rowOf()).toBe(last - 1);
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('exports the matrix shown as CSV, SVG and PNG', async () => {
    const { entry } = await hubei();
    const { page, errors, close } = await openPage(`/heatmap/${entry.id}?kinds=government,party,central,city,other`);
    await chartReady(page);
    const take = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const csv = await take('CSV 表格');
    const text = csv.body.toString('utf8');
    expect(csv.name).toMatch(/\.csv$/);
    expect(text.split('\r\n')[1]).toMatch(/^省发展改革委,/);
    expect(text).not.toContain('相关城市人民政府'); // the collective filter applies to the export
    const svg = await take('SVG 图片');
    expect(svg.body.toString('utf8')).toMatch(/^<svg[\s\S]*省发展改革委[\s\S]*<\/svg>$/);
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg.body.toString('utf8'))).toBeNull();
    // The image holds the whole (filtered) matrix, not the window on screen, and says so.
    const units = Number(/全部 (\d+) 个单位/.exec(svg.body.toString('utf8'))?.[1]);
    expect(units).toBeGreaterThan(22); // more than the rows in view at 1366×768
    expect(text).toContain(text.trim().split('\r\n')[units].split(',')[0]); // the last unit is in the CSV too
    const png = await take('PNG 图片');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('a document that names no units says so instead of drawing an empty matrix', async () => {
    const m = await testManifest();
    const silent = m.documents.find((d) => d.counts.units === 0);
    if (!silent) return expect(dataSource()).toBe('fixture'); // the fixture has no such document
    const { page, close } = await openPage(`/heatmap/${silent.id}`);
    await page.waitForSelector('.empty-state');
    expect(await page.locator('.empty-state').innerText()).toContain('未注明任何责任单位');
    expect(await page.locator('.heatmap-chart').count()).toBe(0);
    await close();
  });

  it('screenshots: per-task and per-section matrices at 1366×768 and 1920×1080', { timeout: 300_000 }, async () => {
    const m = await testManifest();
    for (const d of m.documents.filter((x) => x.counts.units > 0)) {
      for (const [size, vp] of [['1366', SIZES.laptop], ['1920', SIZES.projector]] as const) {
        for (const kind of ['tasks', 'sections'] as const) {
          const { page, errors, close } = await openPage(`/heatmap/${d.id}${kind === 'sections' ? '?m=sections' : ''}`, vp);
          await chartReady(page);
          await screenshot(page, `heatmap-${d.id.slice(0, 3)}-${kind}-${size}`);
          expect(errors.join('\n'), `${d.id} ${kind} ${size}`).toBe('');
          await close();
        }
      }
    }
  });
});

describe('department page', () => {
  it('lists a department’s tasks across its province’s documents with counts by role', async () => {
    const reg = await registry();
    const d = [...reg].sort((a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions)[0];
    const { page, errors, close } = await openPage(`/department/${encodeURIComponent(d.id)}`);
    await page.waitForSelector('[data-testid="department-counts"]', { timeout: 50_000 });
    const rows = await page.locator('[data-testid="department-counts"] tbody tr').count();
    expect(rows).toBe(d.documents.length);
    expect(await page.locator('.department-tasks a.source-link').count()).toBeGreaterThan(0);
    await screenshot(page, `department-${d.id.replace(/[^\w]+/g, '_')}-1366`);
    expect(errors.join('\n')).toBe('');
    await close();
  });
});
