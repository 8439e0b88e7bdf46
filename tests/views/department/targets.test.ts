import { describe, expect, it } from 'vitest';
import { departmentTargets, localTargets } from '../../../src/views/department/model/targets';
import { NO_FILTERS } from '../../../src/views/department/model/portfolio';
import { rowsFromDocument } from '../../../src/views/department/model/rows';
import { progressByIndicator } from '../../../src/kernel/progress/rows';
import type { PolicyDocument, ProgressRow } from '../../../src/shared/schema';
import { makeIndicator } from '../indicators/make';

const cite = { docId: 'd', start: 0, end: 1, line: 1, quote: 'x' };
const task = (id: string, dep: string) => ({
  id, path: [id], kind: 'task' as const, partTitle: 'p', sectionTitle: null, title: `任务${id}`, text: 't',
  units: [{ name: dep, role: 'lead' as const, departmentId: dep, asWritten: null }], unitsStated: true, unitsCitation: null, places: [], placeMentions: [], citation: cite,
});
const doc = {
  id: 'd', title: '文件', tasks: [task('1', 'dep-a'), task('2', 'dep-b')],
  indicators: [
    makeIndicator({ id: 'd/I001', name: '甲', value: 1, unit: '个', kind: 'count', targetYear: 2020, taskId: '1', comparator: '>=' }),
    makeIndicator({ id: 'd/I002', name: '乙', value: 1, unit: '个', kind: 'count', targetYear: 2030, taskId: '1' }),
    makeIndicator({ id: 'd/I003', name: '丙', value: 1, unit: '个', kind: 'count', targetYear: 2020, taskId: '2' }),
    makeIndicator({ id: 'd/I004', name: '丁', value: 1, unit: '个', kind: 'count', targetYear: null, taskId: '1' }),
    makeIndicator({ id: 'd/I005', name: '戊', value: 5, unit: '个', kind: 'count', targetYear: 2019, taskId: '1', comparator: '>=' }),
    makeIndicator({ id: 'd/I006', name: '己', value: 1, unit: '个', kind: 'count', targetYear: 2018, taskId: '1', stage: 'achieved' }),
  ],
} as unknown as PolicyDocument;
// As the index holds them (and as localTargets gives them for an imported document): the department's own, with its role.
const targetsOf = (dep: string) => localTargets(doc, rowsFromDocument(dep, doc));
const figure = (indicatorId: string, value: number, date: string): ProgressRow => ({ indicatorId, date, value, unit: '个', sourceNote: 'n', file: 'f.csv', row: 1 });

describe('departmentTargets', () => {
  it("the department's own targets by due year, undated last; status from the kernel's assess (逾期未报 = year ended, no figure)", () => {
    const groups = departmentTargets(targetsOf('dep-a'), NO_FILTERS, progressByIndicator([figure('d/I005', 6, '2019')], []), 2026);
    expect(groups.map((g) => [g.year, g.overdue, g.targets.map((x) => `${x.indicator.name}:${x.assessment.status}`)])).toEqual([
      [2019, 0, ['戊:on-track']], [2020, 1, ['甲:overdue']], [2030, 0, ['乙:unknown']], [null, 0, ['丁:unknown']],
    ]);
  });
  it('a figure entered in this browser counts as reported: the target is no longer overdue', () => {
    const local = [{ id: 'l1', indicatorId: 'd/I001', date: '2020', value: 0, unit: '个', sourceNote: '台账', updatedAt: '2026-01-01' }];
    const g2020 = departmentTargets(targetsOf('dep-a'), NO_FILTERS, progressByIndicator([], local), 2026).find((g) => g.year === 2020)!;
    expect(g2020.overdue).toBe(0);
    expect(g2020.targets[0]).toMatchObject({ figures: 1, assessment: { status: 'behind' } });
  });
  it('before its year ends a target without figures is not overdue; another department’s targets are not listed', () => {
    const groups = departmentTargets(targetsOf('dep-b'), NO_FILTERS, new Map(), 2020);
    expect(groups.map((g) => [g.year, g.overdue, g.targets.map((x) => x.indicator.name)])).toEqual([[2020, 0, ['丙']]]);
  });
  it('the filters apply to targets as to tasks: by the role on its task and by document', () => {
    const all = targetsOf('dep-a');
    expect(all.map((x) => [x.indicator.id, x.taskTitle, x.role])).toEqual([['d/I001', '任务1', 'lead'], ['d/I002', '任务1', 'lead'], ['d/I004', '任务1', 'lead'], ['d/I005', '任务1', 'lead']]);
    const names = (f: Parameters<typeof departmentTargets>[1]) => departmentTargets(all, f, new Map(), 2026).flatMap((g) => g.targets.map((x) => x.indicator.name));
    expect(names({ role: 'lead', doc: null })).toEqual(['戊', '甲', '乙', '丁']);
    expect(names({ role: 'support', doc: null })).toEqual([]);
    expect(names({ role: null, doc: 'other' })).toEqual([]);
    expect(names({ role: null, doc: 'd' })).toEqual(['戊', '甲', '乙', '丁']);
  });
});
