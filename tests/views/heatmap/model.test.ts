import { describe, expect, it } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { filterAssignments, NO_FILTERS } from '../../../src/views/heatmap/model/filters';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { hubei, idOf, registry, shanxi2016 } from './fixtures/excerpts';

const reg = registry([hubei]);
const base = buildResponsibilityBase(hubei, reg);
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('buildResponsibilityBase', () => {
  it('keeps departments in first-appearance order and takes names/kinds from the registry', () => {
    expect(names(base.departments).slice(0, 4)).toEqual(['省发改委', '省自然资源厅', '省住建厅', '长江中游城市群相关城市人民政府']);
    expect(base.departments.find((d) => d.name === '省委网信办')?.kind).toBe('party');
    expect(base.tasksWithDepartments).toBe(6);
    expect(base.anyRoles).toBe(false);
  });

  it('marks the first of a 责任单位 list as listed first, never as lead', () => {
    const first = base.assignments.filter((a) => a.listedFirst);
    expect(first.map((a) => base.departments[a.department].name)).toEqual(['省发改委', '省发改委', '省发改委', '省发改委', '省经信厅', '省经信厅']);
    expect(base.assignments.every((a) => a.role === 'responsible')).toBe(true);
  });

  it('a sole unit is listed first too (it is the task\u2019s only owner, not "not listed first")', () => {
    const t = { ...hubei.tasks[0], units: [hubei.tasks[0].units[0]] };
    const b = buildResponsibilityBase({ id: 'x', tasks: [t, ...hubei.tasks.slice(1)] }, reg);
    expect(b.assignments.filter((a) => a.task === 0)).toEqual([{ task: 0, department: expect.any(Number), role: 'responsible', listedFirst: true }]);
  });

  it('keeps 牵头 as lead and does not mark listed-first where roles are given', () => {
    const b = buildResponsibilityBase(shanxi2016, registry([shanxi2016]));
    expect(b.anyRoles).toBe(true);
    expect(b.assignments.every((a) => a.role === 'lead' && !a.listedFirst)).toBe(true);
  });

  it('gives an unregistered unit its own row named as written', () => {
    const b = buildResponsibilityBase(hubei, []);
    expect(b.departments[0]).toMatchObject({ id: idOf('省发改委'), name: '省发改委', kind: 'other', category: null });
  });

  it('merges a unit named twice on one task, keeping the stronger role', () => {
    const t = structuredClone(shanxi2016.tasks[1]);
    t.units.push({ ...t.units[0], role: 'support' });
    t.units.unshift({ ...t.units[0], role: 'support' });
    const b = buildResponsibilityBase({ id: 'x', tasks: [t] }, []);
    expect(b.assignments).toEqual([{ task: 0, department: 0, role: 'lead', listedFirst: false }]);
  });

  it('reports zero tasks with units for a document that names none', () => {
    const silent = { id: '002', tasks: hubei.tasks.map((t) => ({ ...t, units: [], unitsStated: false })) };
    const b = buildResponsibilityBase(silent, []);
    expect(b.tasksWithDepartments).toBe(0);
    expect(b.assignments).toHaveLength(0);
  });
});

describe('buildMatrix', () => {
  it('per task: one column per task with marginal totals', () => {
    const m = buildMatrix(base, base.assignments, 'tasks');
    expect(m.columns.map((c) => c.label)).toEqual(['四·一·1', '四·一·2', '四·一·4', '四·二·2', '四·二·3', '四·三·1']);
    expect(m.rowTotals[0]).toBe(6); // 省发改委 is on every excerpted task
    expect(m.colTotals).toEqual([4, 5, 5, 4, 9, 3]);
    expect(m.cells).toHaveLength(30);
  });

  it('per section: cells count tasks by role; row totals count distinct tasks', () => {
    const m = buildMatrix(base, base.assignments, 'sections');
    expect(m.columns.map((c) => [c.label, c.title])).toEqual([
      ['四(一)', '强化都市圈带动作用,优化城市群空间格局'],
      ['四(二)', '健全基础设施网络,共同提高内联外达能力'],
      ['四(三)', '增强科技创新能力,共同促进产业转型升级'],
    ]);
    const fgw = m.cells.filter((c) => c.row === 0).map((c) => [c.col, c.total, c.counts.listedFirst]);
    expect(fgw).toEqual([[0, 3, 3], [1, 2, 1], [2, 1, 0]]);
    expect(m.rowTotals[0]).toBe(6);
  });
});

describe('filterAssignments', () => {
  const rowsAfter = (f: Partial<typeof NO_FILTERS>) => names(buildMatrix(base, filterAssignments(base, { ...NO_FILTERS, ...f }), 'tasks').rows);

  it('hides collectives', () => {
    const rows = rowsAfter({ kinds: ['government', 'party', 'central', 'city', 'other'] });
    expect(rows).not.toContain('长江中游城市群相关城市人民政府');
    expect(rows).toHaveLength(11);
  });
  it('narrows to a section', () => {
    expect(rowsAfter({ section: '四·三' })).toEqual(['省发改委', '长江中游城市群相关城市人民政府', '省经信厅']);
  });
  it('narrows to categories', () => {
    expect(rowsAfter({ categories: ['水利', '能源'] })).toEqual(['省水利厅', '省能源局']);
  });
  it('search keeps matching departments and every unit of matching tasks', () => {
    expect(rowsAfter({ search: '武汉' })).toEqual(['省发改委', '省自然资源厅', '省住建厅', '省商务厅', '武汉市人民政府']);
    expect(rowsAfter({ search: '网信' })).toEqual(['省委网信办']);
  });
  it('search finds a unit by any of its names (registry alias or the form the document writes)', () => {
    const withAlias = reg.map((d) => (d.name === '省发改委' ? { ...d, name: '省发展改革委', aliases: ['省发改委', '省发展和改革委员会'] } : d));
    const b = buildResponsibilityBase(hubei, withAlias);
    const rows = (q: string) => names(buildMatrix(b, filterAssignments(b, { ...NO_FILTERS, search: q }), 'tasks').rows);
    expect(rows('省发改委')).toContain('省发展改革委');
    expect(rows('发展和改革委员会')).toContain('省发展改革委');
    expect(rows('省发展改革委')).toContain('省发展改革委');
  });
});
