// /department/:id — one department's tasks across its province's documents, counted by role, each
// with a source link into the reader.
import { useMemo } from 'react';
import { Link } from 'wouter';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import SourceLink from '../../kernel/components/SourceLink';
import { useDepartments, useDocuments } from '../../kernel/data/hooks';
import { t } from './strings';
import { routePaths } from '../../kernel/router/paths';
import { useRouteParams } from '../../kernel/router/url-state';
import { decodeParam } from '../../kernel/router/route-param';
import type { Department } from '../../shared/schema';
import ExportButtons from '../../kernel/components/ExportButtons';
import { portfolioTable } from './export';
import { buildPortfolio, type PortfolioTask, type RoleTally } from './model/portfolio';
import './department.css';

function roleText(p: PortfolioTask): string {
  return p.listedFirst ? `${t.role.responsible}（${t.registry.listedFirst}）` : t.role[p.role];
}

function Tally({ c }: { c: RoleTally }) {
  return (
    <>
      <td>{c.lead}</td>
      <td>{c.support}</td>
      <td>{c.responsible}{c.listedFirst ? `（${t.registry.listedFirst} ${c.listedFirst}）` : ''}</td>
      <td>{c.total}</td>
    </>
  );
}

function Portfolio({ department }: { department: Department }) {
  const docs = useDocuments(department.documents);
  const portfolio = useMemo(() => (docs.status === 'ready' ? buildPortfolio(department, docs.data) : null), [docs, department]);
  if (docs.status === 'error') return <ErrorPanel error={docs.error!} retry={docs.retry} />;
  if (!portfolio) return <Loading />;
  if (portfolio.totals.total === 0) return <EmptyState message={t.department.noTasks} />;
  return (
    <>
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
      {portfolio.documents.map((d) => (
        <section key={d.docId} id={`doc-${d.docId}`} className="department-doc">
          <h2>{d.title}</h2>
          <p><Link href={`${routePaths.heatmap(d.docId)}?q=${encodeURIComponent(department.name)}`}>{t.department.openHeatmap}</Link></p>
          <table className="department-tasks">
            <thead>
              <tr><th scope="col">{t.department.task}</th><th scope="col">{t.department.section}</th><th scope="col">{t.registry.role}</th><th scope="col">{t.common.source}</th></tr>
            </thead>
            <tbody>
              {d.tasks.map((p) => (
                <tr key={p.task.id}>
                  <td><span className="department-path">{p.task.path.join('·')}</span> {p.task.title}</td>
                  <td>{p.task.sectionTitle ?? p.task.partTitle}</td>
                  <td className={`role role-${p.listedFirst ? 'listed-first' : p.role}`}>{roleText(p)}<span className="department-units">{` / ${p.departmentCount}`}</span></td>
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
  const department = registry.data.departments.find((d) => d.id === id);
  if (!department) return <EmptyState message={t.department.notFound(id)} />;
  return (
    <article className="department-view" data-testid="department-view">
      <h1>{t.registry.heading(department.name)}</h1>
      <dl className="department-meta">
        <dt>{t.department.kind}</dt><dd>{t.registry.kinds[department.kind]}</dd>
        <dt>{t.department.category}</dt><dd>{department.category ?? t.registry.uncategorised}</dd>
        {department.aliases.length > 0 && (<><dt>{t.department.aliases}</dt><dd>{department.aliases.join('、')}</dd></>)}
        <dt>{t.facts.province}</dt><dd>{department.province}</dd>
      </dl>
      <Portfolio department={department} />
    </article>
  );
}
