// The department page (issues 15.7, 16.5) in a real browser, on whatever data the app serves: filters
// by role and document kept in the URL (a reload shows the same), the department's targets by due
// year with what is overdue, Back from 出处 at the same scroll position, and no document loaded
// (the page reads the build-time department index).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromColumns } from '../../src/shared/columnar';
import {
  departmentShard, departmentsIndex, departmentTask, progress as progressSchema, targetEntry, targetShard, type DepartmentTask, type TargetEntryRow,
} from '../../src/shared/schema';
import { routePaths } from '../../src/kernel/router/paths';
import { openPage, screenshot, SIZES } from './harness';
import { readData } from './data';

interface Case {
  id: string;
  name: string;
  pairs: DepartmentTask[];
  targets: TargetEntryRow[];
  /** Provinces of the documents its tasks come from (their targets shards). */
  provinces: string[];
}

/** The department with the most tasks, its pairs from the index, and the targets of its tasks. */
async function busiest(): Promise<Case> {
  const index = departmentsIndex.parse(await readData('index/departments/index.json'));
  let best: Case | null = null;
  for (const s of index.shards) {
    const shard = departmentShard.parse(await readData(`index/departments/${s.provinceCode}.json`));
    const pairs = fromColumns(shard.tasks).map((r) => departmentTask.parse(r));
    for (const d of shard.departments) {
      const mine = pairs.filter((p) => p.departmentId === d.id);
      if (!best || mine.length > best.pairs.length) best = { id: d.id, name: d.name, pairs: mine, targets: [], provinces: shard.documents.filter((x) => mine.some((m) => m.docId === x.id)).map((x) => x.provinceCode) };
    }
  }
  const c = best!;
  const provinces = new Set(c.provinces);
  const keys = new Set(c.pairs.map((p) => `${p.docId}|${p.taskId}`));
  for (const p of provinces) {
    const shard = targetShard.parse(await readData(`index/targets/${p}.json`));
    for (const r of fromColumns(shard.targets).map((x) => targetEntry.parse(x))) {
      if (r.indicator.stage === 'target' && r.indicator.taskId && keys.has(`${r.docId}|${r.indicator.taskId}`)) c.targets.push(r);
    }
  }
  return c;
}

