// data/status/*.csv (task status exported from the browser's 督办状态 form) is validated like progress:
// every bad row names its file and row.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatusCsv, readStatus, STATUS_HEADER } from '../../../pipeline/status/read';
import { taskStatusRow } from '../../../src/shared/schema';

const DOC = '004_a1bcdf2d9dcc1b5f';
const tasks = new Map([[DOC, new Set(['2023年重点工作.一.1', '今后五年工作总体安排.六'])]]);
const HEADER = `${STATUS_HEADER.join(',')}\n`;
const parse = (body: string) => parseStatusCsv('data/status/a.csv', HEADER + body, tasks);

describe('parseStatusCsv', () => {
  it('reads rows (quoted notes with commas kept) into schema-valid task status', () => {
    const rows = parse(`${DOC},2023年重点工作.一.1,at-risk,2023-06-30,"进度过半,资金未到位",省发展改革委6月调度会纪要\n`);
    expect(rows).toEqual([{ docId: DOC, taskId: '2023年重点工作.一.1', status: 'at-risk', date: '2023-06-30', note: '进度过半,资金未到位', source: '省发展改革委6月调度会纪要', file: 'data/status/a.csv', row: 2 }]);
    expect(taskStatusRow.safeParse(rows[0]).success).toBe(true);
  });
  it.each([
    ['an unknown task id', `${DOC},2023年重点工作.九.9,behind,2023,,纪要`, 'data/status/a.csv:2: unknown task "2023年重点工作.九.9" in document 004_a1bcdf2d9dcc1b5f'],
    ['an unknown document', `999_x,2023年重点工作.一.1,behind,2023,,纪要`, 'data/status/a.csv:2: unknown document "999_x"'],
    ['a bad date', `${DOC},2023年重点工作.一.1,behind,2023-02-30,,纪要`, 'data/status/a.csv:2: bad date "2023-02-30" (day 30)'],
    ['an empty source', `${DOC},2023年重点工作.一.1,behind,2023,说明,`, 'data/status/a.csv:2: source is empty'],
    ['a status outside the four', `${DOC},2023年重点工作.一.1,red,2023,,纪要`, 'data/status/a.csv:2: bad status "red"'],
    ['a wrong number of fields', `${DOC},2023年重点工作.一.1,behind,2023,纪要`, 'data/status/a.csv:2: expected 6 fields, got 5'],
  ])('refuses %s, naming file and row', (_, line, message) => {
    expect(() => parse(`${line}\n`)).toThrow(message);
  });
  it('refuses a wrong header', () => {
    expect(() => parseStatusCsv('data/status/a.csv', 'task,status\n', tasks)).toThrow('data/status/a.csv:1: header must be');
  });
});

describe('readStatus', () => {
  it('reads every file in name order with repo-relative names; a folder that does not exist gives no rows', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'atlas-status-')), 'status');
    expect(readStatus(dir, tasks)).toEqual([]);
    mkdirSync(dir);
    writeFileSync(join(dir, 'b.csv'), `${HEADER}${DOC},今后五年工作总体安排.六,on-schedule,2023,,省市场监管局月报\n`);
    writeFileSync(join(dir, 'a.csv'), `${HEADER}${DOC},2023年重点工作.一.1,completed,2023-12,,年终总结\n`);
    const rows = readStatus(dir, tasks);
    expect(rows.map((r) => `${r.file}:${r.row} ${r.status}`)).toEqual(['data/status/a.csv:2 completed', 'data/status/b.csv:2 on-schedule']);
    writeFileSync(join(dir, 'c.csv'), `${HEADER}${DOC},2023年重点工作.一.1,behind,2023-12,,另一份\n`);
    expect(() => readStatus(dir, tasks)).toThrow('data/status/c.csv:2: 004_a1bcdf2d9dcc1b5f 2023年重点工作.一.1 2023-12 already given at data/status/a.csv:2');
  });
});
