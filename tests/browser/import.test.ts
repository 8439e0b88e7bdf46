// Importing documents in the browser (issue 12): a corpus text as UTF-8 .txt, one as GBK bytes and
// one as .docx go through the worker, land in IndexedDB and show in every view; they survive a
// reload and disappear everywhere when removed. Bad files get a reason naming the file, the page
// stays responsive, a running import can be cancelled, and nothing already imported is touched.
// Expected values come from the pipeline run on the same text in Node (tests/browser/import/files.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SIZES } from './harness';
import { corpusText, docxFile, gbkFile, txtFile, type TestFile } from './import/files';

const input = '[data-testid="import-input"]';
const job = (file: string) => `[data-testid="import-job"][data-file="${file}"]`;

async function importFiles(page: Page, files: TestFile[] | Array<{ name: string; mimeType: string; buffer: Buffer }>) {
  // Playwright hands over at most 50 MB as a buffer: larger files go through a temporary file.
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  await page.setInputFiles(input, files.map(({ name, mimeType, buffer }) => {
    if (buffer.length < 40 * 1024 * 1024) return { name, mimeType, buffer };
    const path = join(dir, name);
    writeFileSync(path, buffer);
    return path;
  }) as Parameters<Page['setInputFiles']>[1]);
}

async function waitDone(page: Page, file: string) {
  await page.waitForSelector(`${job(file)}[data-status="done"], ${job(file)}[data-status="error"]`, { timeout: 40_000 });
  const status = await page.locator(job(file)).getAttribute('data-status');
  if (status !== 'done') throw new Error(`${file}: ${await page.locator(job(file)).innerText()}`);
}

const card = (id: string) => `[data-testid="doc-card"][data-doc-id="${id}"]`;

/** The prefecture (市) a division code belongs to: 210211 → 210200. */
const prefecture = (code: string) => `${code.slice(0, 4)}00`;

