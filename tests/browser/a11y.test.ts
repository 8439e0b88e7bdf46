// Accessibility in a real browser: axe-core (WCAG 2.0/2.1 A and AA rules) finds no violation on
// any view — overview, reader, the map of every province in the data, indicators (cards, table,
// comparison), heatmap, department, place, the all-results search page, the open search box —
// at laptop width, at phone width (390×844, touch) and in the English UI. Every chart has a text
// alternative reachable by keyboard (tests/browser/a11y-charts.test.ts checks what it says).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, SIZES } from './harness';
import { testDocument, testManifest } from './data';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('#main > *');
  await page.waitForFunction(() => !document.querySelector('#main .loading'), null, { timeout: 20_000 });
  // Charts draw after their data: wait for each chart's canvas or SVG (a view without charts has none).
  await page.waitForFunction(() => [...document.querySelectorAll('.echarts-for-react')].every((el) => el.querySelector('canvas, svg')), null, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

/** One line per violated rule and node: "rule (impact): target — summary". */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`));
}

async function views(): Promise<[string, string][]> {
  const m = await testManifest();
  const doc = m.documents.find((d) => d.counts.units > 0) ?? m.documents[0];
  const full = await testDocument(m, doc.id);
  const dept = full.tasks.find((t) => t.units.length > 0)?.units[0].departmentId;
  const place = full.tasks.find((t) => t.places.length > 0)?.places[0];
  const task = full.tasks[0];
  const provinces = [...new Set(m.documents.map((d) => d.provinceCode))];
  return [
    ['overview', '/'],
    ['reader', `/doc/${doc.id}${task ? `?task=${encodeURIComponent(task.id)}` : ''}`],
    ['reader raw lines', `/doc/${doc.id}?raw=1`],
    ...provinces.map((p): [string, string] => [`map ${p}`, `/map/${p}`]),
    ['map values', `/map/${doc.provinceCode}?values=1&colour=targets`],
    ['indicators', '/indicators'],
    ['indicators table', '/indicators?tab=table'],
    ['indicators comparison', '/indicators?compare=1'],
    ['heatmap', `/heatmap/${doc.id}`],
    ...(dept ? [['department', `/department/${encodeURIComponent(dept)}`] as [string, string]] : []),
    ...(place ? [['place', `/place/${place}`] as [string, string]] : []),
    ['search page', `/search?q=${encodeURIComponent('发改委')}`],
  ];
}

/** Controls on screen less than 44 px high on a touch screen (sliders and disclosure toggles too). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, summary, input[type="range"], input[type="search"], .nav-link, .lang-switch')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 0 && !el.closest('[hidden], details:not([open]) > :not(summary)'))
      .filter((el) => el.getBoundingClientRect().height < 43.5)
      .map((el) => `small target: ${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 20) ?? ''}" ${Math.round(el.getBoundingClientRect().height)} px`),
  );
}

/** Runs axe on each view and returns the violations per view (empty lists when all pass); on a touch screen, small targets too. */
async function audit(list: [string, string][], size: { width: number; height: number }, touch: boolean): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [name, path] of list) {
    const { page, close } = await openPage(path, size, { touch });
    await settled(page);
    found[name] = [...(await axeViolations(page)), ...(touch ? await smallTargets(page) : [])];
    if (touch) {
      // No keyboard hint on a touch screen: not in the search box's placeholder either.
      const placeholder = await page.getAttribute('#site-search', 'placeholder');
      if (placeholder?.includes('/')) found[name].push(`keyboard hint in the search placeholder: ${placeholder}`);
    }
    await close();
  }
  return found;
}

function report(label: string, found: Record<string, string[]>): void {
  console.log(`axe ${label}: ` + Object.entries(found).map(([k, v]) => `${k} ${v.length}`).join(', '));
  for (const [k, v] of Object.entries(found)) for (const line of v) console.log(`  ${label} ${k}: ${line}`);
}

describe('axe-core: no WCAG 2.1 A/AA violation', () => {
  it('every view at 1366 px', async () => {
    const found = await audit(await views(), SIZES.laptop, false);
    report('1366', found);
    for (const [name, v] of Object.entries(found)) expect(v, name).toEqual([]);
  }, 240_000);

  it('every view at 390×844 (touch)', async () => {
    const found = await audit(await views(), SIZES.phone, true);
    report('390', found);
    for (const [name, v] of Object.entries(found)) expect(v, name).toEqual([]);
  }, 240_000);

  it('the English UI', async () => {
    const m = await testManifest();
    const doc = m.documents.find((d) => d.counts.units > 0) ?? m.documents[0];
    const found = await audit(
      [
        ['overview en', '/?lang=en'],
        ['indicators en', '/indicators?lang=en'],
        ['heatmap en', `/heatmap/${doc.id}?lang=en`],
      ],
      SIZES.laptop,
      false,
    );
    report('en', found);
    for (const [name, v] of Object.entries(found)) expect(v, name).toEqual([]);
  }, 120_000);

  it('the open search box (combobox with its list of results)', async () => {
    const { page, close } = await openPage('/');
    await settled(page);
    await page.click('#site-search');
    await page.keyboard.type('发改委');
    await page.locator('#search-results [role="option"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });
});
