// The map in a real browser: Shanxi → click 长治 on the map → the 潞城 pilot task is listed;
// switching to Hubei shows 17 regions; keyboard selection; PNG and SVG exports carry the note.
// Screenshots of the three provinces at projector size go to test-artifacts/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canvasLayout } from '../../src/kernel/map/option/layout';
import { layoutLabels } from '../../src/kernel/map/labels/layout';
import { provinceProjection } from '../../src/kernel/map/projection';
import { provinceFixture } from '../kernel/map/geo-fixture';
import { testDocument, testManifest } from './data';
import { openPage, screenshot, SIZES, liveMap } from './harness';

/** Where our layout puts a region's name (same code as the app), in page coordinates. */
async function placedLabels(page: import('playwright-core').Page, packageFile: string) {
  const box = (await page.locator('.map-canvas canvas').first().boundingBox())!;
  const { regions } = provinceFixture(packageFile);
  const layout = canvasLayout(Math.round(box.width), Math.round(box.height));
  const m = layout.map;
  const projection = provinceProjection(regions, { width: layout.width, height: layout.height, padding: [m.y, layout.width - m.x - m.w, layout.height - m.y - m.h, m.x] });
  return { box, labels: layoutLabels(regions, projection, layout.labels, { fontSize: layout.fontSize }) };
}

