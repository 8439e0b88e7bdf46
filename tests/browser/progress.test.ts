// Progress and task status entered in the browser (issue 16): enter a figure on a target card and a
// 督办状态 on a task, reload and see both (IndexedDB); edit and delete; export both CSVs and build them
// with buildAll in a temporary root — the same figures come out; a wrong CSV gives the named error,
// in the browser's import and in the build. Screenshots of the forms, a card with 推定 and the
// department page at 1366 and 390 px.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildAll } from '../../pipeline/build';
import type { Indicator, PolicyDocument } from '../../src/shared/schema';
import { testDocument, testManifest } from './data';
import { openPage, screenshot, SIZES } from './harness';

const repo = resolve(import.meta.dirname, '../..');

/** A target with an inferred year and a dated baseline (004's 煤炭先进产能占比 in the real data), else any target of a task. */
async function pick(): Promise<{ doc: PolicyDocument; ind: Indicator; taskId: string }> {
  const m = await testManifest();
  const docs = await Promise.all(m.documents.map((d) => testDocument(m, d.id)));
  const all = docs.flatMap((doc) => doc.indicators.filter((i) => i.stage === 'target').map((ind) => ({ doc, ind })));
  const best = all.find((x) => x.ind.yearBasis === 'inferred' && x.ind.baseline?.year != null) ?? all[0];
  return { ...best, taskId: best.doc.tasks[0].id };
}

const card = (page: Page, id: string) => page.locator(`[data-testid="target-card"][data-indicator="${id}"]`);

