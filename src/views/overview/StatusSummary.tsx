// Tasks per 督办 status across every document, as reported (data/status and this browser's entries);
// the rest are counted as 未报送 — never given a status nobody reported.
import { useMemo } from 'react';
import TaskStatusBadge from '../../kernel/components/TaskStatusBadge';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import type { Manifest, TaskStatusValue } from '../../shared/schema';
import { t } from './strings';

const ORDER: TaskStatusValue[] = ['completed', 'on-schedule', 'at-risk', 'behind'];

export default function StatusSummary({ manifest }: { manifest: Manifest }) {
  const index = useStatusIndex();
  const counts = useMemo(() => {
    const docs = new Set(manifest.documents.map((d) => d.id));
    const c: Record<TaskStatusValue, number> = { completed: 0, 'on-schedule': 0, 'at-risk': 0, behind: 0 };
    for (const [key, list] of index) if (docs.has(key.split('\u0000')[0]) && list.length) c[list.at(-1)!.status]++;
    return c;
  }, [index, manifest]);
  const total = manifest.documents.reduce((a, d) => a + d.counts.tasks, 0);
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
