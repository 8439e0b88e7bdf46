// The local entries' CSV: written in the build's formats (with formulas and control characters
// neutralised), read back by the build's rules with file:row messages.
import { describe, expect, it } from 'vitest';
import { CsvImportError, csvKind, parseProgressImport, parseStatusImport, progressCsv, statusCsv } from '../../../src/kernel/entries/csv';
import type { LocalProgress, LocalStatus } from '../../../src/kernel/entries/types';

const COAL = '004_a1bcdf2d9dcc1b5f/I051';
const indicators = new Map([[COAL, { unit: '%', name: '煤炭先进产能占比' }]]);
const tasks = new Map([['004_a1bcdf2d9dcc1b5f', new Set(['2023年重点工作.一.1'])]]);
const progress: LocalProgress = { id: 'a', indicatorId: COAL, date: '2023', value: -1.5, unit: '%', sourceNote: '=HYPERLINK("x"),统计公报\u202e', updatedAt: '' };
const status: LocalStatus = { id: 'b', docId: '004_a1bcdf2d9dcc1b5f', taskId: '2023年重点工作.一.1', status: 'at-risk', date: '2023-06-30', note: '资金未到位, 进度过半', source: '@督查通报', updatedAt: '' };

describe('export', () => {
  it('writes the progress format with the name column; numbers plain, formulas neutralised, bidi stripped', () => {
    const csv = progressCsv([progress], new Map([[COAL, '煤炭先进产能占比']]));
    expect(csv.startsWith('\ufeffindicator,date,value,unit,source_note,indicator_name\r\n')).toBe(true);
    expect(csv).toContain(`${COAL},2023,-1.5,%,"'=HYPERLINK(""x""),统计公报",煤炭先进产能占比\r\n`);
    expect(csv).not.toContain('\u202e');
  });
  it('writes the status format', () => {
    expect(statusCsv([status])).toBe('\ufeffdocument,task,status,date,note,source\r\n004_a1bcdf2d9dcc1b5f,2023年重点工作.一.1,at-risk,2023-06-30,"资金未到位, 进度过半",\'@督查通报\r\n');
  });
});

describe('import', () => {
  it('reads back what it exported (the neutralising quote undone)', () => {
    const back = parseProgressImport('p.csv', progressCsv([progress], new Map()), indicators);
    expect(back).toEqual([{ indicatorId: COAL, date: '2023', value: -1.5, unit: '%', sourceNote: '=HYPERLINK("x"),统计公报' }]);
    expect(parseStatusImport('s.csv', statusCsv([status]), tasks)).toEqual([{ docId: status.docId, taskId: status.taskId, status: 'at-risk', date: '2023-06-30', note: status.note, source: '@督查通报' }]);
    expect(csvKind(progressCsv([], new Map()))).toBe('progress');
    expect(csvKind(statusCsv([]))).toBe('status');
  });
  it.each([
    ['an unknown task', 'document,task,status,date,note,source\n004_a1bcdf2d9dcc1b5f,九.9,behind,2023,,纪要\n', 's.csv:2: unknown task "九.9" in document 004_a1bcdf2d9dcc1b5f'],
    ['a bad date', 'document,task,status,date,note,source\n004_a1bcdf2d9dcc1b5f,2023年重点工作.一.1,behind,2023-13,,纪要\n', 's.csv:2: bad date "2023-13" (month 13)'],
    ['an empty source', 'document,task,status,date,note,source\n004_a1bcdf2d9dcc1b5f,2023年重点工作.一.1,behind,2023,说明,\n', 's.csv:2: source is empty'],
  ])('refuses a status file with %s, naming file and row', (_, text, message) => {
    expect(() => parseStatusImport('s.csv', text, tasks)).toThrow(message);
  });
  it.each([
    ['an unknown indicator', `indicator,date,value,unit,source_note\nno-such,2023,1,%,公报\n`, 'p.csv:2: unknown indicator "no-such"'],
    ['another unit', `indicator,date,value,unit,source_note\n${COAL},2023,1,个,公报\n`, `p.csv:2: unit "个" does not match indicator ${COAL} ("%")`],
    ['an empty source note', `indicator,date,value,unit,source_note\n${COAL},2023,1,%,\n`, 'p.csv:2: source_note is empty'],
    ['a bad number', `indicator,date,value,unit,source_note\n${COAL},2023,80%,%,公报\n`, 'p.csv:2: bad number "80%"'],
  ])('refuses a progress file with %s, naming file and row', (_, text, message) => {
    expect(() => parseProgressImport('p.csv', text, indicators)).toThrow(message);
    expect(() => parseProgressImport('p.csv', text, indicators)).toThrow(CsvImportError);
  });
});
