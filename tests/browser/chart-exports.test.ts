// Chart exports of the indicators view (timeline, comparison): PNG at 2× and SVG, each with a
// title and a footer citing the source documents (title, 文号, date or 未注明) and the build date.
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openPage } from './harness';
import { testManifest } from './data';

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
    expect(svg).toMatch(/数据生成日期：(\d{4}年\d{1,2}月\d{1,2}日|未注明)/);
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
