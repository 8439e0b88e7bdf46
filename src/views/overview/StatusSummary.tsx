// Tasks per 督办 status across every document, as reported (data/status and this browser's entries);
// the rest are counted as 未报送 — never given a status nobody reported.
import { useMemo } from 'react';
import TaskStatusBadge from '../../kernel/components/TaskStatusBadge';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import type { TaskStatusValue } from '../../shared/schema';
import { t } from './strings';

const ORDER: TaskStatusValue[] = ['completed', 'on-schedule', 'at-risk', 'behind'];

/** totalTasks: the tasks of every document (the overview index's count plus the local documents'). */
export default function StatusSummary({ totalTasks: total }: { totalTasks: number }) {
  const index = useStatusIndex();
  // Status rows name built tasks (the build checks data/status against the documents) or local ones
  // (checked when entered); every task with a reported status counts once, by its latest.
  const counts = useMemo(() => {
    const c: Record<TaskStatusValue, number> = { completed: 0, 'on-schedule': 0, 'at-risk': 0, behind: 0 };
    for (const list of index.values()) if (list.length) c[list.at(-1)!.status]++;
    return c;
  }, [index]);
  const reported = ORDER.reduce((a, s) => a + counts[s], 0);
  return (
    <section className="status-summary" data-testid="status-summary" aria-label={t.overview.statusHeading}>
      <h2>{t.overview.statusHeading}</h2>
      <p className="status-legend">
        {ORDER.map((s) => (
          <span key={s} data-testid={`status-count-${s}`}><TaskStatusBadge status={s} /> {counts[s]}</span>
        ))}
        <span data-testid="status-count-none"><TaskStatusBadge status={null} /> {Math.max(0, total - reported)}</span>
      </p>
      <p className="muted">{t.overview.statusNote}</p>
    </section>
  );
}
