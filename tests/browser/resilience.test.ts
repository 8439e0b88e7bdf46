// Issue 13 (app side): one missing document leaves every cross-document view usable and named;
// a request that never answers ends in the error panel; a file that is not the document the
// manifest names is an error; bad URL values give a notice; long strings never widen a page;
// a hostile document's payloads never run in any view.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { departments as departmentsSchema, type Departments, type Manifest, type PolicyDocument } from '../../src/shared/schema';
import { departmentKey, routePaths } from '../../src/kernel/router/paths';
import { openPage, screenshot, SIZES } from './harness';
import { readData, testDocument, testManifest } from './data';
import { routeIndexes } from './indexes';
import { indexFiles } from '../../src/shared/index-paths';

const HOSTILE = resolve(import.meta.dirname, '../fixtures/app');
const fileOf = (path: string) => path.replace(/^\/?(data\/)?/, '');
const json = (route: Route, body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

async function testDepartments(): Promise<Departments> {
  return departmentsSchema.parse(await readData('departments.json'));
}

/** Two documents of one province (one to lose, one that stays), a department naming both, a place the kept one names. */
async function pickCase() {
  const m = await testManifest();
  const byProvince = new Map<string, Manifest['documents']>();
  for (const d of m.documents) byProvince.set(d.provinceCode, [...(byProvince.get(d.provinceCode) ?? []), d]);
  const pair = [...byProvince.values()].find((ds) => ds.length >= 2) ?? [m.documents[1]!, m.documents[0]!];
  const [kept, lost] = pair as [Manifest['documents'][number], Manifest['documents'][number]];
  const keptDoc = await testDocument(m, kept.id);
  const reg = await testDepartments();
  const dept = reg.departments.find((d) => d.documents.includes(lost.id) && d.documents.includes(kept.id)) ?? reg.departments.find((d) => d.documents.includes(kept.id))!;
  const place = keptDoc.tasks.flatMap((t) => t.places).find((c) => /^\d{6}$/.test(c))!;
  return { m, kept, lost, keptDoc, dept, place };
}

const notFound = async (page: Page, path: string): Promise<void> => {
  await page.route(`**/data/${fileOf(path)}`, (r) => r.fulfill({ status: 404, body: 'gone' }));
};

async function expectPartial(page: Page, lost: { id: string; title: string }) {
  const notice = page.getByTestId('partial-notice').first();
  await notice.waitFor({ timeout: 20_000 });
  const item = notice.locator(`[data-doc="${lost.id}"]`);
  expect(await item.count()).toBe(1);
  expect(await item.innerText()).toContain(lost.title);
  expect(await notice.getByRole('button').count()).toBe(1);
  expect(await page.getByTestId('error-panel').count()).toBe(0);
}

describe('one missing document file', () => {
  it('the indicators view reads the targets catalogue: a missing document file changes nothing, a missing province shard is named', async () => {
    const { m, lost } = await pickCase();
    const all = await openPage('/indicators', SIZES.laptop, { beforeGoto: (p) => notFound(p, lost.path) });
    await all.page.getByTestId('result-count').waitFor({ timeout: 20_000 });
    expect(Number((await all.page.getByTestId('result-count').innerText()).match(/\d+/)?.[0])).toBeGreaterThan(0);
    expect(await all.page.getByTestId('partial-notice').count()).toBe(0);
    await screenshot(all.page, 'resilience-partial-indicators-1366');
    await all.close();
    const shard = indexFiles.targets(lost.provinceCode);
    const { page, close } = await openPage('/indicators', SIZES.laptop, { beforeGoto: (p) => notFound(p, shard) });
    const panel = page.getByTestId('error-panel');
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.innerText()).toContain(shard);
    await page.unroute(`**/data/${shard}`);
    await panel.getByRole('button').first().click();
    await page.getByTestId('result-count').waitFor({ timeout: 20_000 });
    expect(m.documents.length).toBeGreaterThan(0);
    await close();
  });

  it('the map (a region\'s panel), the place page and the department page show what they can and name the missing document', async () => {
    const { lost, kept, dept } = await pickCase();
    const lostDoc = await testDocument(await testManifest(), lost.id);
    // A place the lost document names (the place page lists it from its place-list index), and one in its own
    // province for the map (a region's panel loads the documents of its items).
    const places = lostDoc.tasks.flatMap((t) => t.places).filter((c) => /^\d{6}$/.test(c) && !c.endsWith('0000'));
    const place = places[0]!;
    const own = places.find((c) => c.slice(0, 2) === lost.provinceCode.slice(0, 2));
    const paths = [...(own ? [`${routePaths.map(lost.provinceCode)}?region=${own.slice(0, 4)}00`] : []), routePaths.place(place), routePaths.department(dept.id)];
    for (const path of paths) {
      for (const size of [SIZES.laptop, SIZES.phone]) {
        const { page, close } = await openPage(path, size, { beforeGoto: (p) => notFound(p, lost.path) });
        // The department and place pages read build-time indexes, not the document files: a lost file costs them nothing.
        if (path.startsWith('/map')) await expectPartial(page, lost);
        if (path.startsWith('/map')) {
          await page.locator('.map-side').waitFor({ timeout: 20_000 });
          // Coloured from the place aggregates (the chart's description counts the documents), not blank.
          await page.waitForFunction(() => [...document.querySelectorAll('[aria-label]')].some((e) => /依据本省 \d+ 份文件/.test(e.getAttribute('aria-label') ?? '')), null, { timeout: 20_000 });
        }
        if (path.startsWith('/place')) {
          expect(await page.locator('h1').first().innerText()).toContain(place);
          // The lost document's task naming the place is still listed, from the index, with no partial notice.
          const task = lostDoc.tasks.find((t) => t.places.includes(place))!;
          await expect.poll(() => page.getByTestId('place-tasks').locator('li', { hasText: task.title }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
          expect(await page.getByTestId('partial-notice').count()).toBe(0);
        }
        if (path.startsWith('/department')) {
          await page.getByTestId('department-counts').waitFor({ timeout: 20_000 });
          expect(await page.getByTestId('partial-notice').count()).toBe(0);
          expect(await page.getByTestId('department-counts').innerText()).toContain(dept.documents.includes(lost.id) ? lost.title : kept.title);
        }
        await screenshot(page, `resilience-partial-${path.split('/')[1]}-${size.width}`);
        await close();
      }
    }
  });

  it('search (a build-time index) still finds every document, and recovers from a failed index file on the next focus', async () => {
    const { lost } = await pickCase();
    const lostDoc = await testDocument(await testManifest(), lost.id);
    const { page, close } = await openPage('/', SIZES.laptop, {
      beforeGoto: async (p) => {
        await notFound(p, lost.path);
        await p.route('**/data/search/core.json', (r) => r.fulfill({ status: 503, body: 'down' }));
      },
    });
    const box = page.locator('#site-search');
    await box.click();
    await box.fill(lostDoc.tasks[0]!.title.slice(0, 8));
    await page.locator('.search-panel', { hasText: 'search/core.json' }).waitFor({ timeout: 20_000 });
    // The index file is back: the next focus fetches it again, no reload.
    await page.unroute('**/data/search/core.json');
    await box.blur();
    await page.waitForTimeout(300);
    await box.click();
    await page.locator('.search-hit:not(.search-all)').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.search-panel', { hasText: 'search/core.json' }).count()).toBe(0);
    await screenshot(page, 'resilience-search-recovered-1366');
    await close();
  });
});

describe('a request that never answers', () => {
  it('ends in the error panel after the time limit, and retry loads the document', async () => {
    const m = await testManifest();
    const doc = m.documents[0]!;
    const { page, close } = await openPage(routePaths.doc(doc.id), SIZES.laptop, {
      beforeGoto: async (p) => {
        await p.addInitScript(() => {
          window.__atlasLoadTimeoutMs = 1500;
        });
        await p.route(`**/data/${fileOf(doc.path)}`, () => new Promise(() => {}));
      },
    });
    const panel = page.getByTestId('error-panel');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.innerText()).toContain(fileOf(doc.path));
    expect(await panel.innerText()).toContain('没有响应');
    await page.unroute(`**/data/${fileOf(doc.path)}`);
    await panel.getByRole('button').click();
    await page.locator('h1', { hasText: doc.title.slice(0, 10) }).first().waitFor({ timeout: 20_000 });
    await close();
  });
});

describe('file identities', () => {
  it('a lookup path pointing at another document\'s file is a named error in the reader', async () => {
    const m = await testManifest();
    const [a, b] = m.documents as [Manifest['documents'][number], Manifest['documents'][number]];
    const shard = indexFiles.lookup(a.id);
    const lookup = (await readData(shard)) as { schemaVersion: number; documents: Array<{ id: string; path: string }> };
    const swapped = { ...lookup, documents: lookup.documents.map((d) => (d.id === a.id ? { ...d, path: b.path } : d)) };
    const route = async (p: Page): Promise<void> => {
      await p.route(`**/data/${shard}`, (r) => json(r, swapped));
    };
    const reader = await openPage(routePaths.doc(a.id), SIZES.laptop, { beforeGoto: route });
    const panel = reader.page.getByTestId('error-panel');
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.innerText()).toContain(a.id);
    expect(await panel.innerText()).toContain(b.id);
    await reader.close();
  });

  it('a document whose id or SHA-256 differs from its manifest entry is a named error', async () => {
    const m = await testManifest();
    const a = m.documents[0]!;
    const doc = await testDocument(m, a.id);
    for (const [changed, expected] of [[{ ...doc, id: 'not-this-one' }, 'not-this-one'], [{ ...doc, sha256: 'f'.repeat(64) }, 'SHA-256']] as [PolicyDocument, string][]) {
      const { page, close } = await openPage(routePaths.doc(a.id), SIZES.laptop, { beforeGoto: async (p) => { await p.route(`**/data/${fileOf(a.path)}`, (r) => json(r, changed)); } });
      const panel = page.getByTestId('error-panel');
      await panel.waitFor({ timeout: 20_000 });
      expect(await panel.innerText()).toContain(expected);
      await close();
    }
  });
});

