// XLSX exports in a real browser: the workbook downloaded from the indicators view, read back with
// exceljs in Node; the writer is fetched only when the user exports.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCsv } from '../../pipeline/progress/csv';
import { dataSource, openPage, SIZES } from './harness';
import { testManifest } from './data';

async function emptyProgressInFixture(page: Page): Promise<void> {
  if (dataSource() !== 'fixture') return;
  await page.route('**/data/progress.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: 1, rows: [] }) }));
}

describe('XLSX export', () => {
  it('indicators: the workbook has the rows shown, Chinese headers, a frozen header, number cells and the sources', async () => {
    const { page, errors, close } = await openPage('/indicators?tab=table', SIZES.laptop, { beforeGoto: emptyProgressInFixture });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.waitForSelector('[data-testid="target-table"]', { timeout: 20_000 });
    // The writer and exceljs are not part of the view.
    expect(scripts.filter((s) => /xlsx|exceljs/i.test(s))).toEqual([]);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const csv = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx"]')]);
    expect(download.suggestedFilename()).toBe('targets.xlsx');
    expect(scripts.some((s) => /xlsx|exceljs/i.test(s))).toBe(true);

    const wb = new ExcelJS.Workbook();
    const bytes = readFileSync((await download.path())!);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目标指标', '来源文件', '列说明']);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    // The same Chinese headers and rows as the CSV (every row the filters select).
    expect(header).toEqual(csv[0].fields);
    expect(header).toContain('目标值');
    expect(ws.actualRowCount - 1).toBe(csv.length - 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const valueCol = header.indexOf('目标值') + 1;
    expect(ws.getRow(2).getCell(valueCol).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getColumn(header.indexOf('原文') + 1).width).toBeGreaterThan(20);
    // Categories by name, not code.
    const catCol = header.indexOf('类别') + 1;
    const cats = new Set(Array.from({ length: ws.actualRowCount - 1 }, (_, i) => String(ws.getRow(i + 2).getCell(catCol).value)));
    for (const c of cats) expect(c).not.toMatch(/^[a-z-]+$/);

    // One source row per document with targets, with its SHA-256 from the manifest.
    const m = await testManifest();
    const src = wb.getWorksheet('来源文件')!;
    const shas = Array.from({ length: src.actualRowCount }, (_, i) => String(src.getRow(i + 2).getCell(4).value ?? '')).filter((v) => /^[0-9a-f]{64}$/.test(v));
    expect(shas.length).toBeGreaterThan(0);
    for (const sha of shas) expect(m.documents.map((d) => d.sha256)).toContain(sha);
    expect(wb.getWorksheet('列说明')!.actualRowCount - 1).toBe(header.length);
    expect(errors).toEqual([]);
    await close();
  });
});