const listed = (page: Page) => page.locator('[data-testid="department-task"]').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), doc: e.getAttribute('data-doc') })));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('department page', () => {
  it('filters by role and document live in the URL, with counts; a reload shows the same; an unknown value is named', async () => {
    const c = await busiest();
    const docRequests: string[] = [];
    const { page, errors, close } = await openPage(routePaths.department(c.id), SIZES.laptop, {
      beforeGoto: async (p) => {
        p.on('request', (r) => {
          if (r.url().includes('/data/docs/')) docRequests.push(r.url());
        });
      },
    });
    await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
    expect(await page.locator('[data-testid="department-task"]').count()).toBe(c.pairs.length);
    // The chip with the most tasks (besides "all"): its count is what choosing it shows.
    const chips = await page.locator('[data-testid="role-filter"]:not([data-role="all"])').evaluateAll((els) =>
      els.map((e) => ({ role: e.getAttribute('data-role')!, n: Number(e.querySelector('.count')!.textContent) })));
    expect(chips.reduce((n, x) => n + x.n, 0)).toBe(c.pairs.length);
    const chip = [...chips].sort((a, b) => b.n - a.n)[0];
    await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).click();
    await expect.poll(() => query(page).role).toBe(chip.role);
    let rows = await listed(page);
    expect(rows.length).toBe(chip.n);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set([chip.role]));
    // Then a document: the one with the most tasks of that role.
    const perDoc = new Map<string, number>();
    for (const r of rows) perDoc.set(r.doc!, (perDoc.get(r.doc!) ?? 0) + 1);
    const [doc, n] = [...perDoc].sort((a, b) => b[1] - a[1])[0];
    await page.getByTestId('doc-filter').selectOption(doc);
    await expect.poll(() => query(page)).toEqual({ role: chip.role, doc });
    rows = await listed(page);
    expect(rows.length).toBe(n);
    expect(rows.every((r) => r.doc === doc && r.role === chip.role)).toBe(true);
    expect(await page.getByTestId('department-shown').innerText()).toContain(String(n));
    await screenshot(page, 'department-filtered-1366');
    // Deep link: a reload (a shared link) shows the same rows.
    await page.reload();
    await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
    expect(await listed(page)).toEqual(rows);
    expect(await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).getAttribute('aria-pressed')).toBe('true');
    // Back undoes the document filter.
    await page.goBack();
    await expect.poll(() => query(page)).toEqual({ role: chip.role });
    await expect.poll(async () => (await listed(page)).length).toBe(chip.n);
    // An unknown role falls back to every task, and says so.
    await page.goto(`${new URL(page.url()).origin}${routePaths.department(c.id)}?role=boss`);
    await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
    expect(await page.locator('[data-testid="department-task"]').count()).toBe(c.pairs.length);
    expect(await page.locator('body').innerText()).toContain('role=“boss”');
    // Built documents are read from the index, never loaded whole.
    expect(docRequests).toEqual([]);
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('a targets shard that fails: the tasks stay, a notice names the missing file (not the error panel)', async () => {
    const c = await busiest();
    const province = c.provinces[0]!;
    const { page, errors, close } = await openPage(routePaths.department(c.id), SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.route(`**/data/index/targets/${province}.json`, (r) => r.fulfill({ status: 500, body: 'broken' }));
      },
    });
    try {
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      expect(await page.locator('[data-testid="department-task"]').count()).toBe(c.pairs.length);
      const notice = page.getByTestId('partial-notice');
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.getByTestId('partial-doc').innerText()).toContain(`index/targets/${province}.json`);
      expect(await page.locator('.error-panel:not(.partial-notice)').count()).toBe(0);
      expect(errors.filter((e) => !e.includes('500'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists the targets of its tasks by due year; overdue (逾期未报) is a past year with no figure reported', async () => {
    const c = await busiest();
    const rows = progressSchema.parse(await readData('progress.json')).rows;
    const reported = new Set(rows.map((r) => r.indicatorId));
    const year = new Date().getFullYear();
    const { page, errors, close } = await openPage(routePaths.department(c.id));
    await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
    const shown = await page.locator('[data-testid="department-target"]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-indicator')!, status: e.getAttribute('data-status')!, year: e.closest('[data-testid="department-year"]')!.getAttribute('data-year')! })));
    expect(shown.map((s) => s.id).sort()).toEqual([...new Set(c.targets.map((t) => t.indicator.id))].sort());
    for (const s of shown) {
      const ind = c.targets.find((t) => t.indicator.id === s.id)!.indicator;
      expect(s.year).toBe(ind.targetYear === null ? 'none' : String(ind.targetYear));
      const overdue = ind.targetYear !== null && ind.targetYear < year && !reported.has(ind.id);
      expect({ id: s.id, overdue: s.status === 'overdue' }).toEqual({ id: s.id, overdue });
    }
    // Earliest due year first, undated last.
    const years = await page.locator('[data-testid="department-year"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-year')));
    const order = years.map((y) => (y === 'none' ? Infinity : Number(y)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const overdue = shown.filter((s) => s.status === 'overdue').length;
    expect(await page.getByTestId('department-overdue').innerText()).toContain(overdue ? String(overdue) : '没有');
    if (c.targets.length) {
      await page.getByTestId('department-targets').scrollIntoViewIfNeeded();
      await screenshot(page, 'department-targets-1366');
    }
    expect(errors.join('\n')).toBe('');
    await close();
  });

  it('Back from 出处 lands at the same scroll position, with the filters kept', async () => {
    const c = await busiest();
    for (const size of [SIZES.laptop, SIZES.phone]) {
      const { page, errors, close } = await openPage(routePaths.department(c.id), size);
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      // A filter that keeps most rows: the one with the most tasks.
      const chip = (await page.locator('[data-testid="role-filter"]:not([data-role="all"])').evaluateAll((els) =>
        els.map((e) => ({ role: e.getAttribute('data-role')!, n: Number(e.querySelector('.count')!.textContent) })))).sort((a, b) => b.n - a.n)[0];
      await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).click();
      await expect.poll(() => query(page).role).toBe(chip.role);
      const links = page.locator('[data-testid="department-task"] a.source-link');
      const target = links.nth(Math.floor((await links.count()) * 0.7));
      await target.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(400);
      const before = await page.evaluate(() => window.scrollY);
      expect(before).toBeGreaterThan(300);
      const href = await target.getAttribute('href');
      await target.click();
      await page.waitForURL((u) => u.pathname.startsWith('/doc/'), { timeout: 30_000 });
      await page.locator('main').first().waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href);
      await page.waitForTimeout(500);
      await page.goBack();
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      expect(query(page)).toEqual({ role: chip.role });
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(before - 5);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(5);
      await screenshot(page, `department-back-${size.width}`);
      // A fresh visit (a link, not Back) starts at the top.
      await page.goto(`${new URL(page.url()).origin}${routePaths.department(c.id)}`);
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(errors.join('\n')).toBe('');
      await close();
    }
  });
});
