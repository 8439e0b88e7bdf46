// /department/:id — an official's start page: the tasks the unit leads, supports, or holds where
// its document gives no roles, each with its 督办 status; the targets it answers for by due year and
// what is overdue; filters by role and document kept in the URL. Built documents are read from the
// build-time department index — one file per department (counts, documents, targets) and the pages of
// its task list as the lists grow (显示更多), never a whole document; documents imported in this
// browser from IndexedDB.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import SourceLink from '../../kernel/components/SourceLink';
import { useDocuments, useProgress, useResource } from '../../kernel/data/hooks';
import { loadAllDepartmentPages, retryDepartment, useDepartmentIndex, useDepartmentPages, type DepartmentIndexData } from '../../kernel/data/department-index';
import { isLocalId, mergeDepartments } from '../../kernel/data/local-documents';
import { loadLocal } from '../../kernel/data/resources';
import InferredYear from '../../kernel/components/InferredYear';
import TaskStatusBadge, { TaskStatusLegend } from '../../kernel/components/TaskStatusBadge';
import TaskStatusPanel from '../../kernel/components/TaskStatusPanel';
import { useLocalEntries } from '../../kernel/entries/store';
import { latestStatus, type StatusEntry } from '../../kernel/entries/task-status';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { progressByIndicator } from '../../kernel/progress/rows';
import { formatTarget } from '../../kernel/lib/format';
import { departmentTargets, localTargets, type YearGroup } from './model/targets';
import { t } from './strings';
import { categoryLabel } from '../../kernel/i18n/strings';
import { useAtlasStore, useRouteParams, useUrlParam } from '../../kernel/router/url-state';
import { decodeParam } from '../../kernel/router/route-param';
import { departmentFileKey, namesDepartment } from '../../shared/department-key';
import { roleKey, ROLE_KEYS, type RoleKey } from '../../shared/department-roles';
import type { Department, DepartmentTarget, PolicyDocument } from '../../shared/schema';
import ExportButtons from '../../kernel/components/ExportButtons';
import { portfolioTable } from './export';
import { rowsFromDocument, type DepartmentRow } from './model/rows';
import {
  buildPortfolio, countRows, facets, matchCount, parseFilters, totalOf, type DocumentFacts, type Filters, type Portfolio, type PortfolioSource,
} from './model/portfolio';
import { listShown, pagesFor, rowsByDocument, rowsFor, shownRows, type ListKind, type ShownList, type Wants } from './model/paging';
import { useListWants } from './use-list-wants';
import { useScrollMemory } from './use-scroll-memory';
import { useCountsExpanded } from './use-counts-expanded';
import DocumentCounts from './DocumentCounts';
import { DEPARTMENT_PAGE } from '../../shared/index-paths';
import './department.css';

// The export/import bar reads every document (to check imported rows against them): mounted only
// when the user opens it, so the page itself never loads the documents.
const LocalEntriesBar = lazy(() => import('../../kernel/components/LocalEntriesBar'));

const NO_DOCS: PolicyDocument[] = [];
const NO_TARGETS: DepartmentTarget[] = [];