describe('bad URL values', () => {
  const badValues: [string, (doc: Manifest['documents'][number]) => string][] = [
    ['section', (d) => `${routePaths.heatmap(d.id)}?section=nope`],
    ['cat', (d) => `${routePaths.heatmap(d.id)}?cat=nope`],
    ['tab', () => '/indicators?tab=nope'],
    ['sort', () => '/indicators?sort=nope'],
    ['dir', () => '/indicators?dir=nope'],
    ['compare', () => '/indicators?compare=nope'],
    ['achieved', () => '/indicators?achieved=nope'],
    ['raw', (d) => `${routePaths.doc(d.id)}?raw=nope`],
    ['values', (d) => `${routePaths.map(d.provinceCode)}?values=nope`],
  ];
  for (const [param, pathOf] of badValues) {
    it(`?${param}=nope gives a notice naming it and the view falls back to its default`, async () => {
      const m = await testManifest();
      const doc = m.documents.find((d) => d.counts.units > 0) ?? m.documents[0]!;
      const path = pathOf(doc);
      const { page, close } = await openPage(path);
      await page.locator('.notice', { hasText: `${param}=“nope”` }).first().waitFor({ timeout: 20_000 });
      if (path.startsWith('/heatmap')) {
        // Dropped from the URL, and the matrix is the whole document's (not empty under 全部).
        await page.waitForFunction(() => !/[?&](section|cat)=/.test(location.search), null, { timeout: 10_000 });
        await page.getByTestId('heatmap-summary').waitFor({ timeout: 20_000 });
      }
      if (param === 'tab') expect(await page.getByTestId('tab-cards').getAttribute('aria-selected')).toBe('true');
      await close();
    });
  }

  it('a malformed percent-escape in the path reaches the app, which shows its not-found notice', async () => {
    const { page, errors, close } = await openPage('/doc/%E0%A4%A');
    await page.getByTestId('notice').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('notice').innerText()).toContain('%E0%A4%A');
    expect(errors.filter((e) => e.startsWith('HTTP 4') && !e.includes('/data/'))).toEqual([]);
    await close();
  });
});

