import { describe, expect, it } from 'vitest';
import { portfolioTable } from '../../../src/views/department/export';
import type { DepartmentRow } from '../../../src/views/department/model/rows';
import { tableToCsv } from '../../../src/kernel/lib/export-table';
import type { StatusEntry } from '../../../src/kernel/entries/task-status';

const row = (docId: string, taskId: string, role: DepartmentRow['role'], listedFirst = false, title = `任务${taskId}`): DepartmentRow => ({
  docId, taskId, path: ['一', taskId], title, section: 's', citation: { docId, start: 0, end: 1, line: 7, quote: 'q' }, role, listedFirst, departmentCount: 3,
});
const docs = [
  { id: 'a', title: '甲文件', docNumber: '鄂政办发〔2022〕16号', date: '2022-03-01', sha256: 'aa' },
  { id: 'b', title: '乙文件', docNumber: null, date: null, sha256: 'bb' },
];
const statuses = new Map<string, StatusEntry>([
  ['a/1', { status: 'behind', date: '2026-05-01', note: 'n', source: 's', local: false, id: null }],
  ['b/2', { status: 'completed', date: '2026-06-01', note: 'n', source: 's', local: true, id: 'x' }],
]);

describe('department export', () => {
  it('one row per task with role in plain words, 督办 status and its source, and the document’s 文号 and date', () => {
    const rows = [row('a', '1', 'lead'), row('b', '1', 'responsible', true), row('b', '2', 'responsible', false, '=HYPERLINK("x")')];
    const documents = docs.map((d) => ({ ...d, rows: rows.filter((r) => r.docId === d.id) }));
    const table = portfolioTable({ name: '省发展改革委', province: '湖北' }, documents, (d, t) => statuses.get(`${d}/${t}`) ?? null);
    expect(table.columns.map((c) => c.header)).toEqual(['单位', '省份', '文件', '文号', '成文日期', '任务编号', '任务', '角色', '该任务责任单位数', '督办状态', '状态日期', '状态来源', '原文行号']);
    expect(table.columns.every((c) => c.width > 0 && c.explain.length > 0)).toBe(true);
    expect(table.rows).toEqual([
      ['省发展改革委', '湖北', '甲文件', '鄂政办发〔2022〕16号', '2022-03-01', '一.1', '任务1', '牵头', 3, '滞后', '2026-05-01', '正式数据', 7],
      ['省发展改革委', '湖北', '乙文件', '未注明', '未注明', '一.1', '任务1', '名单第一位', 3, '未报送', null, null, 7],
      ['省发展改革委', '湖北', '乙文件', '未注明', '未注明', '一.2', '=HYPERLINK("x")', '未分', 3, '已完成', '2026-06-01', '本地录入', 7],
    ]);
    expect(table.sources.map((s) => s.sha256)).toEqual(['aa', 'bb']);
    // A document without rows of the department is no source.
    expect(portfolioTable({ name: 'x', province: 'y' }, [documents[0], { ...documents[1], rows: [] }], () => null).sources.map((s) => s.sha256)).toEqual(['aa']);
    // Document text is untrusted: a formula at a cell's start is neutralised in the CSV.
    expect(tableToCsv(table)).not.toMatch(/,=HYPERLINK/);
  });
});
