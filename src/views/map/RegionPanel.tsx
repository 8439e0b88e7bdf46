// What is asked of one region: tasks that mention it, tasks where its government is responsible
// (with department chips, 牵头/配合 as written), and the targets stated for it — each with a source link
// into the reader. All text is JSX (escaped by React).
import SourceLink from '../../kernel/components/SourceLink';
import InferredYear from '../../kernel/components/InferredYear';
import TaskStatusBadge, { TaskStatusLegend } from '../../kernel/components/TaskStatusBadge';
import { latestStatus, type StatusEntry } from '../../kernel/entries/task-status';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import type { TaskUnit } from '../../shared/schema';
import type { RegionState, TaskRef } from '../../kernel/map/state/map-state';

// task.units (the schema's name) are the departments the task lists (责任单位).
function DepartmentChips({ departments, stated }: { departments: TaskUnit[]; stated: boolean }) {
  if (!stated) return <span className="chip muted">{t.map.departmentsNotStated}</span>;
  return (
    <>
      {departments.map((u, i) => (
        <span key={`${u.departmentId}-${i}`} className={`chip role-${u.role}`} title={t.role[u.role]}>
          {u.name}
        </span>
      ))}
    </>
  );
}

function TaskItem({ r, departments, statuses }: { r: TaskRef; departments?: TaskUnit[]; statuses: Map<string, StatusEntry[]> }) {
  return (
    <li>
      <div className="task-title">
        <span className="task-path">{r.task.path.join('.')}</span> {r.task.title}{' '}
        <TaskStatusBadge status={latestStatus(statuses, r.docId, r.task.id)?.status ?? null} />
      </div>
      <div className="chips">
        <DepartmentChips departments={departments ?? r.task.units} stated={departments ? true : r.task.unitsStated} />
        <SourceLink citation={r.task.citation} taskId={r.task.id} />
      </div>
    </li>
  );
}

export default function RegionPanel({ region, departmentsNamed, onClose }: { region: RegionState; departmentsNamed: boolean; onClose: () => void }) {
  const statuses = useStatusIndex();
  return (
    <section className="map-panel" aria-label={region.name}>
      <header>
        <h2>{region.name}</h2>
        <button type="button" onClick={onClose}>
          {t.common.close}
        </button>
      </header>
      <TaskStatusLegend />
      <h3>
        {t.map.tasksMentioning}（{region.mentions.length}）
      </h3>
      {region.mentions.length ? <ul className="tasks">{region.mentions.map((r) => <TaskItem key={`${r.docId}/${r.task.id}`} r={r} statuses={statuses} />)}</ul> : <p className="muted">{t.map.noneListed}</p>}
      <h3>
        {t.map.tasksResponsible}
        {departmentsNamed && `（${region.responsible.length}）`}
      </h3>
      {!departmentsNamed ? (
        <p className="muted">{t.map.noDataReason['no-departments']}</p>
      ) : region.responsible.length ? (
        <ul className="tasks">{region.responsible.map((r) => <TaskItem key={`${r.docId}/${r.task.id}`} r={r} departments={r.departments} statuses={statuses} />)}</ul>
      ) : (
        <p className="muted">{t.map.noneListed}</p>
      )}
      <h3>
        {t.map.targets}（{region.targets.length}）
      </h3>
      {region.targets.length ? (
        <ul className="targets">
          {region.targets.map((x) => (
            <li key={`${x.docId}/${x.indicator.id}`}>
              {x.indicator.name}：{formatTarget(x.indicator)}
              {x.indicator.targetYear !== null ? <>{t.common.inYear(x.indicator.targetYear)}<InferredYear basis={x.indicator.yearBasis} citation={x.indicator.yearCitation} /></> : ''} <SourceLink citation={x.indicator.citation} taskId={x.indicator.taskId} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.map.noneListed}</p>
      )}
    </section>
  );
}