describe('long unbroken strings', () => {
  for (const size of [SIZES.phone, SIZES.laptop]) it(`never widen a page beyond the viewport (${size.width} px), and links stay short`, async () => {
    const m = await testManifest();
    const entry = m.documents.find((d) => d.counts.units > 0)!;
    const doc = await testDocument(m, entry.id);
    const reg = await testDepartments();
    const long = 'A'.repeat(15_000);
    const longId = `${entry.provinceCode}:${long}`;
    const task = doc.tasks.find((t) => t.units.length > 0)!;
    const place = doc.tasks.flatMap((t) => t.places).find((c) => /^\d{6}$/.test(c));
    const changed: PolicyDocument = {
      ...doc,
      tasks: doc.tasks.map((t) => (t.id === task.id ? { ...t, title: `${long}${t.title}`, units: t.units.map((u, i) => (i === 0 ? { ...u, name: long, departmentId: longId } : u)) } : t)),
    };
    const like = reg.departments.find((d) => d.documents.includes(entry.id))!;
    const registry = { ...reg, departments: [...reg.departments, { ...like, id: longId, name: long, aliases: [], documents: [entry.id] }] };
    // The views' indexes as a build with the long title and names would write them.
    const indexed = await Promise.all(m.documents.map(async (d) => ({ doc: d.id === entry.id ? { ...changed, title: `${long}${changed.title}` } : await testDocument(m, d.id), path: d.path })));
    const routes = async (p: Page) => {
      await p.route(`**/data/${fileOf(entry.path)}`, (r) => json(r, changed));
      await p.route('**/data/departments.json', (r) => json(r, registry));
      await p.route('**/data/manifest.json', (r) => json(r, { ...m, documents: m.documents.map((d) => (d.id === entry.id ? { ...d, title: `${long}${d.title}` } : d)) }));
      await routeIndexes(p, indexed, registry.departments);
    };
    const paths = ['/', `${routePaths.doc(entry.id)}?task=${encodeURIComponent(task.id)}`, routePaths.department(longId), '/indicators', '/indicators?tab=table', ...(place ? [routePaths.place(place)] : []), routePaths.heatmap(entry.id)];
    expect(routePaths.department(longId).length).toBeLessThan(200);
    {
      for (const path of paths) {
        const { page, close } = await openPage(path, size, { beforeGoto: routes });
        await page.locator('main h1').first().waitFor({ timeout: 20_000 });
        await page.waitForTimeout(300);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect({ path, width: width <= size.width ? 'fits' : width }).toEqual({ path, width: 'fits' });
        // Every link the app made is short (ids, not names).
        const longest = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('a[href]')].map((a) => (a.getAttribute('href') ?? '').length)));
        expect({ path, longest: longest < 400 ? 'short' : longest }).toEqual({ path, longest: 'short' });
        if (path.startsWith('/department')) expect(await page.getByTestId('department-view').count()).toBe(1);
        await close();
      }
    }
  }, 150_000);
});

