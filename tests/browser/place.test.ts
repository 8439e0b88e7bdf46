// The place page: a county written in a task (泽州县) leads to its prefecture, named officially from
// the boundary files (晋城市), with the ways the documents write it and the tasks that mention it.
import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './harness';

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