async function labelCentre(page: import('playwright-core').Page, packageFile: string, name: string, leader = false): Promise<[number, number]> {
  const { box, labels } = await placedLabels(page, packageFile);
  const label = labels.find((l) => l.key === name)!;
  expect(label.leader, leader ? `${name} is drawn beside its region` : `${name} sits on its region`).toBe(leader);
  return [box.x + label.box.x + label.box.w / 2, box.y + label.box.y + label.box.h / 2];
}

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('map view', () => {
  it('Shanxi: clicking 长治市 on the map lists the 潞城 pilot task; Hubei shows 17 regions', async () => {
    const m = await testManifest();
    const shanxi = m.documents.filter((d) => d.provinceCode === '140000');
    expect(shanxi.length, 'Shanxi documents in the data').toBeGreaterThan(0);
    const docs = await Promise.all(shanxi.map((d) => testDocument(m, d.id)));
    const pilot = docs.flatMap((d) => d.tasks).filter((t) => t.text.includes('潞城') && t.places.some((p) => p.startsWith('1404')));
    expect(pilot.length, 'a task naming the 潞城 pilot, placed in 长治').toBeGreaterThan(0);

    const { page, errors, close } = await openPage('/map/140000', SIZES.projector);
    await liveMap(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'map-shanxi-1920');
    const [x, y] = await labelCentre(page, 'shanxi.json', '长治市');
    await page.mouse.click(x, y);
    const panel = page.locator('.map-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('长治市');
    expect(page.url()).toContain('region=140400');
    // The panel loads the documents of the region's items (the map itself was coloured from the index).
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain(pilot[0]!.title);
    const text = await panel.textContent();
    for (const t of pilot) expect(text).toContain(t.title);
    // Source links go to the reader with the task selected.
    const href = await panel.locator('a.source-link').first().getAttribute('href');
    expect(href).toMatch(/^\/doc\/.+\?task=/);
    await screenshot(page, 'map-shanxi-changzhi-1920');

    await page.selectOption('[data-testid=province-switch]', '420000');
    await page.waitForURL(/\/map\/420000/);
    await expect.poll(() => page.locator('.map-regions li').count()).toBe(17);
    await page.waitForTimeout(300);
    await screenshot(page, 'map-hubei-1920');
    expect(errors).toEqual([]);
    await close();
  });

  it('the first view is static SVG with no ECharts code; its regions and offset names select; a pointer over the map brings the chart', async () => {
    const scripts: string[] = [];
    const { page, errors, close } = await openPage('/map/420000', SIZES.projector, {
      beforeGoto: async (p) => void p.on('response', (r) => /\/assets\/.+\.js$/.test(new URL(r.url()).pathname) && scripts.push(r.url())),
    });
    await page.locator('.map-canvas .static-map svg').waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.map-canvas canvas').count()).toBe(0);
    expect(await page.locator('.map-canvas').getAttribute('data-live')).toBe('static');
    // No script loaded so far carries ECharts (its map registration is in the chart's chunks only).
    const hasECharts = async (urls: string[]) => (await Promise.all(urls.map(async (u) => (await (await fetch(u)).text()).includes('registerMap')))).some(Boolean);
    const before = [...scripts];
    expect(before.length).toBeGreaterThan(0);
    expect(await hasECharts(before)).toBe(false);
    // One path per region, and the region list agrees.
    await expect.poll(() => page.locator('.map-regions li').count()).toBe(17);
    expect(await page.locator('.static-map path[data-region]').count()).toBe(17);
    // Small regions' offset names and a region's own name select that region (no ECharts needed).
    const box = (await page.locator('.map-canvas .static-map svg').boundingBox())!;
    const { regions } = provinceFixture('hubei.json');
    const layout = canvasLayout(Math.round(box.width), Math.round(box.height));
    const m = layout.map;
    const projection = provinceProjection(regions, { width: layout.width, height: layout.height, padding: [m.y, layout.width - m.x - m.w, layout.height - m.y - m.h, m.x] });
    const labels = layoutLabels(regions, projection, layout.labels, { fontSize: layout.fontSize });
    const clicks = [...labels.filter((l) => l.leader), labels.find((l) => l.key === '武汉市')!];
    expect(clicks.length).toBeGreaterThan(1);
    // The first click engages the map: the chart's code is held back meanwhile, so every click lands on the static picture.
    const held: (() => Promise<void>)[] = [];
    await page.route(/\/assets\/.+\.js$/, (route) => void held.push(() => route.fallback()));
    for (const l of clicks) {
      await page.mouse.click(box.x + l.box.x + l.box.w / 2, box.y + l.box.y + l.box.h / 2);
      await expect.poll(() => page.locator('.map-panel h2').textContent()).toBe(l.key);
      expect(await page.locator('.map-canvas canvas').count()).toBe(0);
    }
    expect(await page.locator('.map-canvas').getAttribute('data-live')).toBe('loading');
    await screenshot(page, 'map-static-hubei-1920');
    // Released: the chart's code loads and the chart replaces the picture.
    expect(held.length, 'the chart code asked for on engagement').toBeGreaterThan(0);
    await Promise.all(held.map((go) => go()));
    await page.unroute(/\/assets\/.+\.js$/);
    await page.locator('.map-canvas[data-live="drawn"] canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.map-canvas .static-map').count()).toBe(0);
    expect(await hasECharts(scripts.filter((u) => !before.includes(u)))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('clicking the offset name of a small region selects that region, not the one under the name', async () => {
    const { page, errors, close } = await openPage('/map/420000', SIZES.projector);
    await liveMap(page);
    await page.waitForTimeout(300);
    const { box, labels } = await placedLabels(page, 'hubei.json');
    const offset = labels.filter((l) => l.leader);
    expect(offset.length, 'Hubei has small units with offset names').toBeGreaterThan(0);
    for (const l of offset) {
      await page.mouse.click(box.x + l.box.x + l.box.w / 2, box.y + l.box.y + l.box.h / 2);
      await expect.poll(() => page.locator('.map-panel h2').textContent()).toBe(l.key);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('regions are reachable by keyboard and the choice lands in the URL', async () => {
    const failed: string[] = [];
    const { page, errors, close } = await openPage('/map/420000?colour=targets&values=1', SIZES.laptop, {
      beforeGoto: async (p) => void p.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)),
    });
    await liveMap(page);
    await page.locator('.map-regions button').first().focus();
    const focusedName = () => page.evaluate(() => document.activeElement?.querySelector('.name')?.textContent);
    // Two columns: Down goes to the region below (the third), Right to the one beside it.
    await page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe(await page.locator('.map-regions li').nth(2).locator('.name').textContent());
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    expect(await focusedName()).toBe('黄石市');
    await page.keyboard.press('Enter');
    await page.waitForURL(/region=420200/);
    expect(page.url()).toContain('colour=targets');
    expect(page.url()).toContain('values=1');
    expect(await page.locator('.map-panel h2').textContent()).toBe('黄石市');
    // Opening the panel leaves the focused button where it was (the list comes first) and in view.
    expect(await focusedName()).toBe('黄石市');
    const b = (await page.locator('.map-regions button.selected').boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(768);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('zoom and pan live in the URL: buttons, mouse wheel, a shared link, reload and reset', async () => {
    const { page, errors, close } = await openPage('/map/140000', SIZES.laptop);
    const canvas = page.locator('.map-canvas');
    await liveMap(page);
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-view') === '');
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);

    await page.getByRole('button', { name: '放大' }).click();
    await page.waitForURL((u) => u.searchParams.get('view') === '1.5');
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-view') === '1.5');

    // Wheel over the map: ECharts zooms around the pointer, so the centre moves too.
    const box = (await page.locator('.map-canvas canvas').first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await page.mouse.wheel(0, -300);
    await page.waitForURL((u) => (u.searchParams.get('view') ?? '').split(',').length === 3);
    const shared = new URL(page.url()).searchParams.get('view')!;
    const [z] = shared.split(',').map(Number);
    expect(z).toBeGreaterThan(1.5);
    expect(await canvas.getAttribute('data-view')).toBe(shared);
    await screenshot(page, 'map-shanxi-zoomed-1366');

    // The link opens the same place in a fresh page, also on a projector (the centre is lon/lat, not pixels).
    const other = await openPage(`/map/140000?view=${shared}`, SIZES.projector);
    await other.page.waitForFunction(() => !!document.querySelector('.map-canvas')?.getAttribute('data-view'));
    const got = (await other.page.locator('.map-canvas').getAttribute('data-view'))!.split(',').map(Number);
    shared.split(',').map(Number).forEach((v, i) => expect(Math.abs(got[i] - v), `view[${i}]`).toBeLessThan(1e-3));
    await screenshot(other.page, 'map-shanxi-zoomed-link-1920');
    expect(other.errors).toEqual([]);
    await other.close();

    // A reload keeps it; reset clears it. (View changes replace the history entry: Back leaves the map.)
    await page.reload();
    await page.waitForFunction((v) => document.querySelector('.map-canvas')?.getAttribute('data-view') === v, shared);
    await page.getByRole('button', { name: '复位' }).click();
    await page.waitForURL((u) => !u.searchParams.has('view'));
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-view') === '');
    expect(errors).toEqual([]);
    await close();
  });

  it('bad colour and region values and an unknown province code show a notice and a sensible default', async () => {
    const { page, errors, close } = await openPage('/map/420000?colour=foo&region=999999', SIZES.laptop);
    await liveMap(page);
    await expect.poll(() => page.locator('.notice').first().textContent()).toMatch(/colour[\s\S]*region|region[\s\S]*colour/);
    expect(await page.locator('.map-panel').count()).toBe(0);
    const other = await openPage('/map/999999?values=1', SIZES.laptop);
    await other.page.waitForURL((u) => u.pathname !== '/map/999999');
    expect(new URL(other.page.url()).pathname).toMatch(/^\/map\/\d{6}$/);
    expect(new URL(other.page.url()).searchParams.get('values')).toBe('1');
    await expect.poll(() => other.page.locator('.notice').first().textContent()).toContain('999999');
    expect(other.errors).toEqual([]);
    await other.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('a malformed ?view= shows a notice and the whole province', async () => {
    const { page, errors, close } = await openPage('/map/140000?view=99,abc', SIZES.laptop);
    await page.waitForFunction(() => document.querySelector('.map-canvas')?.getAttribute('data-view') === '');
    expect(await page.locator('.notice').first().textContent()).toContain('view');
    expect(errors).toEqual([]);
    await close();
  });

  it('exports a 2× PNG and an SVG carrying the map note; Jiangsu screenshot', async () => {
    const { page, errors, close } = await openPage('/map/320000', SIZES.projector);
    // The sources come from the province's document list, not the manifest (which grows with the corpus).
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await liveMap(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'map-jiangsu-1920');
    const box = (await page.locator('.map-canvas canvas').first().boundingBox())!;
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const [w, h] = pngSize(readFileSync((await png.path())!));
    expect(w).toBe(Math.round(box.width) * 2);
    // Taller than the canvas: the citation footer sits under the map.
    expect(h).toBeGreaterThan(Math.round(box.height) * 2);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    // Well-formed: the browser's own XML parser reads it (a stray quote once broke every export).
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, text)).toBeNull();
    expect(text).toContain('示意图，非测绘地图');
    expect(text).toContain('echarts 4.9.0');
    expect(text).toContain('南京');
    // Every document of the province is cited with its 文号 and date (未注明 where unknown).
    const m = await testManifest();
    for (const d of m.documents.filter((x) => x.provinceCode === '320000')) expect(text).toContain(`《${d.title}》 文号：${d.docNumber ?? '未注明'}`);
    expect(text).toContain('数据生成日期：');
    expect(asked).not.toContain('/data/manifest.json');
    expect(errors).toEqual([]);
    await close();
  });

  it('the export shows no selection chrome: with a region selected it is the same SVG', async () => {
    const svgOf = async (path: string) => {
      const { page, errors, close } = await openPage(path, SIZES.laptop);
      await liveMap(page);
      await page.waitForTimeout(300);
      const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
      const text = readFileSync((await svg.path())!, 'utf8');
      expect(errors).toEqual([]);
      await close();
      return text;
    };
    const plain = await svgOf('/map/320000');
    const selected = await svgOf('/map/320000?region=320100');
    expect(selected.length).toBeGreaterThan(1000);
    expect(selected).toBe(plain);
  });

  it('a cold load draws the map once: other files arriving (the place index, this browser\'s empty local list) do not rebuild it', async () => {
    const { page, errors, close } = await openPage('/map/140000', SIZES.laptop);
    await liveMap(page);
    // Every load the view starts has finished (the region list is filled from the place index).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const draws = await page.evaluate(() => performance.getEntriesByName('map-option:140000').length);
    expect(draws, 'option builds (projection, labels, setOption) on a cold load').toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
