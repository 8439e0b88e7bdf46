// The printable briefing (/brief/province/:code, /brief/doc/:id), in Chinese and English: it is
// reached from the map and the reader, 打印 waits for the map, Chromium's page.pdf({ format: 'A4' })
// gives a short A4 PDF (pages counted from its /Type /Page objects), and in print layout at the
// printable width nothing reaches past the right edge. PDFs go to test-artifacts/ to be looked at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRINT_WIDTH } from '../../src/shell/print/fit-charts';
import { ARTIFACTS, openPage } from './harness';
import { testDocument, testManifest } from './data';
import { pdfPageBoxes } from './pdf';

function keep(name: string, pdf: Buffer) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, `brief-${name}.pdf`);
  writeFileSync(file, pdf);
  if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', file, resolve(ARTIFACTS, `brief-${name}`)]);
}

async function ready(page: Page) {
  await page.waitForSelector('[data-testid="brief"][data-ready="1"]', { timeout: 50_000 });
}

/** In print emulation at the printable width: the right edge of every element of the page. */
async function widestOnPaper(page: Page, width: number) {
  await page.setViewportSize({ width: Math.floor(width), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement>('[data-testid="brief"] *')].filter((el) => el.getClientRects().length > 0);
    const over = els.map((el) => ({ el, right: el.getBoundingClientRect().right })).sort((a, b) => b.right - a.right)[0];
    return {
      scrollWidth: document.documentElement.scrollWidth,
      widest: over ? Math.round(over.right) : 0,
      what: over ? `${over.el.tagName}.${over.el.className}` : '',
      chrome: [...document.querySelectorAll<HTMLElement>('.site-header, .brief-actions')].some((el) => el.getClientRects().length > 0),
    };
  });
  await page.emulateMedia({ media: 'screen' });
  return r;
}

