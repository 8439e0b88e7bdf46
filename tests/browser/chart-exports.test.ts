// Chart exports of the indicators view (timeline, comparison): PNG at 2× and SVG, each with a
// title and a footer citing the source documents (title, 文号, date or 未注明) and the build date.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { ARTIFACTS, openPage } from './harness';
import { readData, testManifest } from './data';

async function body(d: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function take(page: Page, group: string, kind: 'PNG 图片' | 'SVG 图片'): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: group }).first().getByRole('button', { name: kind }).click()]);
  return body(d);
}

describe('indicator chart exports', () => {
  it('the timeline exports PNG (2×) and SVG citing every document it shows', async () => {
    const m = await testManifest();
    const { page, errors, close } = await openPage('/indicators');
    await page.waitForSelector('[data-testid="timeline"] canvas');
    const svg = (await take(page, '导出图表：目标年份时间轴', 'SVG 图片')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg)).toBeNull();
    expect(svg).toContain('各文件目标按年份分布');
    const withTargets = m.documents.filter((d) => d.counts.indicators > 0);
    expect(withTargets.length).toBeGreaterThan(0);
    for (const d of withTargets) expect(svg, d.title).toContain(`《${d.title}》 文号：${d.docNumber ?? '未注明'}`);
    // The build time comes from the overview index (no manifest is loaded for it).
    const built = (await readData('index/overview.json') as { builtAt?: string | null }).builtAt;
    expect(built).toBeTruthy();
    expect(svg).toContain('数据生成日期：' + new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(built!.slice(0, 10))));
    const png = await take(page, '导出图表：目标年份时间轴', 'PNG 图片');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1100 * 2); // width at 2×
    expect(errors).toEqual([]);
    await close();
  });

  it('a comparison chart exports with its measure in the title and its documents cited', async () => {
    const { page, errors, close } = await openPage('/indicators?compare=1');
    await page.waitForSelector('[data-testid="comparison-panel"]');
    const groups = page.locator('[data-testid="comparison-panel"] .chart-export');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    const label = (await groups.first().getAttribute('aria-label'))!;
    const svg = (await take(page, label, 'SVG 图片')).toString('utf8');
    expect(svg).toContain('跨省比较 · ');
    expect(svg).toContain('来源：《');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('target card exports', () => {
  it('a card exports PNG at 2× its size and SVG with its title, the document\'s 文号 and the build date', async () => {
    const m = await testManifest();
    const { page, errors, close } = await openPage('/indicators');
    const card = page.locator('[data-testid="target-card"]').first();
    await card.waitFor();
    const name = (await card.locator('h3').textContent())!;
    const docTitle = (await card.locator('.target-kicker span[title]').getAttribute('title'))!;
    const doc = m.documents.find((d) => d.title === docTitle)!;
    expect(doc, docTitle).toBeDefined();
    // The menu is closed until asked for: one small word on the card, its buttons hidden.
    const group = `导出目标卡片：${name}`;
    await expect.poll(() => card.getByRole('group', { name: group }).getByRole('button', { name: 'PNG 图片' }).isVisible()).toBe(false);
    await card.locator('summary').click(); // the disclosure's one word, 导出
    const svg = (await take(page, group, 'SVG 图片')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg)).toBeNull();
    // The frame wraps its lines to the card's width: read the text back joined, without spaces.
    const text = (await page.evaluate((s) => [...new DOMParser().parseFromString(s, 'image/svg+xml').querySelectorAll('text')].map((x) => x.textContent).join(''), svg)).replace(/\s+/g, '');
    const flat = (s: string) => s.replace(/\s+/g, '');
    expect(text).toContain(flat(`目标卡片 · ${name}`));
    expect(text).toContain(flat(`《${doc.title}》 文号：${doc.docNumber ?? '未注明'}`));
    expect(text).toContain(m.builtAt ? '数据生成日期：' + new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(m.builtAt.slice(0, 10))) : '数据生成日期：未注明');
    expect(text).toContain(flat((await card.locator('[data-testid="target-figure"]').textContent())!));
    // No controls in the picture: the card's buttons are not drawn.
    expect(text).not.toContain('录入进展');
    expect(text).not.toContain('PNG');
    const box = (await card.boundingBox())!;
    const png = await take(page, group, 'PNG 图片');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(box.height)); // card plus title and footer, at 2×
    // For looking at: the card with its menu open, and the exported picture.
    await page.screenshot({ path: `${ARTIFACTS}/card-export-menu.png` });
    writeFileSync(`${ARTIFACTS}/card-export.png`, png);
    writeFileSync(`${ARTIFACTS}/card-export.svg`, svg);
    expect(errors).toEqual([]);
    await close();
  });

  it('a measure-history chart exports with every document it cites', async () => {
    const { page, errors, close } = await openPage('/indicators?compare=1');
    await page.waitForSelector('[data-testid="measure-history"] canvas');
    const history = page.locator('[data-testid="measure-history"]').first();
    const label = (await history.locator('.chart-export').getAttribute('aria-label'))!;
    const svg = (await take(page, label, 'SVG 图片')).toString('utf8');
    expect(svg).toContain('同一指标的历年目标与实现值 · ');
    expect(svg).toContain('来源：《');
    expect(svg).toMatch(/数据生成日期：/);
    expect(errors).toEqual([]);
    await close();
  });
});
