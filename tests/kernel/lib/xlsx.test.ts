// The XLSX writer, read back in Node with exceljs: Chinese headers, the frozen header row, column
// widths, numbers as number cells, the 来源文件 and 列说明 sheets, formulas neutralised.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../src/kernel/lib/export-table';
import { buildXlsx } from '../../../src/kernel/lib/xlsx';

const table: ExportTable = {
  sheet: '目标指标',
  columns: [
    { header: '指标', explain: '指标名称，按原文', width: 30 },
    { header: '目标值', explain: '数值', width: 10 },
    { header: '原文', explain: '原文句子', width: 60 },
  ],
  rows: [
    ['常住人口城镇化率', 67, '=HYPERLINK("http://evil","点")'],
    ['铁路总里程', -1.5, null],
  ],
  sources: [
    { title: '湖北省实施方案', docNumber: null, date: '2022-03-01', sha256: 'a'.repeat(64) },
    { title: '山西省工作方案', docNumber: '晋政办发〔2017〕55号', date: null, sha256: 'b'.repeat(64) },
  ],
};

async function readBack(t: ExportTable): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await buildXlsx(t));
  return wb;
}

describe('buildXlsx', () => {
  it('writes the data sheet with Chinese headers, a frozen header row and the column widths', async () => {
    const wb = await readBack(table);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目标指标', '来源文件', '列说明']);
    const ws = wb.getWorksheet('目标指标')!;
    expect(ws.getRow(1).values).toEqual([undefined, '指标', '目标值', '原文']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([30, 10, 60]);
  });
  it('numbers are number cells; text from documents cannot run as a formula', async () => {
    const ws = (await readBack(table)).getWorksheet('目标指标')!;
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('B2').value).toBe(67);
    expect(ws.getCell('B3').value).toBe(-1.5);
    expect(ws.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toBe(`'=HYPERLINK("http://evil","点")`);
    expect(ws.getCell('C3').value).toBeNull();
  });
  it('lists every source document with title, 文号, date and SHA-256 (未注明 where unknown)', async () => {
    const ws = (await readBack(table)).getWorksheet('来源文件')!;
    expect(ws.getRow(1).values).toEqual([undefined, '标题', '文号', '日期', 'SHA-256（原始文件）']);
    expect(ws.getRow(2).values).toEqual([undefined, '湖北省实施方案', '未注明', '2022-03-01', 'a'.repeat(64)]);
    expect(ws.getRow(3).values).toEqual([undefined, '山西省工作方案', '晋政办发〔2017〕55号', '未注明', 'b'.repeat(64)]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
  it('explains every column', async () => {
    const ws = (await readBack(table)).getWorksheet('列说明')!;
    const rows = [2, 3, 4].map((r) => ws.getRow(r).values);
    expect(rows).toEqual([[undefined, '指标', '指标名称，按原文'], [undefined, '目标值', '数值'], [undefined, '原文', '原文句子']]);
  });
});