describe('briefing', () => {
  it('province and document briefings, zh and en: content, 打印, A4 PDF pages, nothing cut off', async () => {
    const m = await testManifest();
    const first = m.documents[0];
    // The document briefing of a document whose years are partly inferred (推定), when there is one.
    const docs = await Promise.all(m.documents.map((d) => testDocument(m, d.id)));
    const inferredDoc = docs.find((d) => d.indicators.some((i) => i.stage === 'target' && i.yearBasis === 'inferred')) ?? docs[0];
    const provinceDocs = m.documents.filter((d) => d.provinceCode === first.provinceCode);
    const cases = [
      { name: 'province', path: `/brief/province/${first.provinceCode}`, cited: provinceDocs, maxPages: 4 },
      { name: 'doc', path: `/brief/doc/${encodeURIComponent(inferredDoc.id)}`, cited: m.documents.filter((d) => d.id === inferredDoc.id), maxPages: 5 },
    ];
    const currentYear = new Date().getFullYear();
    for (const lang of ['zh', 'en'] as const) {
      for (const c of cases) {
        const label = `${c.name}/${lang}`;
        // The province briefing reads its indexes: no manifest, no whole registry, no document; the
        // document briefing its document and small indexes: no manifest, no whole registry (issue 11).
        const whole: string[] = [];
        const { page, errors, close } = await openPage(`${c.path}?lang=${lang}`, { width: 1366, height: 900 }, {
          beforeGoto: async (p) => {
            p.on('request', (r) => {
              const path = new URL(r.url()).pathname;
              if (/\/data\/(manifest\.json|departments\.json|docs\/)/.test(path)) whole.push(path);
            });
          },
        });
        await ready(page);
        if (c.name === 'province') expect(whole, label).toEqual([]);
        else expect(whole, label).toEqual([`/data/${m.documents.find((d) => d.id === inferredDoc.id)!.path.replace(/^\/?(data\/)?/, '')}`]);
        // The map is drawn as SVG (sharp on paper) before the page says it is ready.
        expect(await page.locator('.brief-map svg path').count(), label).toBeGreaterThan(5);
        await expect.poll(() => page.locator('[data-testid="brief-print"]').isEnabled()).toBe(true);
        expect(await page.locator('h2').allTextContents(), label).toContain(lang === 'zh' ? '引用文件' : 'Documents cited');
        // Citations: every document, with its 文号 and date as the data says (未注明 when null).
        const notStated = lang === 'zh' ? '未注明' : 'not stated';
        const numbers = await page.locator('[data-testid="citation-number"]').allTextContents();
        expect(numbers, label).toEqual(c.cited.map((d) => d.docNumber ?? notStated));
        const dates = await page.locator('[data-testid="citation-date"]').allTextContents();
        c.cited.forEach((d, i) => (d.date ? expect(dates[i], label).not.toBe(notStated) : expect(dates[i], label).toBe(notStated)));
        // Targets: nobody reported a figure (no progress data is shipped), so every target whose year has ended is 逾期未报.
        const rows = await page.locator('[data-testid="brief-target"]').evaluateAll((trs) => trs.map((tr) => ({ status: tr.getAttribute('data-status'), year: Number(tr.children[2].textContent?.match(/\d{4}/)?.[0] ?? NaN) })));
        expect(rows.length, label).toBeGreaterThan(0);
        for (const r of rows) if (r.year < currentYear) expect(r.status, `${label} ${r.year}`).toBe('overdue');
        if (c.name === 'doc' && inferredDoc.indicators.some((i) => i.yearBasis === 'inferred')) expect(await page.locator('[data-testid="brief-inferred"]').count(), label).toBeGreaterThan(0);
        // The departments the cited documents name (a work report names none: the page says so).
        const citedDocs = docs.filter((d) => c.cited.some((x) => x.id === d.id));
        const named = new Set(citedDocs.flatMap((d) => d.tasks.flatMap((t) => t.units.map((u) => u.departmentId)))).size;
        expect(await page.locator('[data-testid="brief-departments"] tbody tr').count(), label).toBe(Math.min(named, 10));
        expect(await page.locator('[data-testid="brief-built"]').textContent(), label).toMatch(/\d{4}-\d{2}-\d{2}/);
        // 打印 prints (window.print, stubbed: headless Chromium would print nowhere).
        await page.evaluate(() => {
          (window as unknown as { printed: number }).printed = 0;
          window.print = () => void (window as unknown as { printed: number }).printed++;
        });
        await page.locator('[data-testid="brief-print"]').click();
        expect(await page.evaluate(() => (window as unknown as { printed: number }).printed), label).toBe(1);

        const pdf = await page.pdf({ format: 'A4' });
        keep(`${c.name}-${lang}`, pdf);
        const pages = pdfPageBoxes(pdf);
        expect(pages.length, `${label}: pages`).toBeGreaterThanOrEqual(1);
        expect(pages.length, `${label}: pages`).toBeLessThanOrEqual(c.maxPages);
        // A4 is 595 × 842 pt; format: 'A4' is 8.27 × 11.7 in, a point over.
        for (const [w, h] of pages) expect(Math.abs(w - 595) <= 1.5 && Math.abs(h - 842) <= 1.5, `${label}: ${w} × ${h} pt`).toBe(true);
        const paper = await widestOnPaper(page, PRINT_WIDTH.portrait);
        expect(paper.chrome, `${label}: header and buttons hidden in print`).toBe(false);
        expect(paper.widest, `${label}: ${paper.what} inside the printable width`).toBeLessThanOrEqual(Math.ceil(PRINT_WIDTH.portrait));
        expect(paper.scrollWidth, label).toBeLessThanOrEqual(Math.ceil(PRINT_WIDTH.portrait));
        expect(errors, label).toEqual([]);
        await close();
      }
    }
  });

  it('the map and the reader link to their briefing', async () => {
    const m = await testManifest();
    const d = m.documents[0];
    const { page, errors, close } = await openPage(`/map/${d.provinceCode}`);
    await page.locator('[data-testid="brief-link"]').click();
    await ready(page);
    expect(new URL(page.url()).pathname).toBe(`/brief/province/${d.provinceCode}`);
    await page.goto(page.url().replace(/\/brief\/.*$/, `/doc/${encodeURIComponent(d.id)}`));
    await page.locator('[data-testid="brief-link"]').click();
    await ready(page);
    expect(new URL(page.url()).pathname).toBe(`/brief/doc/${encodeURIComponent(d.id)}`);
    expect(await page.locator('[data-testid="brief-citation"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
