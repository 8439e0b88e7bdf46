// The department page (issues 15.7, 16.5, 11) in a real browser, on whatever data the app serves:
// the paged task lists (the first rows of each list, 显示更多 for the rest, only the pages needed),
// filters by role and document kept in the URL (a filter to one document shows its full list; a
// reload shows the same), the export with the full list, the department's targets by due year with
// what is overdue, Back from 出处 at the same scroll position and rows, and no document loaded (the
// page reads its own index file and its pages, never a file of every department or target).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../pipeline/progress/csv';
import { roleKey } from '../../src/shared/department-roles';
import { DEPARTMENT_PAGE } from '../../src/shared/index-paths';
import { progress as progressSchema, type DepartmentTaskRow } from '../../src/shared/schema';
import { routePaths } from '../../src/kernel/router/paths';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, screenshot, SIZES } from './harness';
import { readData } from './data';
import { busiestDepartment, routeManyTasks, type DepartmentCase } from './department-index';

const listed = (page: Page) => page.locator('[data-testid="department-task"]').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), doc: e.getAttribute('data-doc') })));
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const LISTS = { lead: ['lead'], support: ['support'], unassigned: ['first', 'none'] } as const;
const inList = (rows: DepartmentTaskRow[], list: keyof typeof LISTS) => rows.filter((r) => (LISTS[list] as readonly string[]).includes(roleKey(r)));
const rowsOfList = (page: Page, list: string) => page.locator(`[data-testid="department-list-${list}"] [data-testid="department-task"]`).evaluateAll((els) =>
  els.map((e) => `${e.getAttribute('data-doc')}|${e.closest('tr')!.querySelector('a.source-link')?.getAttribute('href') ?? ''}`));