async function download(page: Page, label: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('local entries', () => {
  it('enter a figure and a status, reload, see them; export builds the same figures; a wrong CSV is named', async () => {
    const { doc, ind, taskId } = await pick();
    const { page, errors, close } = await openPage(`/indicators?doc=${encodeURIComponent(doc.id)}`);
    try {
      const c = card(page, ind.id);
      await c.waitFor();
      if (ind.yearBasis === 'inferred') {
        await expect(c.getByTestId('inferred-year').first().textContent()).resolves.toBe('推定');
        await expect(c.locator('.status-line').textContent()).resolves.not.toContain('无基期值');
      }
      await c.getByRole('button', { name: '录入进展' }).click();
      const form = c.getByTestId('progress-form');
      // The unit is the target's own and cannot be changed.
      await expect(form.getByTestId('unit-fixed').textContent()).resolves.toBe(ind.unit || '无');
      // The source note is required: without it nothing is saved.
      await form.getByLabel('数值').fill('85');
      await form.getByLabel('日期').fill('2024');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form.getByRole('alert').textContent()).resolves.toContain('请注明来源');
      await form.getByLabel(/来源说明/).fill('2024年统计公报,第3页');
      await screenshot(page, 'progress-entry-form-1366');
      await form.getByRole('button', { name: '保存' }).click();
      const entry = c.getByTestId('local-progress');
      await entry.waitFor();
      expect(await entry.textContent()).toContain('本地录入');
      expect(await entry.textContent()).toContain('2024年统计公报,第3页');
      if (ind.baseline?.year != null && ind.targetYear !== null) {
        // From the baseline (80%, 2022) to 85% in 2024 the pace is 2.5 百分点/年, short of the 3 needed: 进度滞后.
        await expect(c.locator('.status-badge').textContent()).resolves.not.toBe('状态未知');
      }

      // 督办状态 on a task, in the reader.
      await page.goto(`${page.url().split('/indicators')[0]}/doc/${encodeURIComponent(doc.id)}?task=${encodeURIComponent(taskId)}`);
      const panel = page.getByTestId('task-status-panel');
      await panel.waitFor();
      await panel.getByRole('button', { name: '录入督办状态' }).click();
      const sf = panel.getByTestId('status-form');
      await sf.getByLabel('状态').selectOption('at-risk');
      await sf.getByLabel('日期').fill('2023-06-30');
      await sf.getByLabel('说明').fill('资金未到位,进度过半');
      await sf.getByLabel(/来源/).fill('省发展改革委调度会纪要');
      await sf.getByRole('button', { name: '保存' }).click();
      await panel.getByTestId('status-entry').waitFor();

      await page.reload();
      await page.getByTestId('task-status-panel').getByTestId('status-entry').waitFor();
      const st = await page.getByTestId('task-status-panel').getByTestId('status-entry').textContent();
      expect(st).toContain('存在风险');
      expect(st).toContain('本地录入');
      expect(st).toContain('资金未到位,进度过半');
      // The overview counts tasks per status: one at risk, the rest unreported (never guessed).
      await page.goto(`${page.url().split('/doc/')[0]}/`);
      await expect.poll(() => page.getByTestId('status-count-at-risk').textContent()).toContain('1');
      expect(await page.getByTestId('status-count-behind').textContent()).toContain('0');
      await page.goto(`${page.url().replace(/\/$/, '')}/indicators?doc=${encodeURIComponent(doc.id)}`);
      await card(page, ind.id).getByTestId('local-progress').waitFor();

      // Edit the figure: 85 → 86.
      await card(page, ind.id).getByRole('button', { name: '编辑' }).click();
      await card(page, ind.id).getByTestId('progress-form').getByLabel('数值').fill('86');
      await card(page, ind.id).getByTestId('progress-form').getByRole('button', { name: '保存' }).click();
      await expect.poll(() => card(page, ind.id).getByTestId('local-progress').textContent()).toContain('86');

      // Export both files and build them in a temporary root: the same figures come out.
      const progressCsv = await download(page, '导出进展 CSV');
      const statusCsv = await download(page, '导出督办 CSV');
      const root = mkdtempSync(join(tmpdir(), 'atlas-entries-'));
      mkdirSync(join(root, 'data/raw'), { recursive: true });
      const metas = JSON.parse(readFileSync(join(repo, 'data/documents.json'), 'utf8')).documents.filter((d: { id: string }) => d.id === doc.id);
      writeFileSync(join(root, 'data/documents.json'), JSON.stringify({ documents: metas }));
      cpSync(join(repo, `data/raw/${doc.id}.txt`), join(root, `data/raw/${doc.id}.txt`));
      cpSync(join(repo, 'data/corrections'), join(root, 'data/corrections'), { recursive: true });
      cpSync(join(repo, 'data/comparison'), join(root, 'data/comparison'), { recursive: true });
      mkdirSync(join(root, 'data/progress'));
      mkdirSync(join(root, 'data/status'));
      writeFileSync(join(root, 'data/progress/browser.csv'), progressCsv);
      writeFileSync(join(root, 'data/status/browser.csv'), statusCsv);
      const result = await buildAll({ root, out: join(root, 'out'), log: () => {}, jobs: 0 });
      expect(result.failures).toEqual([]);
      const built = JSON.parse(readFileSync(join(root, 'out/progress.json'), 'utf8')).rows;
      expect(built).toEqual([{ indicatorId: ind.id, date: '2024', value: 86, unit: ind.unit, sourceNote: '2024年统计公报,第3页', file: 'data/progress/browser.csv', row: 2 }]);
      const builtStatus = JSON.parse(readFileSync(join(root, 'out/status.json'), 'utf8')).rows;
      expect(builtStatus).toEqual([{ docId: doc.id, taskId, status: 'at-risk', date: '2023-06-30', note: '资金未到位,进度过半', source: '省发展改革委调度会纪要', file: 'data/status/browser.csv', row: 2 }]);

      // A wrong CSV: the build names file and row…
      const bad = `document,task,status,date,note,source\n${doc.id},no-such-task,behind,2023,,纪要\n`;
      writeFileSync(join(root, 'data/status/browser.csv'), bad);
      expect((await buildAll({ root, out: join(root, 'out'), log: () => {}, jobs: 0 })).failures).toEqual([{ file: 'data/status/browser.csv', line: 2, message: `line 2: unknown task "no-such-task" in document ${doc.id}` }]);
      // …and so does the browser's import, which takes nothing from it.
      await page.getByTestId('import-csv').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await expect.poll(() => page.getByTestId('import-message').textContent()).toContain(`bad.csv:2: unknown task "no-such-task" in document ${doc.id}`);
      // A good file is imported (here: the exported status again, as a second entry).
      await page.getByTestId('import-csv').setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from(statusCsv) });
      await expect.poll(() => page.getByTestId('import-message').textContent()).toContain('已从 ok.csv 导入 1 条');

      // Delete the figure: gone, after a reload too.
      await card(page, ind.id).getByRole('button', { name: '删除' }).click();
      await expect.poll(() => card(page, ind.id).getByTestId('local-progress').count()).toBe(0);
      await page.reload();
      await card(page, ind.id).waitFor();
      expect(await card(page, ind.id).getByTestId('local-progress').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('screenshots: a card with 推定 and the forms at 390 px, the department page at 1366 and 390 px', async () => {
    const { doc, ind } = await pick();
    for (const [name, size] of [['390', SIZES.phone], ['1366', SIZES.laptop]] as const) {
      const { page, errors, close } = await openPage(`/indicators?doc=${encodeURIComponent(doc.id)}`, size);
      try {
        const c = card(page, ind.id);
        await c.waitFor();
        await c.scrollIntoViewIfNeeded();
        await c.getByRole('button', { name: '录入进展' }).click();
        await screenshot(page, `progress-form-${name}`);
        await c.screenshot({ path: resolve(repo, `test-artifacts/progress-card-${name}.png`) });
        const m = await testManifest();
        const dep = JSON.parse(JSON.stringify(await (await fetch(`${page.url().split('/indicators')[0]}/data/departments.json`)).json())).departments
          .find((d: { documents: string[] }) => d.documents.length > 0 && m.documents.some((x) => d.documents.includes(x.id)));
        await page.goto(`${page.url().split('/indicators')[0]}/department/${encodeURIComponent(dep.id)}`);
        await page.getByTestId('department-view').waitFor();
        await page.getByTestId('status-legend').waitFor();
        // Each task shows its status (未报送 until someone reports).
        // (The task rows come from the department's task pages, which may arrive after the legend.)
        await expect.poll(() => page.getByTestId('task-status').count(), { timeout: 20_000 }).toBeGreaterThan(5);
        await page.locator('.status-details summary').first().click();
        await page.getByRole('button', { name: '录入督办状态' }).first().click();
        await screenshot(page, `department-${name}`);
        await page.emulateMedia({ media: 'print' });
        await screenshot(page, `department-print-${name}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe('measures across plans', () => {
  it('each like measure gets one chart of targets and achieved figures over time, every point with its source', async () => {
    const { page, errors, close } = await openPage('/indicators?compare=1');
    try {
      const charts = page.getByTestId('measure-history');
      await charts.first().waitFor();
      const n = await charts.count();
      expect(n).toBeGreaterThan(0);
      for (let k = 0; k < n; k++) {
        const points = charts.nth(k).getByTestId('history-point');
        const m = await points.count();
        expect(m).toBeGreaterThan(0);
        for (let j = 0; j < m; j++) expect(await points.nth(j).locator('a.source-link').getAttribute('href')).toMatch(/^\/doc\//);
        expect(await charts.nth(k).locator('canvas').count()).toBeGreaterThan(0);
      }
      await charts.first().scrollIntoViewIfNeeded();
      await screenshot(page, 'measure-history-1366');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
