import { describe, expect, it } from 'vitest';
import { csvField, tableToCsv } from '../../../src/kernel/lib/export-table';
import { safeCell, safeCellText } from '../../../src/kernel/lib/spreadsheet-safe';

describe('safeCellText (every CSV and XLSX cell)', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://x","点击")'])('neutralises %j with a leading apostrophe', (v) => {
    expect(safeCellText(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone, including a sign inside the text', () => {
    for (const v of ['省发展改革委', '增长7%以上', 'a=b', '5-10%', '']) expect(safeCellText(v)).toBe(v);
  });
  it('strips control and bidi characters first, so they cannot hide a formula', () => {
    expect(safeCellText('\u202e=1+1')).toBe("'=1+1");
    expect(safeCellText('\u0000\u200f@x')).toBe("'@x");
    expect(safeCellText('武\u202a汉\u2066市\u0007')).toBe('武汉市');
    // Line breaks inside a cell are content.
    expect(safeCellText('第一行\n第二行')).toBe('第一行\n第二行');
  });
  it('numbers stay numbers (a negative figure is not a formula); null stays empty', () => {
    expect(safeCell(-1.5)).toBe(-1.5);
    expect(safeCell(null)).toBeNull();
    expect(safeCell('-1.5')).toBe("'-1.5");
  });
  it('the CSV writer uses it for headers and cells, then quotes', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    const csv = tableToCsv({ sheet: 's', columns: [{ header: '=列', explain: '', width: 5 }], rows: [['@a'], [2]], sources: [] });
    expect(csv).toBe("\uFEFF'=列\r\n'@a\r\n2\r\n");
  });
});
