// The place page: a county written in a task (泽州县) leads to its prefecture, named officially from
// the boundary files (晋城市), with the ways the documents write it and the tasks that mention it.
import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './harness';
import { readData, testDocument, testManifest } from './data';
import { routeIndexes } from './indexes';
import { indexFiles } from '../../src/shared/index-paths';
import { departments, type PolicyDocument } from '../../src/shared/schema';
import { routePaths } from '../../src/kernel/router/paths';

describe('place page', () => {
  it('names 140500 officially and lists the 泽州县 pilot task with its source link', async () => {
    const { page, errors, close } = await openPage('/place/140500');
    try {
      await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 15_000 }).toContain('晋城市');
      await expect.poll(() => page.getByText('泽州县').count()).toBeGreaterThan(0);
      const task = page.locator('li', { hasText: '推进泽州县农村集体经营性建设用地入市改革试点' });
      await expect.poll(() => task.count()).toBe(1);
      await task.getByRole('link').last().click();
      await page.waitForURL(/\/doc\/001_e3afc5ffeb36f5d0/);
      await expect.poll(() => page.locator('.is-highlighted').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await screenshot(page, 'place-140500-to-reader');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('place page paging (the place list index)', () => {
  // Copies of a document (distinct ids) give 140100 (太原) more than one page of tasks.
  it('lists 50, loads the next page on 显示更多, and names a page that failed above the list it keeps', async () => {
    const m = await testManifest();
    const entry = m.documents.find((d) => d.id.startsWith('001_'))!;
    const base = await testDocument(m, entry.id);
    const perCopy = base.tasks.filter((t) => t.places.includes('140100')).length;
    expect(perCopy).toBeGreaterThan(0);
    const n = Math.ceil(60 / perCopy);
    const copies = Array.from({ length: n }, (_, k) => {
      const id = `${base.id}c${k}`;
      const doc = JSON.parse(JSON.stringify(base).split(`"${base.id}`).join(`"${id}`)) as PolicyDocument;
      return { doc: { ...doc, title: `副本${k}·${base.title}` }, path: `docs/${id}.json` };
    });
    const registry = departments.parse(await readData('departments.json')).departments;
    let failNext = true;
    const { page, errors, close } = await openPage('/place/140100', undefined, {
      beforeGoto: async (p) => {
        await routeIndexes(p, copies, registry);
        // Registered last, so it answers first: page 1 fails once.
        await p.route(`**/data/${indexFiles.placeItems('140100', 1)}`, (r) => (failNext ? ((failNext = false), r.fulfill({ status: 500, body: 'broken' })) : r.fallback()));
      },
    });
    try {
      const items = page.getByTestId('place-tasks').locator('li');
      await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(50);
      await expect.poll(() => page.locator('h2').first().innerText()).toContain(String(perCopy * n));
      await page.getByTestId('place-more-tasks').click();
      const notice = page.getByTestId('place-more-failed');
      await expect.poll(() => notice.count()).toBe(1);
      expect(await notice.innerText()).toContain(indexFiles.placeItems('140100', 1));
      expect(await items.count()).toBe(50);
      await notice.getByRole('button').click();
      await expect.poll(() => items.count()).toBe(Math.min(100, perCopy * n));
      expect(await notice.count()).toBe(0);
      // The 51st task is a later copy's (manifest, then document order), linked to its own sentence.
      const third = copies[Math.floor(50 / perCopy)]!;
      const task = third.doc.tasks.filter((t) => t.places.includes('140100'))[50 % perCopy]!;
      expect(await items.nth(50).innerText()).toContain(task.title);
      expect(await items.nth(50).getByRole('link').last().getAttribute('href')).toBe(`${routePaths.doc(third.doc.id)}?task=${encodeURIComponent(task.id)}`);
      expect(errors.filter((e) => !e.includes('500'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it("shows the region's own government's role on a task (湖北: 武汉市人民政府)", async () => {
    const { page, errors, close } = await openPage('/place/420100');
    try {
      await expect.poll(() => page.getByTestId('place-tasks').locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('place-role').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('place-role').first().innerText()).toMatch(/本级政府(牵头|配合|负责)/);
      await screenshot(page, 'place-420100');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
