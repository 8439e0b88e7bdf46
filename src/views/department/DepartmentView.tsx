// /department/:id — one department's tasks across its province's documents, counted by role, each
// with a source link into the reader.
import { useMemo } from 'react';
import { Link } from 'wouter';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import SourceLink from '../../kernel/components/SourceLink';
import { useDepartments, useDocuments, useProgress } from '../../kernel/data/hooks';
import InferredYear from '../../kernel/components/InferredYear';
import LocalEntriesBar from '../../kernel/components/LocalEntriesBar';
import TaskStatusBadge, { TaskStatusLegend } from '../../kernel/components/TaskStatusBadge';
import TaskStatusPanel from '../../kernel/components/TaskStatusPanel';
import { useLocalEntries } from '../../kernel/entries/store';
import { latestStatus } from '../../kernel/entries/task-status';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { formatTarget } from '../../kernel/lib/format';
import { departmentTargets, type YearGroup } from './model/targets';
import { t } from './strings';
import { categoryLabel } from '../../kernel/i18n/strings';
import { departmentKey, routePaths } from '../../kernel/router/paths';
import { useRouteParams } from '../../kernel/router/url-state';
import { decodeParam } from '../../kernel/router/route-param';
import type { Department } from '../../shared/schema';
import ExportButtons from '../../kernel/components/ExportButtons';
import { portfolioTable } from './export';
import { buildPortfolio, type PortfolioTask, type RoleTally } from './model/portfolio';
import './department.css';

/** The heatmap's search matches part of a name: a long name's start finds it without a long URL. */
const MAX_NAME_IN_URL = 40;

function roleText(p: PortfolioTask): string {
  return p.listedFirst ? t.department.responsibleNamedFirst : t.role[p.role];
}

/** A document (or all of them) that names no 牵头/配合 roles: 0 / 0 would read as "leads nothing". */
const givesNoRoles = (c: RoleTally) => c.lead === 0 && c.support === 0 && c.responsible > 0;

function Tally({ c }: { c: RoleTally }) {
  return (
    <>
      {givesNoRoles(c) ? (
        <td colSpan={2} className="muted" data-testid="no-roles">{t.department.noRoles}</td>
      ) : (
        <>
          <td>{c.lead}</td>
          <td>{c.support}</td>
        </>
      )}
      <td>{c.responsible}{c.listedFirst ? t.common.paren(t.department.namedFirst(c.listedFirst)) : ''}</td>
      <td>{c.total}</td>
    </>
  );
}

