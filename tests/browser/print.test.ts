// Print: every view prints its content only (no header, navigation, toolbars), each chart scaled
// to the paper (src/shell/print/fit-charts.ts), the map and the heatmap on landscape pages. Chromium's
// page.pdf() prints as Ctrl+P does (print media, beforeprint/afterprint); the PDFs, and PNGs of
// their first pages when poppler's pdftoppm is installed, go to test-artifacts/ to be looked at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRINT_WIDTH } from '../../src/shell/print/fit-charts';
import { ARTIFACTS, openPage } from './harness';
import { testManifest } from './data';
import { pdfPageBoxes } from './pdf';

const A4 = { portrait: [595, 842], landscape: [842, 595] } as const;

function keep(name: string, pdf: Buffer) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, `print-${name}.pdf`);
  writeFileSync(file, pdf);
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', file, resolve(ARTIFACTS, `print-${name}`)]);
}

/** In print layout at the printable width (as the printer lays it out): is anything wider than the paper? */
async function overflowOnPaper(page: Page, width: number) {
  // As a browser prints: beforeprint in the screen layout, then the layout at the paper's width.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.setViewportSize({ width: Math.floor(width), height: 900 });
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const visible = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.getClientRects().length > 0);
    const charts = [...document.querySelectorAll<HTMLElement>('.echart')].map((el) => el.getBoundingClientRect());
    return {
      scrollWidth: document.documentElement.scrollWidth,
      widest: Math.max(0, ...[...document.querySelectorAll<HTMLElement>('#main *')].map((el) => el.getBoundingClientRect().right)),
      charts: charts.map((c) => Math.round(c.right)),
      chrome: visible('.site-header') || visible('.map-toolbar') || visible('.heatmap-controls') || visible('.filter-bar') || visible('.search'),
    };
  });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  return r;
}

describe('print', () => {
  it('each view prints without chrome, charts fit the paper, map and heatmap landscape', async () => {
    const m = await testManifest();
    const d = m.documents[0];
    const views: { name: string; path: string; ready: string; orientation: 'portrait' | 'landscape'; maxPages: number }[] = [
      { name: 'overview', path: '/', ready: '[data-testid="doc-card"]', orientation: 'portrait', maxPages: 4 },
      { name: 'map', path: `/map/${d.provinceCode}`, ready: '.map-canvas .echart', orientation: 'landscape', maxPages: 2 },
      { name: 'indicators', path: '/indicators', ready: '[data-testid="timeline"] canvas', orientation: 'portrait', maxPages: 12 },
      { name: 'heatmap', path: `/heatmap/${d.id}`, ready: '[data-testid="heatmap-grid"]', orientation: 'landscape', maxPages: 3 },
      { name: 'reader', path: `/doc/${d.id}`, ready: '.doc-text', orientation: 'portrait', maxPages: 40 },
    ];
    for (const v of views) {
      const { page, errors, close } = await openPage(v.path, { width: 1366, height: 768 });
      await page.waitForSelector(v.ready, { timeout: 50_000 });
      await page.waitForTimeout(300);
      const hasChart = (await page.locator('.echart').count()) > 0;
      const screenChart = hasChart ? await page.locator('.echart').first().boundingBox() : null;
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      keep(v.name, pdf);
      const pages = pdfPageBoxes(pdf);
      expect(pages.length, v.name).toBeGreaterThan(0);
      expect(pages.length, v.name).toBeLessThanOrEqual(v.maxPages);
      for (const p of pages) expect(p, v.name).toEqual(A4[v.orientation]);
      // After printing the charts are back at their screen size (afterprint undid the scaling).
      if (screenChart) expect(await page.locator('.echart').first().boundingBox(), v.name).toEqual(screenChart);
      const paper = await overflowOnPaper(page, PRINT_WIDTH[v.orientation]);
      expect(paper.chrome, `${v.name}: header/toolbars hidden in print`).toBe(false);
      expect(paper.scrollWidth, `${v.name}: nothing wider than the paper`).toBeLessThanOrEqual(Math.ceil(PRINT_WIDTH[v.orientation]));
      for (const right of paper.charts) expect(right, `${v.name}: chart inside the paper`).toBeLessThanOrEqual(Math.ceil(PRINT_WIDTH[v.orientation]));
      expect(errors, v.name).toEqual([]);
      await close();
    }
  });
});
