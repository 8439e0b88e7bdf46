// The heatmap's text alternative: one row per unit in the order shown, its task count and its tasks
// by role — the same cells the chart colours.
import { describe, expect, it } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { matrixTextTable } from '../../../src/views/heatmap/model/text-table';
import { hubei, registry, shanxi2016 } from './fixtures/excerpts';

describe('matrixTextTable', () => {
  const base = buildResponsibilityBase(hubei, registry([hubei]));
  const m = buildMatrix(base, base.assignments, 'tasks');

  it('per task: each unit with its count and its tasks, listed-first apart from the others (a document without roles)', () => {
    const order = m.rows.map((_, i) => i);
    const table = matrixTextTable(m, order, base.anyRoles, '湖北分工方案');
    expect(table.caption).toContain('湖北分工方案');
    expect(table.columns).toHaveLength(3);
    expect(table.rows).toHaveLength(m.rows.length);
    const [name, count, detail] = table.rows[0].cells;
    expect(name).toBe('省发改委');
    expect(count).toBe(6);
    // 省发改委 is first on four of the six excerpted tasks (model.test.ts), named later on two.
    const listedFirst = base.assignments.filter((a) => a.department === 0 && a.listedFirst).map((a) => m.columns.findIndex((c) => c.id === base.tasks[a.task].id));
    expect(listedFirst).toHaveLength(4);
    expect(detail).toBe(
      `负责（列于首位）：${listedFirst.map((i) => m.columns[i].label).join('、')}；负责（未列首位）：${m.columns.filter((_, i) => !listedFirst.includes(i)).map((c) => c.label).join('、')}`,
    );
    // Every task a unit carries is in its row once: the labels in a row add up to its count.
    for (const r of table.rows) expect(String(r.cells[2]).split(/[：；、]/).filter((x) => /·/.test(x))).toHaveLength(Number(r.cells[1]));
  });

  it('follows the order the chart shows', () => {
    const order = orderRows(m, 'name');
    expect(matrixTextTable(m, order, false, '').rows.map((r) => r.cells[0])).toEqual(order.map((i) => m.rows[i].name));
  });

  it('per section: counts per part; roles as the document gives them (牵头)', () => {
    const sections = buildMatrix(base, base.assignments, 'sections');
    const row = matrixTextTable(sections, [0], false, '').rows[0].cells;
    expect(row[2]).toBe('四(一) 3 项、四(二) 2 项、四(三) 1 项');
    const b = buildResponsibilityBase(shanxi2016, registry([shanxi2016]));
    const lead = buildMatrix(b, b.assignments, 'tasks');
    expect(String(matrixTextTable(lead, [0], b.anyRoles, '').rows[0].cells[2])).toMatch(/^牵头：/);
  });
});