function Targets({ groups }: { groups: YearGroup[] }) {
  const overdue = groups.reduce((n, g) => n + g.overdue, 0);
  const count = groups.reduce((n, g) => n + g.targets.length, 0);
  if (groups.length === 0) return <p className="muted" id="department-targets" data-testid="department-targets">{t.department.noTargets}</p>;
  return (
    <section className="department-targets" id="department-targets" data-testid="department-targets">
      <h2>{t.department.targets} <span className="muted">{t.department.targetsOf(count)}</span></h2>
      <p className={overdue ? 'department-overdue' : 'muted'} data-testid="department-overdue">{t.department.overdueCount(overdue)}</p>
      {groups.map((g) => (
        <div key={g.year ?? 'none'} className="department-year" data-testid="department-year" data-year={g.year ?? 'none'}>
          <h3>
            {g.year === null ? t.department.yearNotStated : t.department.dueBy(g.year)}
            {g.targets[0]?.indicator.yearBasis === 'inferred' && g.year !== null && <InferredYear basis="inferred" citation={g.targets[0].indicator.yearCitation} />}
            <span className="muted"> · {t.department.targetsOf(g.targets.length)}{g.overdue ? ` · ${t.department.targetsOverdue(g.overdue)}` : ''}</span>
          </h3>
          <ul>
            {g.targets.map((x) => (
              <li key={x.indicator.id} data-testid="department-target" data-indicator={x.indicator.id} data-status={x.assessment.status}>
                {x.indicator.name}：{formatTarget(x.indicator)}{' '}
                <span className={x.assessment.status === 'overdue' ? 'overdue-badge' : `target-status ${x.assessment.status}`}>
                  {x.assessment.status === 'overdue' ? '⚠ ' : ''}{t.department.targetStatus[x.assessment.status]}
                </span>
                {x.figures > 0 && <span className="muted"> · {t.department.targetsReported(x.figures)}</span>}
                <span className="muted"> · {x.taskTitle}</span> <SourceLink citation={x.indicator.citation} taskId={x.indicator.taskId} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/**
 * A <details> whose content mounts when it is first opened: a closed <details> still renders its
 * children. The export/import bar reads every document; a 督办 panel in each of a department's
 * hundreds of rows was most of the page's elements and of its layout (issue 11).
 */
function OpenedDetails({ className, summary, testId, children }: { className: string; summary: string; testId?: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={testId}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

function StatusCell({ row, status }: { row: DepartmentRow; status: StatusEntry | null }) {
  return (
    <td className="department-status">
      <TaskStatusBadge status={status?.status ?? null} />
      {status?.local && <span className="local-badge" title={t.entries.localTitle}>{t.entries.local}</span>}
      {status && <span className="muted department-status-date">{t.department.statusAsOf(status.date)}</span>}
      <OpenedDetails className="status-details" summary={t.department.statusDetails}>{() => <TaskStatusPanel docId={row.docId} taskId={row.taskId} />}</OpenedDetails>
    </td>
  );
}

/** Memoised: the page re-renders as other files arrive (progress, statuses); a list re-renders only when its rows or their statuses change. */
const TaskList = memo(function TaskList({ title, kind, list, docs, statusOf, loading, onMore }: {
  title: string;
  kind: ListKind;
  list: ShownList & { next: number };
  docs: Map<string, DocumentFacts>;
  statusOf: (docId: string, taskId: string) => StatusEntry | null;
  loading: boolean;
  /** The list asks for more rows beyond the `shown` it has. */
  onMore: (kind: ListKind, shown: number) => void;
}) {
  const { rows, total } = list;
  return (
    <section className="department-list" data-testid={`department-list-${kind}`} data-total={total} data-shown={rows.length}>
      <h2>{title} <span className="muted">{t.department.listCount(rows.length, total)}</span></h2>
      {total === 0 ? (
        <p className="muted">{t.department.listEmpty}</p>
      ) : (
        <table className="department-tasks">
          <thead>
            <tr>
              <th scope="col">{t.department.task}</th>
              {kind === 'unassigned' && <th scope="col">{t.registry.role}</th>}
              <th scope="col">{t.department.status}</th>
              <th scope="col">{t.common.source}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((r, i) => {
              const k = roleKey(r);
              // Rows come in document order: a heading row where a new document starts, not its title on every row.
              const d = docs.get(r.docId);
              const heading = i === 0 || rows[i - 1].docId !== r.docId ? [
                <tr key={`doc-${r.docId}`} className="department-doc-row">
                  <th colSpan={kind === 'unassigned' ? 4 : 3} scope="colgroup">
                    {d?.title ?? r.docId}
                    <span className="muted">{t.common.paren([d?.docNumber ?? t.common.notStated, d?.date ?? t.common.notStated].join(t.department.factSeparator))}</span>
                  </th>
                </tr>,
              ] : [];
              return [...heading, (
                <tr key={`${r.docId}/${r.taskId}`} data-testid="department-task" data-role={k} data-doc={r.docId}>
                  <td>
                    <span className="department-path">{r.path.join('·')}</span> {r.title}
                    <div className="department-section muted">{r.section} · {t.department.unitsOnTask(r.departmentCount)}</div>
                  </td>
                  {kind === 'unassigned' && <td className={`role role-${k === 'first' ? 'listed-first' : 'responsible'}`} title={t.department.roleKeyTitle[k]}>{t.department.roleKey[k]}</td>}
                  <StatusCell row={r} status={statusOf(r.docId, r.taskId)} />
                  <td><SourceLink citation={r.citation} taskId={r.taskId} /></td>
                </tr>
              )];
            })}
          </tbody>
        </table>
      )}
      {rows.length < total && (
        loading ? <p className="muted" data-testid="department-list-loading">{t.department.loadingMore}</p> : (
          <button type="button" className="show-more no-print" data-testid="department-more" data-list={kind} onClick={() => onMore(kind, rows.length)}>
            {t.department.showMore(list.next - rows.length, total - rows.length)}
          </button>
        )
      )}
    </section>
  );
});

function FilterBar({ sources, filters, docs, shown, setRole, setDoc }: {
  sources: PortfolioSource[];
  filters: Filters;
  docs: DocumentFacts[];
  /** Rows the lists show now (pages in). */
  shown: number;
  setRole: (r: RoleKey | null) => void;
  setDoc: (d: string | null) => void;
}) {
  const f = facets(sources, filters);
  const withinDoc = ROLE_KEYS.reduce((n, k) => n + f.roles[k], 0);
  return (
    <div className="department-filters no-print" role="group" aria-label={t.department.filters} data-testid="department-filters">
      <div className="department-filter-roles" role="group" aria-label={t.department.filterRole}>
        <button type="button" aria-pressed={filters.role === null} onClick={() => setRole(null)} data-testid="role-filter" data-role="all">
          {t.department.allRoles} <span className="count">{withinDoc}</span>
        </button>
        {ROLE_KEYS.map((k) => (
          <button key={k} type="button" aria-pressed={filters.role === k} disabled={f.roles[k] === 0 && filters.role !== k} title={t.department.roleKeyTitle[k]}
            onClick={() => setRole(filters.role === k ? null : k)} data-testid="role-filter" data-role={k}>
            {t.department.roleKey[k]} <span className="count">{f.roles[k]}</span>
          </button>
        ))}
      </div>
      <label className="department-filter-doc">
        {t.department.filterDoc}{' '}
        <select value={filters.doc ?? ''} onChange={(e) => setDoc(e.target.value || null)} data-testid="doc-filter">
          <option value="">{t.department.allDocuments}（{[...f.documents.values()].reduce((a, b) => a + b, 0)}）</option>
          {docs.map((d) => (
            <option key={d.id} value={d.id}>{d.title}（{f.documents.get(d.id) ?? 0}）</option>
          ))}
        </select>
      </label>
      <span className="muted" data-testid="department-shown">{t.department.shownOf(shown, matchCount(sources, filters))}</span>
      {(filters.role !== null || filters.doc !== null) && (
        <button type="button" className="link-button" onClick={() => { setRole(null); setDoc(null); }}>{t.department.clearFilters}</button>
      )}
    </div>
  );
}

interface PortfolioData {
  /** Every document naming the department on a task: built ones (rows in the index's pages), then imported ones. */
  sources: PortfolioSource[];
  /** The imported documents' rows (always at hand). */
  localRows: ReadonlyMap<string, DepartmentRow[]>;
  targets: DepartmentTarget[];
  /** The built index, whose pages hold the built documents' rows; null when only imported documents name the department. */
  index: DepartmentIndexData | null;
}

const LIST_TITLES: Record<ListKind, () => string> = { lead: () => t.department.listLead, support: () => t.department.listSupport, unassigned: () => t.department.listUnassigned };

/** Every row of every list: what 打印 shows (the printout lists the whole portfolio, as before paging). */
const ALL: Wants = { lead: Infinity, support: Infinity, unassigned: Infinity };

function Portfolio({ department, data, failed, retry, printing, printed }: {
  department: Department;
  data: PortfolioData;
  failed: ReturnType<typeof useDocuments>['failed'];
  retry: () => void;
  /** 打印 was pressed: show every row, then open the print dialog. */
  printing: boolean;
  printed: () => void;
}) {
  const [roleParam, setRoleParam] = useUrlParam('role');
  const [docParam, setDocParam] = useUrlParam('doc');
  const path = useAtlasStore((s) => s.path);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const progress = useProgress();
  const local = useLocalEntries();
  const statuses = useStatusIndex();
  const { sources, localRows, targets, index } = data;
  const withRows = useMemo(() => sources.filter((d) => totalOf(d.counts) > 0), [sources]);
  const { filters, bad } = useMemo(() => parseFilters({ role: roleParam, doc: docParam }, withRows.map((d) => d.id)), [roleParam, docParam, withRows]);
  const badText = bad.map(([n, v]) => t.notice.badParam(n, v)).join(' ');
  useEffect(() => {
    if (badText) setNotice({ path, text: badText });
  }, [badText, path, setNotice]);
  const filtersKey = `${filters.role ?? ''}|${filters.doc ?? ''}`;
  const { wants: asked, more } = useListWants(filtersKey);
  const [countsExpanded, setCountsExpanded] = useCountsExpanded(filtersKey);
  const wants = printing ? ALL : asked;
  const pageNumbers = useMemo(() => pagesFor(withRows, filters, wants), [withRows, filters, wants]);
  const pages = useDepartmentPages(index, pageNumbers);
  const rowsOf = useMemo(() => rowsByDocument(pages.rows.values(), localRows), [pages.rows, localRows]);
  const lists = useMemo(() => {
    const of = (l: ListKind) => ({ ...shownRows(withRows, rowsOf, l, filters), next: rowsFor(withRows, l, filters, wants[l] + DEPARTMENT_PAGE) });
    return { lead: of('lead'), support: of('support'), unassigned: of('unassigned') };
  }, [withRows, rowsOf, filters, wants]);
  const portfolio: Portfolio = useMemo(() => buildPortfolio(withRows), [withRows]);
  const figures = useMemo(() => progressByIndicator(progress.data?.rows ?? [], local.progress), [progress.data, local.progress]);
  const groups = useMemo(() => departmentTargets(targets, filters, figures, new Date().getFullYear()), [targets, filters, figures]);
  const docMap = useMemo(() => new Map(withRows.map((d) => [d.id, d])), [withRows]);
  const statusOf = useCallback((docId: string, taskId: string) => latestStatus(statuses, docId, taskId), [statuses]);
  // Back from 出处 restores the scroll position once the rows it was in are shown again.
  useScrollMemory(!pages.loading);
  const complete = !pages.loading && (['lead', 'support', 'unassigned'] as const).every((l) => lists[l].rows.length === lists[l].total || pages.failed.length > 0);
  useEffect(() => {
    if (!printing || !complete) return;
    printed();
    window.print();
  }, [printing, complete, printed]);
  const missing = <MissingDocuments failed={pages.failed.length ? [...failed, ...pages.failed] : failed} retry={pages.failed.length ? () => { retryDepartment(); retry(); } : retry} />;
  if (portfolio.totals.total === 0) return <>{missing}<EmptyState message={t.department.noTasks} /></>;
  const setRole = (r: RoleKey | null) => setRoleParam(r);
  const setDoc = (d: string | null) => setDocParam(d);
  const overdue = groups.reduce((n, g) => n + g.overdue, 0);
  const activeFilters = [filters.role && t.department.roleKey[filters.role], filters.doc && docMap.get(filters.doc)?.title].filter(Boolean).join(' · ');
  // The export lists the full portfolio: the pages not shown yet are fetched when it is asked for.
  const exportTable = async () => {
    const all = index ? await loadAllDepartmentPages(index) : [];
    const byDoc = rowsByDocument(all, localRows);
    return portfolioTable(department, withRows.map((d) => ({ ...d, rows: byDoc.get(d.id) ?? [] })), statusOf);
  };
  const shownLists = (['lead', 'support', 'unassigned'] as const).filter((l) => listShown(l, filters));
  return (
    <>
      {missing}
      <DocumentCounts portfolio={portfolio} departmentName={department.name} selected={filters.doc} onSelect={setDoc} expanded={countsExpanded} setExpanded={setCountsExpanded} />
      {portfolio.totals.listedFirst > 0 && <p className="department-note">{t.department.listedFirstNote}</p>}
      <p className={overdue ? 'department-overdue' : 'muted'}>
        <a href="#department-targets">{t.department.overdueCount(overdue)}</a>
      </p>
      <p className="export-row no-print">
        <ExportButtons basename={`department-${department.name.slice(0, 40)}`} testIdPrefix="department-export" table={exportTable} />
      </p>
      <FilterBar sources={withRows} filters={filters} docs={withRows} shown={shownLists.reduce((n, l) => n + lists[l].rows.length, 0)} setRole={setRole} setDoc={setDoc} />
      {activeFilters && <p className="department-active-filters" data-testid="department-active-filters">{t.department.filteredBy(activeFilters)}</p>}
      <TaskStatusLegend />
      {shownLists.map((l) => (
        <TaskList key={l} title={LIST_TITLES[l]()} kind={l} list={lists[l]} docs={docMap} statusOf={statusOf} loading={pages.loading} onMore={more} />
      ))}
      <Targets groups={groups} />
    </>
  );
}

/** The department's documents, rows and targets: built ones from its index, imported ones from IndexedDB. */
function useDepartmentData(department: Department, index: DepartmentIndexData | null) {
  const localIds = useMemo(() => department.documents.filter(isLocalId), [department.documents]);
  const localDocs = useDocuments(localIds);
  const data = useMemo((): PortfolioData | null => {
    if (localDocs.status === 'loading') return null;
    const locals = localDocs.data ?? NO_DOCS;
    const localRows = new Map(locals.map((d) => [d.id, rowsFromDocument(department.id, d)]));
    return {
      sources: [
        ...(index?.documents ?? []).map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, date: d.date, sha256: d.sha256, counts: d.counts, page: d.page })),
        ...locals.map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, date: d.date, sha256: d.sha256, counts: countRows(localRows.get(d.id)!), page: null })),
      ],
      localRows,
      targets: [...(index?.targets ?? NO_TARGETS), ...locals.flatMap((d) => localTargets(d, localRows.get(d.id)!))],
      index,
    };
  }, [localDocs, index, department.id]);
  return { data, failed: localDocs.failed, retry: localDocs.retry };
}

function DepartmentPage({ department, index }: { department: Department; index: DepartmentIndexData | null }) {
  const { data, failed, retry } = useDepartmentData(department, index);
  // The lists show their first pages; a printout has every row: load them all, then print.
  const [printing, setPrinting] = useState(false);
  const printed = useCallback(() => setPrinting(false), []);
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
        <button type="button" onClick={() => (data ? setPrinting(true) : window.print())} disabled={printing} aria-busy={printing} data-testid="department-print">
          {printing ? t.department.loadingMore : t.department.print}
        </button>
        <OpenedDetails className="department-local" summary={t.department.localEntries} testId="department-local">
          {() => <Suspense fallback={<Loading />}><LocalEntriesBar /></Suspense>}
        </OpenedDetails>
      </div>
      {data ? <Portfolio department={department} data={data} failed={failed} retry={retry} printing={printing} printed={printed} /> : <Loading />}
    </article>
  );
}

export default function DepartmentView() {
  const id = decodeParam(useRouteParams<{ id: string }>().id);
  // The file is named by the hash of the id (or of the id a hashed link stands for): no lookup table.
  const index = useDepartmentIndex(departmentFileKey(id));
  const local = useResource('local', () => loadLocal());
  if (index.status === 'error') return <ErrorPanel error={index.error!} retry={index.retry} />;
  if (index.status !== 'ready' || local.status === 'loading') return <Loading />;
  // A file of another department under the same key (a hash collision with an id only this browser knows) is not this one's.
  const built = index.data && namesDepartment(id, index.data.department.id) ? index.data : null;
  const registry = mergeDepartments({ departments: built ? [built.department] : [] }, local.data ?? []).departments;
  const department = registry.find((d) => namesDepartment(id, d.id));
  if (!department) return <EmptyState message={t.department.notFound(id)} />;
  return <DepartmentPage key={department.id} department={department} index={built} />;
}