const keysOf = (page: Page, list: string) => page.locator(`[data-testid="department-list-${list}"] [data-testid="department-task"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-doc')));
/** Requests for the department's task pages, by page number. */
function pageRequests(p: Page): number[] {
  const seen: number[] = [];
  p.on('request', (r) => {
    const m = /\/data\/index\/department-tasks\/[0-9a-f]+-(\d+)\.json/.exec(r.url());
    if (m) seen.push(Number(m[1]));
  });
  return seen;
}

describe('department page', () => {
  it('a department with many tasks: each list shows its first rows, 显示更多 adds the rest in document order, only the pages needed are read', async () => {
    let c: DepartmentCase | null = null;
    let pages: number[] = [];
    const other: string[] = [];
    const { page, errors, close } = await openPage(routePaths.department((await busiestDepartment()).id), SIZES.laptop, {
      beforeGoto: async (p) => {
        c = await routeManyTasks(p, 4);
        pages = pageRequests(p);
        p.on('request', (r) => {
          const u = r.url();
          if (u.includes('/data/docs/') || u.includes('/data/index/targets/') || u.includes('/data/index/departments/') || u.includes('/data/manifest.json')) other.push(u);
        });
      },
    });
    try {
      const dep = c!;
      expect(dep.index.pages).toBeGreaterThan(2);
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      await expect.poll(() => page.locator('[data-testid="department-list-loading"]').count()).toBe(0);
      // The counts are the whole portfolio's, though few rows are shown.
      const chips = await page.locator('[data-testid="role-filter"]:not([data-role="all"])').evaluateAll((els) =>
        els.map((e) => Number(e.querySelector('.count')!.textContent)));
      expect(chips.reduce((a, b) => a + b, 0)).toBe(dep.rows.length);
      const shown = await page.locator('[data-testid="department-task"]').count();
      expect(shown).toBeLessThan(dep.rows.length);
      for (const list of ['lead', 'support', 'unassigned'] as const) {
        const all = inList(dep.rows, list);
        const el = page.getByTestId(`department-list-${list}`);
        expect(Number(await el.getAttribute('data-total'))).toBe(all.length);
        const docs = await keysOf(page, list);
        // At least a page's rows (or all), whole documents, the first ones in order.
        expect(docs.length).toBeGreaterThanOrEqual(Math.min(DEPARTMENT_PAGE, all.length));
        expect(docs).toEqual(all.slice(0, docs.length).map((r) => r.docId));
        if (docs.length < all.length) expect(new Set(docs).has(all[docs.length].docId)).toBe(false);
      }
      // Only the pages holding the lists' first rows; not the last one.
      expect(Math.max(...pages)).toBeLessThan(dep.index.pages - 1);
      await screenshot(page, 'department-paged-1366');
      // 显示更多 on the longest list until it is complete: the full list, in document order.
      const longest = (['lead', 'support', 'unassigned'] as const).map((l) => [l, inList(dep.rows, l).length] as const).sort((a, b) => b[1] - a[1])[0][0];
      const more = page.locator(`[data-testid="department-more"][data-list="${longest}"]`);
      for (let i = 0; i < 20 && (await more.count()) > 0; i++) {
        const before = (await keysOf(page, longest)).length;
        await more.click();
        await expect.poll(async () => (await keysOf(page, longest)).length).toBeGreaterThan(before);
      }
      expect(await more.count()).toBe(0);
      expect(await keysOf(page, longest)).toEqual(inList(dep.rows, longest).map((r) => r.docId));
      // Each row links to its sentence.
      const hrefs = await rowsOfList(page, longest);
      expect(hrefs.every((h) => h.split('|')[1].startsWith('/doc/'))).toBe(true);
      // The page read its own files only: no document, no province-wide shard, no manifest; each page once.
      expect(other).toEqual([]);
      expect(new Set(pages).size).toBe(pages.length);
      expect(errors.join('\n')).toBe('');
    } finally {
      await close();
    }
  });

  it('a department in many documents: the counts table shows the ones with the most tasks, 显示全部 N 份文件 (keyboard, aria-expanded) shows every count; the filter links work; print shows every row', async () => {
    const id = (await busiestDepartment()).id;
    for (const size of [SIZES.laptop, SIZES.phone]) {
      let c: DepartmentCase | null = null;
      const { page, errors, close } = await openPage(routePaths.department(id), size, {
        beforeGoto: async (p) => {
          c = await routeManyTasks(p, 14);
        },
      });
      try {
        const dep = c!;
        const docs = dep.index.documents;
        expect(docs.length).toBeGreaterThan(12);
        const totalOf = (d: (typeof docs)[number]) => d.counts.lead + d.counts.support + d.counts.first + d.counts.none;
        await page.getByTestId('department-counts').waitFor({ timeout: 50_000 });
        const rows = page.locator('[data-testid="department-counts-row"]');
        const visible = () => rows.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => ({
          doc: e.getAttribute('data-doc')!, total: Number(e.querySelector('td:last-child')!.textContent),
        })));
        const toggle = page.getByTestId('department-counts-toggle');
        // Collapsed: ten rows, the documents with the most tasks, in that order; every document's row is in the page.
        expect(await rows.count()).toBe(docs.length);
        const top = await visible();
        expect(top).toHaveLength(10);
        const byId = new Map(docs.map((d) => [d.id, totalOf(d)]));
        expect(top.map((r) => r.total)).toEqual(top.map((r) => byId.get(r.doc)));
        expect(top.map((r) => r.total)).toEqual([...top.map((r) => r.total)].sort((a, b) => b - a));
        const shownIds = new Set(top.map((r) => r.doc));
        expect(Math.max(...docs.filter((d) => !shownIds.has(d.id)).map(totalOf))).toBeLessThanOrEqual(Math.min(...top.map((r) => r.total)));
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await toggle.innerText()).toBe(`显示全部 ${docs.length} 份文件`);
        expect(await page.getByTestId('department-counts-shown').innerText()).toBe(`显示 10 / ${docs.length} 份文件`);
        // The totals row counts every document, shown or not.
        const sum = docs.reduce((n, d) => n + totalOf(d), 0);
        expect(Number(await page.locator('[data-testid="department-counts"] tfoot td:last-child').innerText())).toBe(sum);
        await screenshot(page, `department-counts-${size.width}`);
        // Print: every document's row.
        await page.emulateMedia({ media: 'print' });
        expect(await visible()).toHaveLength(docs.length);
        await page.emulateMedia({ media: 'screen' });
        // The keyboard: focus the toggle, Enter expands, every count is there and matches the index.
        await toggle.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
        const all = await visible();
        expect(all).toHaveLength(docs.length);
        expect(new Map(all.map((r) => [r.doc, r.total]))).toEqual(byId);
        expect(await toggle.innerText()).toBe('只显示任务最多的 10 份');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('department-counts-toggle');
        await screenshot(page, `department-counts-expanded-${size.width}`);
        // The table and its toggle, expanded, pass axe's WCAG 2.1 A/AA rules (a11y.test.ts sees the page's short table only).
        const axe = await new AxeBuilder({ page }).include('[data-testid="department-counts"]').include('.department-counts-more').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        // A document beyond the first ten filters the lists; collapsed again (Space), its row stays, pressed.
        const last = all[all.length - 1];
        expect(shownIds.has(last.doc)).toBe(false);
        await rows.and(page.locator(`[data-doc="${last.doc}"]`)).locator('button.link-button').click();
        await expect.poll(() => query(page)).toEqual({ doc: last.doc });
        await expect.poll(async () => (await listed(page)).length).toBe(dep.rows.filter((r) => r.docId === last.doc).length);
        expect((await listed(page)).every((r) => r.doc === last.doc)).toBe(true);
        await toggle.focus();
        await page.keyboard.press('Space');
        await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
        const collapsed = await visible();
        expect(collapsed).toHaveLength(11);
        expect(collapsed.at(-1)!.doc).toBe(last.doc);
        expect(await rows.and(page.locator(`[data-doc="${last.doc}"]`)).locator('button.link-button').getAttribute('aria-pressed')).toBe('true');
        await screenshot(page, `department-counts-filtered-${size.width}`);
        expect(errors.join('\n')).toBe('');
      } finally {
        await close();
      }
    }
  });

  it('a filter to one document shows its full list (beyond a page), reading that one page; filters live in the URL; a reload shows the same; an unknown value is named', async () => {
    let c: DepartmentCase | null = null;
    let pages: number[] = [];
    const { page, errors, close } = await openPage(routePaths.department((await busiestDepartment()).id), SIZES.laptop, {
      beforeGoto: async (p) => {
        c = await routeManyTasks(p, 4);
        pages = pageRequests(p);
      },
    });
    try {
      const dep = c!;
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      await expect.poll(() => page.locator('[data-testid="department-list-loading"]').count()).toBe(0);
      // The last document: on the last page, not shown before the filter.
      const last = dep.index.documents[dep.index.documents.length - 1];
      expect(last.page).toBe(dep.index.pages - 1);
      expect((await listed(page)).some((r) => r.doc === last.id)).toBe(false);
      const before = pages.length;
      await page.getByTestId('doc-filter').selectOption(last.id);
      await expect.poll(() => query(page)).toEqual({ doc: last.id });
      const mine = dep.rows.filter((r) => r.docId === last.id);
      await expect.poll(async () => (await listed(page)).length).toBe(mine.length);
      expect((await listed(page)).every((r) => r.doc === last.id)).toBe(true);
      expect(pages.slice(before)).toEqual([last.page]);
      expect(await page.getByTestId('department-shown').innerText()).toContain(String(mine.length));
      // Then a role within it: the chip with the most of its tasks; its count is what choosing it shows.
      const chips = await page.locator('[data-testid="role-filter"]:not([data-role="all"])').evaluateAll((els) =>
        els.map((e) => ({ role: e.getAttribute('data-role')!, n: Number(e.querySelector('.count')!.textContent) })));
      expect(chips.reduce((n, x) => n + x.n, 0)).toBe(mine.length);
      const chip = [...chips].sort((a, b) => b.n - a.n)[0];
      await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).click();
      await expect.poll(() => query(page)).toEqual({ doc: last.id, role: chip.role });
      const rows = await listed(page);
      expect(rows.length).toBe(chip.n);
      expect(rows.every((r) => r.doc === last.id && r.role === chip.role)).toBe(true);
      await screenshot(page, 'department-filtered-1366');
      // Deep link: a reload (a shared link) shows the same rows.
      await page.reload();
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      await expect.poll(async () => (await listed(page)).length).toBe(chip.n);
      expect(await listed(page)).toEqual(rows);
      expect(await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).getAttribute('aria-pressed')).toBe('true');
      // Back undoes the role filter.
      await page.goBack();
      await expect.poll(() => query(page)).toEqual({ doc: last.id });
      await expect.poll(async () => (await listed(page)).length).toBe(mine.length);
      // An unknown role falls back to every task's first rows, and says so.
      await page.goto(`${new URL(page.url()).origin}${routePaths.department(dep.id)}?role=boss`);
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      expect(await page.locator('body').innerText()).toContain('role=“boss”');
      expect(await page.getByTestId('department-list-lead').getAttribute('data-total')).toBe(String(inList(dep.rows, 'lead').length));
      expect(errors.join('\n')).toBe('');
    } finally {
      await close();
    }
  });

  it('the export and the printout list every task, including the pages not shown', async () => {
    let c: DepartmentCase | null = null;
    const { page, errors, close } = await openPage(routePaths.department((await busiestDepartment()).id), SIZES.laptop, {
      beforeGoto: async (p) => {
        c = await routeManyTasks(p, 4);
      },
    });
    try {
      const dep = c!;
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      expect(await page.locator('[data-testid="department-task"]').count()).toBeLessThan(dep.rows.length);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="department-export-csv"]')]);
      const records = parseCsv(readFileSync((await download.path())!, 'utf8'));
      const header = records[0].fields;
      const body = records.slice(1).map((r) => r.fields).filter((f) => f.length === header.length && f[0] === dep.name);
      expect(body.length).toBe(dep.rows.length);
      const titles = new Map(dep.index.documents.map((d) => [d.id, d.title]));
      expect(body.map((f) => `${f[2]}|${f[6]}`)).toEqual(dep.rows.map((r) => `${titles.get(r.docId)}|${r.title}`));
      // 打印 shows every row before the print dialog opens (the dialog stubbed: it records what it would print).
      await page.evaluate(() => {
        window.print = () => {
          (window as unknown as { __printed: number }).__printed = document.querySelectorAll('[data-testid="department-task"]').length;
        };
      });
      await page.getByTestId('department-print').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed ?? null)).toBe(dep.rows.length);
      expect(errors.join('\n')).toBe('');
    } finally {
      await close();
    }
  });

  it('a task page that fails: the counts and the rows before it stay, a notice names the missing file (not the error panel)', async () => {
    let c: DepartmentCase | null = null;
    const { page, errors, close } = await openPage(routePaths.department((await busiestDepartment()).id), SIZES.laptop, {
      beforeGoto: async (p) => {
        c = await routeManyTasks(p, 4);
        await p.route(/\/data\/index\/department-tasks\/[0-9a-f]+-1\.json/, (r) => r.fulfill({ status: 500, body: 'broken' }));
      },
    });
    try {
      const dep = c!;
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      // A filter to a document on page 1 (the page that fails).
      const doc = dep.index.documents.find((d) => d.page === 1)!;
      await page.getByTestId('doc-filter').selectOption(doc.id);
      const notice = page.getByTestId('partial-notice');
      await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
      expect(await notice.getByTestId('partial-doc').innerText()).toContain('-1.json');
      expect(await page.getByTestId('department-counts').count()).toBe(1);
      expect(await page.locator('[data-testid="department-task"]').count()).toBe(0);
      // Without the filter the rows of page 0 are there again, none of a later page.
      await page.goBack();
      await expect.poll(() => page.locator('[data-testid="department-task"]').count()).toBeGreaterThan(0);
      const onFirst = new Set(dep.index.documents.filter((d) => d.page === 0).map((d) => d.id));
      expect((await listed(page)).every((r) => onFirst.has(r.doc!))).toBe(true);
      expect(await page.locator('.error-panel:not(.partial-notice)').count()).toBe(0);
      expect(errors.filter((e) => !e.includes('500'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists the targets of its tasks by due year; overdue (逾期未报) is a past year with no figure reported', async () => {
    const c = await busiestDepartment();
    const rows = progressSchema.parse(await readData('progress.json')).rows;
    const reported = new Set(rows.map((r) => r.indicatorId));
    const year = new Date().getFullYear();
    const { page, errors, close } = await openPage(routePaths.department(c.id));
    await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
    const shown = await page.locator('[data-testid="department-target"]').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-indicator')!, status: e.getAttribute('data-status')!, year: e.closest('[data-testid="department-year"]')!.getAttribute('data-year')! })));
    // Its targets: those of the documents' tasks naming it (checked against the documents in the index test).
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

  it('Back from 出处 lands at the same scroll position, with the filters and the rows shown by 显示更多 kept', async () => {
    const id = (await busiestDepartment()).id;
    for (const size of [SIZES.laptop, SIZES.phone]) {
      let c: DepartmentCase | null = null;
      const { page, errors, close } = await openPage(routePaths.department(id), size, {
        beforeGoto: async (p) => {
          c = await routeManyTasks(p, 4);
        },
      });
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      // A filter that keeps most rows: the one with the most tasks; then one step of 显示更多.
      const chip = (await page.locator('[data-testid="role-filter"]:not([data-role="all"])').evaluateAll((els) =>
        els.map((e) => ({ role: e.getAttribute('data-role')!, n: Number(e.querySelector('.count')!.textContent) })))).sort((a, b) => b.n - a.n)[0];
      await page.locator(`[data-testid="role-filter"][data-role="${chip.role}"]`).click();
      await expect.poll(() => query(page).role).toBe(chip.role);
      const first = await page.locator('[data-testid="department-task"]').count();
      const more = page.getByTestId('department-more').first();
      expect(await more.count()).toBe(1);
      await more.click();
      await expect.poll(() => page.locator('[data-testid="department-task"]').count()).toBeGreaterThan(first);
      const shown = await page.locator('[data-testid="department-task"]').count();
      expect(shown).toBeLessThanOrEqual(c!.rows.length);
      const links = page.locator('[data-testid="department-task"] a.source-link');
      // A row that only 显示更多 brought in.
      const target = links.nth(Math.floor(first + (shown - first) * 0.5));
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
      await expect.poll(() => page.locator('[data-testid="department-task"]').count()).toBe(shown);
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(before - 5);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(5);
      await screenshot(page, `department-back-${size.width}`);
      // A fresh visit (a link, not Back) starts at the top, with the first rows only.
      await page.goto(`${new URL(page.url()).origin}${routePaths.department(id)}`);
      await page.getByTestId('department-filters').waitFor({ timeout: 50_000 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(errors.join('\n')).toBe('');
      await close();
    }
  });
});
