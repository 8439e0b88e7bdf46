// A task's 督办 status in colour, icon and words (readable without colour, and in print).
import type { TaskStatusValue } from '../../shared/schema';
import { t } from '../i18n/strings';
import './entries.css';

export default function TaskStatusBadge({ status }: { status: TaskStatusValue | null }) {
  const key = status ?? 'none';
  return (
    <span className={`task-status-badge ${key}`} data-testid="task-status" data-status={key}>
      <span className="icon" aria-hidden="true">{t.taskStatus.icon[key]}</span>
      {t.taskStatus.label[key]}
    </span>
  );
}

export function TaskStatusLegend() {
  return (
    <p className="status-legend" data-testid="status-legend">
      <span>{t.taskStatus.legend}</span>
      {(['completed', 'on-schedule', 'at-risk', 'behind', null] as const).map((s) => <TaskStatusBadge key={s ?? 'none'} status={s} />)}
    </p>
  );
}
