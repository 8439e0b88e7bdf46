// What is asked of one region: tasks that mention it, tasks where its government is responsible
// (with department chips, 牵头/配合 as written), and the targets stated for it — each with a source link
// into the reader. All text is JSX (escaped by React). The items come as ids (the build's place
// aggregates): the panel loads the documents of the items it shows, PAGE at a time per list.
import { useMemo, useState } from 'react';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useDocuments } from '../../kernel/data/hooks';
import SourceLink from '../../kernel/components/SourceLink';
import InferredYear from '../../kernel/components/InferredYear';
import TaskStatusBadge, { TaskStatusLegend } from '../../kernel/components/TaskStatusBadge';
import { latestStatus, type StatusEntry } from '../../kernel/entries/task-status';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import type { TaskUnit } from '../../shared/schema';
import { fillRefs, type RegionState, type TaskRef } from '../../kernel/map/state/map-state';

/** Items per list loaded and shown at once; 显示更多 adds as many again. */
export const PAGE = 20;

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
  if (!r.task) return null;
  return (
    <li>
      <div className="task-title">
        <span className="task-path">{r.task!.path.join('.')}</span> {r.task!.title}{' '}
        <TaskStatusBadge status={latestStatus(statuses, r.docId, r.task!.id)?.status ?? null} />
      </div>
      <div className="chips">
        <DepartmentChips departments={departments ?? r.task!.units} stated={departments ? true : r.task!.unitsStated} />
        <SourceLink citation={r.task!.citation} taskId={r.task!.id} />
      </div>
    </li>
  );
}

function More({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" className="show-more" data-testid="region-more" onClick={onMore}>
      {t.map.showMore(Math.min(PAGE, total - shown), total - shown)}
    </button>
  );
}

export default function RegionPanel({ region: refs, departmentsNamed, onClose }: { region: RegionState; departmentsNamed: boolean; onClose: () => void }) {
  const statuses = useStatusIndex();
  const [limit, setLimit] = useState({ mentions: PAGE, responsible: PAGE, targets: PAGE, code: refs.code });
  // Another region: start again from the first page of each list.
  const lim = limit.code === refs.code ? limit : { mentions: PAGE, responsible: PAGE, targets: PAGE, code: refs.code };
  const more = (k: 'mentions' | 'responsible' | 'targets') => setLimit({ ...lim, [k]: lim[k] + PAGE });
  const shownRefs = useMemo(
    () => ({ ...refs, mentions: refs.mentions.slice(0, lim.mentions), responsible: refs.responsible.slice(0, lim.responsible), targets: refs.targets.slice(0, lim.targets) }),
    [refs, lim.mentions, lim.responsible, lim.targets],
  );
  const docIds = useMemo(() => [...new Set([...shownRefs.mentions, ...shownRefs.responsible, ...shownRefs.targets].filter((r) => !('task' in r && r.task) && !('indicator' in r && r.indicator)).map((r) => r.docId))], [shownRefs]);
  const docs = useDocuments(docIds);
  const region = useMemo(() => fillRefs(shownRefs, docs.data ?? []), [shownRefs, docs.data]);
  const total = { mentions: refs.mentions.length, responsible: refs.responsible.length, targets: refs.targets.length };
  return (
    <section className="map-panel" aria-label={region.name}>
      <header>
        <h2>{region.name}</h2>
        <button type="button" onClick={onClose}>
          {t.common.close}
        </button>
      </header>
      <TaskStatusLegend />
      <MissingDocuments failed={docs.failed} retry={docs.retry} />
      {docs.status === 'loading' && <Loading />}
      <h3>
        {t.map.tasksMentioning}（{total.mentions}）
      </h3>
      {region.mentions.length ? <ul className="tasks">{region.mentions.map((r) => <TaskItem key={`${r.docId}/${r.taskId}`} r={r} statuses={statuses} />)}</ul> : <p className="muted">{t.map.noneListed}</p>}
      <More shown={region.mentions.length} total={total.mentions} onMore={() => more('mentions')} />
      <h3>
        {t.map.tasksResponsible}
        {departmentsNamed && `（${total.responsible}）`}
      </h3>
      {!departmentsNamed ? (
        <p className="muted">{t.map.noDataReason['no-departments']}</p>
      ) : region.responsible.length ? (
        <>
          <ul className="tasks">{region.responsible.map((r) => <TaskItem key={`${r.docId}/${r.taskId}`} r={r} departments={r.departments} statuses={statuses} />)}</ul>
          <More shown={region.responsible.length} total={total.responsible} onMore={() => more('responsible')} />
        </>
      ) : (
        <p className="muted">{t.map.noneListed}</p>
      )}
      <h3>
        {t.map.targets}（{total.targets}）
      </h3>
      {region.targets.length ? (
        <>
        <ul className="targets">
          {region.targets.map((r) => r.indicator && { ...r, indicator: r.indicator }).filter((x) => !!x).map((x) => (
            <li key={`${x.docId}/${x.indicatorId}`}>
              {x.indicator.name}：{formatTarget(x.indicator)}
              {x.indicator.targetYear !== null ? <>{t.common.inYear(x.indicator.targetYear)}<InferredYear basis={x.indicator.yearBasis} citation={x.indicator.yearCitation} /></> : ''} <SourceLink citation={x.indicator.citation} taskId={x.indicator.taskId} />
            </li>
          ))}
        </ul>
        <More shown={region.targets.length} total={total.targets} onMore={() => more('targets')} />
        </>
      ) : (
        <p className="muted">{t.map.noneListed}</p>
      )}
    </section>
  );
}
