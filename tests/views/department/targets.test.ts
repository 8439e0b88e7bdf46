import { describe, expect, it } from 'vitest';
import { buildPortfolio } from '../../../src/views/department/model/portfolio';
import { departmentTargets } from '../../../src/views/department/model/targets';
import type { PolicyDocument } from '../../../src/shared/schema';
import { makeIndicator } from '../indicators/make';

const cite = { docId: 'd', start: 0, end: 1, line: 1, quote: 'x' };
const task = (id: string, dep: string) => ({
  id, path: [id], kind: 'task' as const, partTitle: 'p', sectionTitle: null, title: `任务${id}`, text: 't',
  units: [{ name: dep, role: 'lead' as const, departmentId: dep, asWritten: null }], unitsStated: true, unitsCitation: null, places: [], placeMentions: [], citation: cite,
});
const doc = {
  id: 'd', title: '文件', tasks: [task('1', 'dep-a'), task('2', 'dep-b')],
  indicators: [
    makeIndicator({ id: 'd/I001', name: '甲', value: 1, unit: '个', kind: 'count', targetYear: 2020, taskId: '1' }),
    makeIndicator({ id: 'd/I002', name: '乙', value: 1, unit: '个', kind: 'count', targetYear: 2030, taskId: '1' }),
    makeIndicator({ id: 'd/I003', name: '丙', value: 1, unit: '个', kind: 'count', targetYear: 2020, taskId: '2' }),
    makeIndicator({ id: 'd/I004', name: '丁', value: 1, unit: '个', kind: 'count', targetYear: null, taskId: '1' }),
    makeIndicator({ id: 'd/I005', name: '戊', value: 1, unit: '个', kind: 'count', targetYear: 2019, taskId: '1' }),
  ],
} as unknown as PolicyDocument;

describe('departmentTargets', () => {
  it("the department's own targets by due year, undated last; overdue = year ended and nothing reported", () => {
    const groups = departmentTargets(buildPortfolio({ id: 'dep-a' }, [doc]), [doc], new Set(['d/I005']), 2026);
    expect(groups.map((g) => [g.year, g.targets.map((x) => `${x.indicator.name}${x.overdue ? '!' : ''}${x.reported ? '+' : ''}`)])).toEqual([
      [2019, ['戊+']], [2020, ['甲!']], [2030, ['乙']], [null, ['丁']],
    ]);
  });
});