describe('browser import', () => {
  it('imports .txt, GBK and .docx; every view shows them; reload keeps them; removal takes them away everywhere', { timeout: 240_000 }, async () => {
    const txt = txtFile('liaoning_2011_dalian_ganjingzi_minsheng_xiangmu.txt');
    const gbk = gbkFile('zhejiang_2023_lishui_zhongdian_zerenfenjie.txt');
    const docx = await docxFile('hubei_2021_jingzhou_jianli_zhongdian_renwu_fenjie.txt');
    const { page, errors, close } = await openPage('/');
    await page.waitForSelector('[data-testid="doc-card"]');
    const builtCards = await page.locator('[data-testid="doc-card"]').count();
    // Nothing of the import is loaded before it is used.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((s) => /import-worker|mammoth|local-store|import-queue/.test(s))).toEqual([]);

    await importFiles(page, [txt, gbk, docx]);
    for (const f of [txt, gbk, docx]) await waitDone(page, f.name);
    await screenshot(page, 'import-done-1366');
    for (const f of [txt, gbk, docx]) {
      const c = page.locator(card(f.id));
      await expect.poll(() => c.count(), { timeout: 20_000 }).toBe(1);
      expect(await c.locator('h3').innerText()).toBe(f.expected.doc.title);
      expect(await c.locator('[data-testid="badge-local"]').count()).toBe(1);
      expect(await c.locator('[data-testid="badge-unreviewed"]').count()).toBe(1);
      expect(await c.locator('.counts').innerText()).toContain(`${f.expected.doc.tasks.length} 任务`);
    }
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(builtCards + 3);
    // Built cards carry no local badge.
    expect(await page.locator('[data-testid="badge-local"]').count()).toBe(3);
    await page.locator(card(txt.id)).scrollIntoViewIfNeeded();
    await screenshot(page, 'import-overview-local-1366');

    const checkEverywhere = async (present: boolean) => {
      const doc = txt.expected.doc;
      // Reader
      await page.goto(`${new URL(page.url()).origin}/doc/${txt.id}`);
      if (present) {
        await page.waitForSelector('.doc-meta h1');
        expect(await page.locator('.doc-meta h1').innerText()).toBe(doc.title);
        expect(await page.locator('.doc-meta [data-testid="badge-local"]').count()).toBe(1);
      } else {
        // An unknown id: a notice naming it, and the view falls back to another document.
        await expect.poll(() => page.locator('.notice').first().textContent(), { timeout: 30_000 }).toContain(txt.id);
        expect(await page.locator('.doc-meta h1').allInnerTexts()).not.toContain(doc.title);
      }
      // Heatmap: its tasks × departments
      await page.goto(`${new URL(page.url()).origin}/heatmap/${txt.id}`);
      if (present) {
        await page.waitForSelector('[data-testid="heatmap-summary"]', { timeout: 50_000 });
        const summary = await page.locator('[data-testid="heatmap-summary"]').innerText();
        expect(summary).toContain(String(doc.tasks.length));
      } else {
        await expect.poll(() => page.locator('.notice').first().textContent(), { timeout: 30_000 }).toContain(txt.id);
        expect(new URL(page.url()).pathname).not.toContain(txt.id);
      }
      // Map: a place it names lists its task
      const inProvince = (code: string) => code.slice(0, 2) === doc.provinceCode!.slice(0, 2);
      const withPlace = doc.tasks.find((t) => t.places.some(inProvince))!;
      const region = prefecture(withPlace.places.find(inProvince)!);
      await page.goto(`${new URL(page.url()).origin}/map/${doc.provinceCode}?region=${region}`);
      await page.waitForSelector('.map-panel', { timeout: 50_000 });
      const panel = await page.locator('.map-panel').innerText();
      const snippet = withPlace.title.slice(0, 8);
      if (present) expect(panel).toContain(snippet);
      else expect(panel).not.toContain(snippet);
      // Indicators: its targets
      const targets = doc.indicators.filter((i) => i.stage === 'target');
      await page.goto(`${new URL(page.url()).origin}/indicators?doc=${txt.id}`);
      if (present) {
        await page.waitForSelector('[data-testid="target-card"]', { timeout: 50_000 });
        const ids = await page.locator('[data-testid="target-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
        expect(ids.sort()).toEqual(targets.map((t) => t.id).sort());
      } else {
        // An unknown ?doc= falls back to every document (with a notice): none of its targets is left.
        await page.waitForSelector('[data-testid="result-count"]', { timeout: 50_000 });
        const ids = await page.locator('[data-testid="target-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')));
        expect(ids.filter((id) => targets.some((t) => t.id === id))).toEqual([]);
      }
      // Department page of one of its departments
      const depId = doc.tasks.flatMap((t) => t.units)[0].departmentId;
      await page.goto(`${new URL(page.url()).origin}/department/${encodeURIComponent(depId)}`);
      // The heading comes before the tasks (they load after the department is found): wait for the tasks or their absence.
      await page.waitForSelector('[data-testid="department-counts"], main .empty-state, main .error-panel', { timeout: 50_000 });
      const depText = await page.locator('main').innerText();
      if (present) expect(depText).toContain(doc.title);
      else expect(depText).not.toContain(doc.title);
      // Overview
      await page.goto(`${new URL(page.url()).origin}/`);
      await page.waitForSelector('[data-testid="doc-card"]');
      expect(await page.locator(card(txt.id)).count()).toBe(present ? 1 : 0);
      // Search (the header's box): a phrase only this document has.
      const phrase = '婴幼儿早期教育指导中心';
      expect(doc.text).toContain(phrase);
      await page.fill('#site-search', phrase);
      if (present) {
        await expect.poll(() => page.locator('.search-hit:not(.search-all)', { hasText: phrase }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
      } else {
        // Wait until the index is built (hits or "no results" shown instead of the loading line).
        await page.waitForSelector('#search-results .search-hit, #search-results p.muted:not(:has-text("加载"))', { timeout: 30_000 });
        await page.waitForTimeout(500);
        expect(await page.locator('.search-hit:not(.search-all)', { hasText: phrase }).count()).toBe(0);
      }
      await page.fill('#site-search', '');
    };

    await checkEverywhere(true);
    // Reload: still there (IndexedDB), the other two as well.
    await page.reload();
    await page.waitForSelector('[data-testid="doc-card"]');
    for (const f of [txt, gbk, docx]) expect(await page.locator(card(f.id)).count()).toBe(1);
    // The GBK document's targets are the pipeline's; its places (none here) and tasks too.
    await page.goto(`${new URL(page.url()).origin}/heatmap/${gbk.id}`);
    await page.waitForSelector('[data-testid="heatmap-summary"]', { timeout: 50_000 });
    expect(await page.locator('[data-testid="heatmap-summary"]').innerText()).toContain(String(gbk.expected.doc.tasks.length));
    await page.goto(`${new URL(page.url()).origin}/`);
    await page.waitForSelector(card(txt.id));

    // Remove the .txt document: gone everywhere, the others stay.
    page.once('dialog', (d) => void d.accept());
    await page.locator(`${card(txt.id)} [data-testid="remove-local"]`).click();
    await expect.poll(() => page.locator(card(txt.id)).count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator(card(gbk.id)).count()).toBe(1);
    await checkEverywhere(false);
    await page.reload();
    await page.waitForSelector('[data-testid="doc-card"]');
    expect(await page.locator(card(txt.id)).count()).toBe(0);
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(builtCards + 2);
    expect(errors.filter((e) => !/unknown|未知|404/.test(e)).join('\n')).toBe('');
    await close();
  });

  it('bad files: a reason naming each file; documents already imported are untouched', { timeout: 120_000 }, async () => {
    const good = txtFile('shaanxi_2024_hanzhong_yangxian_minsheng_shishi.txt');
    const { page, close } = await openPage('/');
    await page.waitForSelector('[data-testid="doc-card"]');
    await importFiles(page, [good]);
    await waitDone(page, good.name);
    const before = await page.locator('[data-testid="doc-card"]').count();
    const bad = [
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0), reason: /empty file/ },
      { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), reason: /binary|encoding/ },
      { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(50 * 1024 * 1024, 0x41), reason: /too large: 50\.0 MB/ },
      { name: 'prose.txt', mimeType: 'text/plain', buffer: Buffer.from('今天天气很好，我们去公园散步，看见很多人在跳舞。\n'.repeat(20)), reason: /no (recognisable )?structure/ },
      // Shift-JIS Japanese: neither UTF-8 nor mostly-Han GB18030.
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade '.repeat(30), 'latin1'), reason: /unknown text encoding/ },
      { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 ...'), reason: /unsupported file type/ },
      { name: 'fake.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all'), reason: /not a \.docx/ },
    ];
    await importFiles(page, bad.filter((b) => b.name !== 'huge.txt'));
    await importFiles(page, bad.filter((b) => b.name === 'huge.txt'));
    for (const b of bad) {
      const row = page.locator(job(b.name));
      await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toBe('error');
      const text = await row.locator('.import-error').innerText();
      expect(text).toContain(b.name);
      expect(text).toMatch(b.reason);
    }
    await screenshot(page, 'import-errors-1366');
    await page.setViewportSize(SIZES.phone);
    await screenshot(page, 'import-errors-390');
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(before);
    expect(await page.locator(card(good.id)).count()).toBe(1);
    // The same file again is refused as a duplicate, the stored one untouched.
    await importFiles(page, [good]);
    await expect.poll(async () => (await page.locator(job(good.name)).allInnerTexts()).join(' | '), { timeout: 20_000 }).toMatch(/未能导入.*already imported/);
    expect(await page.locator(`${job(good.name)}[data-status="error"] .import-error`).innerText()).toMatch(/already imported/);
    await page.reload();
    await page.waitForSelector(card(good.id));
    await close();
  });

  it('a long import shows progress, keeps the page responsive and can be cancelled; drop anywhere imports', { timeout: 120_000 }, async () => {
    const { page, close } = await openPage('/', SIZES.laptop);
    await page.waitForSelector('[data-testid="doc-card"]');
    const before = await page.locator('[data-testid="doc-card"]').count();
    // A long document: the national agriculture opinion, repeated (≈ 2 MB, seconds to parse).
    const big = Buffer.from(corpusText('national_2018_guofa42_nongye_jixiehua.txt').repeat(90));
    await importFiles(page, [{ name: 'long.txt', mimeType: 'text/plain', buffer: big }]);
    await page.waitForSelector(`${job('long.txt')}[data-status="running"] progress`);
    await screenshot(page, 'import-progress-1366');
    // Responsive while the worker parses: frames keep coming.
    const gaps = await page.evaluate(async () => {
      const times: number[] = [];
      await new Promise<void>((done) => {
        const tick = (t: number) => {
          times.push(t);
          if (times.length < 20) requestAnimationFrame(tick);
          else done();
        };
        requestAnimationFrame(tick);
      });
      return Math.max(...times.slice(1).map((t, i) => t - times[i]));
    });
    expect(gaps, 'longest frame gap (ms) while importing').toBeLessThan(200);
    expect(await page.locator(`${job('long.txt')}`).getAttribute('data-status')).toBe('running');
    await page.locator(`${job('long.txt')} button`, { hasText: '取消' }).click();
    await expect.poll(() => page.locator(job('long.txt')).getAttribute('data-status'), { timeout: 20_000 }).toBe('cancelled');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="doc-card"]').count()).toBe(before);

    // Drag a file over the page: the overlay; drop it: imported.
    const text = corpusText('yunnan_2016_kunming_guandu_wenzengzhang_cuoshi.txt');
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'dropped.txt', { type: 'text/plain' }));
      return d;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
    await page.waitForSelector('[data-testid="drop-overlay"]');
    await screenshot(page, 'import-drop-overlay-1366');
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await expect.poll(() => page.locator('[data-testid="drop-overlay"]').count(), { timeout: 20_000 }).toBe(0);
    await waitDone(page, 'dropped.txt');
    await expect.poll(() => page.locator('[data-testid="doc-card"]').count(), { timeout: 20_000 }).toBe(before + 1);
    await page.setViewportSize(SIZES.phone);
    await screenshot(page, 'import-done-390');
    await close();
  });
});