describe('a hostile document', () => {
  it('shows its payloads as text in every view and runs none of them', async () => {
    const extra = JSON.parse(readFileSync(resolve(HOSTILE, 'hostile/extra.json'), 'utf8'));
    const hostileDoc = readFileSync(resolve(HOSTILE, 'data/docs/900_hostile.json'), 'utf8');
    const hostile = JSON.parse(hostileDoc) as PolicyDocument;
    const m = await testManifest();
    const reg = await testDepartments();
    const indexed = [...(await Promise.all(m.documents.map(async (d) => ({ doc: await testDocument(m, d.id), path: d.path })))), { doc: hostile, path: 'docs/900_hostile.json' }];
    const routes = async (p: Page) => {
      await routeIndexes(p, indexed, [...reg.departments, extra.department]);
      await p.addInitScript(() => {
        window.alert = () => {
          (window as unknown as { __pwned: unknown }).__pwned = 'alert';
        };
      });
      await p.route('**/data/manifest.json', (r) => json(r, { ...m, documents: [...m.documents, extra.manifestEntry] }));
      await p.route('**/data/departments.json', (r) => json(r, { ...reg, departments: [...reg.departments, extra.department] }));
      await p.route('**/data/docs/900_hostile.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: hostileDoc }));
    };
    const place = hostile.tasks.flatMap((t) => t.places).find((c) => /^\d{6}$/.test(c))!;
    const views = [
      '/',
      routePaths.doc(hostile.id),
      `${routePaths.doc(hostile.id)}?task=${encodeURIComponent(hostile.tasks[0]!.id)}`,
      `${routePaths.doc(hostile.id)}?raw=1`,
      routePaths.heatmap(hostile.id),
      `${routePaths.heatmap(hostile.id)}?m=sections`,
      '/indicators',
      '/indicators?tab=table&compare=1',
      routePaths.map(hostile.provinceCode!),
      routePaths.place(place),
      routePaths.department(extra.department.id),
    ];
    // The hostile department's id is long: its link goes by the hash, which the page resolves.
    expect(routePaths.department(extra.department.id)).toBe(`/department/${encodeURIComponent(departmentKey(extra.department.id))}`);
    for (const path of views) {
      const { page, errors, close } = await openPage(path, SIZES.laptop, { beforeGoto: routes });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // The view has rendered its content (the map has no heading: its region list).
      await page.locator('main h1, .map-side').first().waitFor({ timeout: 20_000 }).catch(async (e) => {
        throw new Error(`${path}: ${e}\n${await page.locator('main').innerText()}`);
      });
      await page.waitForTimeout(500);
      // Hover over every chart so ECharts renders its HTML tooltips.
      for (const chart of await page.locator('canvas').all()) {
        const box = await chart.boundingBox();
        if (!box) continue;
        for (const [fx, fy] of [[0.5, 0.5], [0.3, 0.3], [0.7, 0.6], [0.2, 0.8]]) await page.mouse.move(box.x + box.width * fx!, box.y + box.height * fy!);
      }
      // The search box: a query that matches the payloads.
      await page.locator('#site-search').fill('onerror');
      await page.waitForTimeout(800);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        handlers: document.querySelectorAll('[onerror],[onload],[onmouseover]').length,
        injected: document.querySelectorAll('img[src="x"], body script:not([src]):not([type])').length,
        text: document.body.innerText,
      }));
      expect({ path, pwned: state.pwned, handlers: state.handlers, injected: state.injected, dialogs }).toEqual({ path, pwned: null, handlers: 0, injected: 0, dialogs: [] });
      if (!path.startsWith('/map') && !path.startsWith('/heatmap')) expect(state.text, path).toContain('<img src=x onerror=');
      expect(errors.filter((e) => e.startsWith('pageerror')), path).toEqual([]);
      await close();
    }
  }, 240_000);
});
