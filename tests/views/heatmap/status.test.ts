import { describe, expect, it } from 'vitest';
import { columnStatusOf, statusByTask } from '../../../src/views/heatmap/model/status';
import { statusIndex } from '../../../src/kernel/entries/task-status';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import type { TaskStatusRow } from '../../../src/shared/schema';
import { registry, shanxi2016 } from './fixtures/excerpts';

const row = (docId: string, taskId: string, status: TaskStatusRow['status'], date: string): TaskStatusRow => ({ docId, taskId, status, date, note: '', source: '督办通报', file: 'data/status/a.csv', row: 2 });

describe('status per task and per column (model/status.ts)', () => {
  const base = buildResponsibilityBase(shanxi2016, registry([shanxi2016]));
  const tasks = buildMatrix(base, base.assignments, 'tasks');
  const [first, second] = tasks.columns.map((c) => c.id);

  it("takes each task's latest entry, of this document only; unreported tasks read null", () => {
    const index = statusIndex(
      [row(shanxi2016.id, first, 'at-risk', '2026-01-01'), row(shanxi2016.id, first, 'behind', '2026-03-01'), row('other-doc', second, 'completed', '2026-01-01')],
      [],
    );
    const byTask = statusByTask(index, shanxi2016.id);
    expect([...byTask]).toEqual([[first, 'behind']]);
    const cols = columnStatusOf(tasks, byTask)!;
    expect(cols).toHaveLength(tasks.columns.length);
    expect(cols[0]).toBe('behind');
    expect(cols.slice(1).every((s) => s === null)).toBe(true);
  });

  it('a document id that prefixes another is not mixed up with it', () => {
    const index = statusIndex([row(`${shanxi2016.id}x`, first, 'completed', '2026-01-01')], []);
    expect(statusByTask(index, shanxi2016.id).size).toBe(0);
  });

  it('a section matrix has no column status', () => {
    expect(columnStatusOf(buildMatrix(base, base.assignments, 'sections'), new Map())).toBeUndefined();
  });
});