function Targets({ groups }: { groups: YearGroup[] }) {
  const overdue = groups.flatMap((g) => g.targets.filter((x) => x.overdue));
  if (groups.length === 0) return <p className="muted" data-testid="department-targets">{t.department.noTargets}</p>;
  return (
    <section className="department-targets" data-testid="department-targets">
      <h2>{t.department.targets}</h2>
      <p className={overdue.length ? 'department-overdue' : 'muted'} data-testid="department-overdue">
        {t.department.overdueCount(overdue.length)}
      </p>
      {groups.map((g) => (
        <div key={g.year ?? 'none'} className="department-year">
          <h3>{g.year === null ? t.department.yearNotStated : t.department.dueBy(g.year)}
            {g.targets[0]?.indicator.yearBasis === 'inferred' && g.year !== null && <InferredYear basis="inferred" citation={g.targets[0].indicator.yearCitation} />}
          </h3>
          <ul>
            {g.targets.map((x) => (
              <li key={x.indicator.id} data-testid="department-target">
                {x.indicator.name}：{formatTarget(x.indicator)}{' '}
                {x.overdue ? <span className="overdue-badge">⚠ {t.department.overdue}</span> : x.reported ? <span className="muted">{t.department.reported}</span> : null}
                <span className="muted"> · {x.taskTitle}</span> <SourceLink citation={x.indicator.citation} taskId={x.indicator.taskId} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Portfolio({ department }: { department: Department }) {
  const docs = useDocuments(department.documents);
  const progress = useProgress();
  const local = useLocalEntries();
  const statuses = useStatusIndex();
  const portfolio = useMemo(() => (docs.status === 'ready' ? buildPortfolio(department, docs.data) : null), [docs, department]);
  const groups = useMemo(() => {
    if (!portfolio || docs.status !== 'ready') return [];
    const reported = new Set([...(progress.data?.rows ?? []).map((r) => r.indicatorId), ...local.progress.map((p) => p.indicatorId)]);
    return departmentTargets(portfolio, docs.data, reported, new Date().getFullYear());
  }, [portfolio, docs, progress.data, local.progress]);
  if (docs.status === 'error') return <ErrorPanel error={docs.error!} retry={docs.retry} />;
  if (!portfolio) return <Loading />;
  const missing = <MissingDocuments failed={docs.failed} retry={docs.retry} />;
  if (portfolio.totals.total === 0) return <>{missing}<EmptyState message={t.department.noTasks} /></>;
  return (
    <>
      {missing}
      <TaskStatusLegend />
      <table className="department-counts" data-testid="department-counts">
        <caption>{t.registry.byRole}</caption>
        <thead>
          <tr><th scope="col">{t.department.documents}</th><th scope="col">{t.role.lead}</th><th scope="col">{t.role.support}</th><th scope="col">{t.role.responsible}</th><th scope="col">{t.department.total}</th></tr>
        </thead>
        <tbody>
          {portfolio.documents.map((d) => (
            <tr key={d.docId}><th scope="row"><a href={`#doc-${d.docId}`}>{d.title}</a></th><Tally c={d.counts} /></tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row">{t.department.total}</th><Tally c={portfolio.totals} /></tr></tfoot>
      </table>
      <p className="export-row"><ExportButtons basename={`department-${department.name}`} testIdPrefix="department-export" table={() => portfolioTable(department, portfolio, docs.data!)} /></p>
      {portfolio.totals.listedFirst > 0 && <p className="department-note">{t.department.listedFirstNote}</p>}
      <Targets groups={groups} />
      {portfolio.documents.map((d) => (
        <section key={d.docId} id={`doc-${d.docId}`} className="department-doc">
          <h2>{d.title}</h2>
          <p><Link href={`${routePaths.heatmap(d.docId)}?q=${encodeURIComponent(department.name.slice(0, MAX_NAME_IN_URL))}`}>{t.department.openHeatmap}</Link></p>
          <table className="department-tasks">
            <thead>
              <tr><th scope="col">{t.department.task}</th><th scope="col">{t.department.section}</th><th scope="col">{t.registry.role}</th><th scope="col">{t.department.status}</th><th scope="col">{t.common.source}</th></tr>
            </thead>
            <tbody>
              {d.tasks.map((p) => (
                <tr key={p.task.id}>
                  <td><span className="department-path">{p.task.path.join('·')}</span> {p.task.title}</td>
                  <td>{p.task.sectionTitle ?? p.task.partTitle}</td>
                  <td className={`role role-${p.listedFirst ? 'listed-first' : p.role}`}>{roleText(p)}<span className="department-units">{` / ${p.departmentCount}`}</span></td>
                  <td className="department-status">
                    <TaskStatusBadge status={latestStatus(statuses, d.docId, p.task.id)?.status ?? null} />
                    <details className="status-details">
                      <summary>{t.department.statusDetails}</summary>
                      <TaskStatusPanel docId={d.docId} taskId={p.task.id} />
                    </details>
                  </td>
                  <td><SourceLink citation={p.task.citation} taskId={p.task.id} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

export default function DepartmentView() {
  const id = decodeParam(useRouteParams<{ id: string }>().id);
  const registry = useDepartments();
  if (registry.status === 'error') return <ErrorPanel error={registry.error!} retry={registry.retry} />;
  if (registry.status !== 'ready') return <Loading />;
  const department = registry.data.departments.find((d) => d.id === id || (id.includes('~') && departmentKey(d.id) === id));
  if (!department) return <EmptyState message={t.department.notFound(id)} />;
  return (
    <article className="department-view" data-testid="department-view">
      <h1>{t.registry.heading(department.name)}</h1>
      <dl className="department-meta">
        <dt>{t.department.kind}</dt><dd>{t.registry.kinds[department.kind]}</dd>
        <dt>{t.department.category}</dt><dd>{categoryLabel(department.category)}</dd>
        {department.aliases.length > 0 && (<><dt>{t.department.aliases}</dt><dd>{department.aliases.join('、')}</dd></>)}
        <dt>{t.facts.province}</dt><dd>{department.province}</dd>
      </dl>
      <div className="department-tools no-print">
        <LocalEntriesBar />
        <button type="button" onClick={() => window.print()}>{t.department.print}</button>
      </div>
      <Portfolio department={department} />
    </article>
  );
}
