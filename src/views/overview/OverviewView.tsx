// / — documents grouped by province, a page at a time, with filters (province, year, genre,
// scope) in the URL. Reads the overview index and the few (province, year) shards of summaries the
// page needs, so 3,000 documents cost what five do; documents imported in this browser are listed
// first (filtered the same way). Eager (not lazy) and free of ECharts so real text is on the first paint.
import { useMemo } from 'react';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import EmptyState from '../../kernel/components/EmptyState';
import { useLocalSummaries, useOverviewIndex, useSummaryShards } from '../../kernel/data/index-hooks';
import { localDocumentSummary } from '../../kernel/data/local-documents';
import { useAtlasStore, useUrlParam } from '../../kernel/router/url-state';
import ImportButton from '../../kernel/import/ImportButton';
import type { DocumentSummary, OverviewIndex } from '../../shared/schema';
import { t } from './strings';
import DocumentCard from './DocumentCard';
import StatusSummary from './StatusSummary';
import { overviewFacets, pageDocuments, planPage, summaryMatches, validOverviewFilters, type OverviewFilters } from './model/paging';
import './overview.css';

const s = t.overview;
const KEYS: (keyof OverviewFilters)[] = ['province', 'year', 'genre', 'scope'];
const NO_LOCAL: DocumentSummary[] = [];

export default function OverviewView() {
  const index = useOverviewIndex();
  const local = useLocalSummaries();
  const locals = useMemo(() => local.data?.map(localDocumentSummary) ?? NO_LOCAL, [local.data]);
  if (index.status === 'loading' || local.status === 'loading') return <Loading />;
  if (index.status === 'error') return <ErrorPanel error={index.error} retry={index.retry} />;
  return <Overview index={index.data} locals={locals} />;
}

function Overview({ index, locals }: { index: OverviewIndex; locals: DocumentSummary[] }) {
  const [province] = useUrlParam('province');
  const [year] = useUrlParam('year');
  const [genre] = useUrlParam('genre');
  const [scope] = useUrlParam('scope');
  const [pageParam] = useUrlParam('page');
  const setParams = useAtlasStore((st) => st.setParams);
  const requested = useMemo(() => ({ province, year, genre, scope }), [province, year, genre, scope]);
  const { filters, bad } = useMemo(() => validOverviewFilters(requested, index), [requested, index]);
  const facets = useMemo(() => overviewFacets(index, filters), [index, filters]);
  const plan = useMemo(() => planPage(index, filters, Number(pageParam ?? '1')), [index, filters, pageParam]);
  const shards = useSummaryShards(plan.parts);
  const names = useMemo(() => new Map([...index.provinces.map((p) => [p.code, p.name] as const), ...locals.map((d) => [d.provinceCode, d.province] as const)]), [index, locals]);
  const groups = shards.status === 'ready' ? pageDocuments(plan, shards.data, filters) : null;
  // Local documents: few, kept in this browser; listed above the first page of built ones.
  const localShown = plan.page === 1 ? locals.filter((d) => summaryMatches(d, filters)) : NO_LOCAL;
  const localTotal = locals.filter((d) => summaryMatches(d, filters)).length;
  const label = (k: keyof OverviewFilters, v: string): string =>
    k === 'province' ? (names.get(v) ?? v) : k === 'year' ? (v === 'none' ? s.yearNone : s.year(v)) : k === 'genre' ? (t.genre[v as keyof typeof t.genre] ?? v) : (s.scope[v as keyof typeof s.scope] ?? v);
  const any = KEYS.some((k) => filters[k] !== null);
  // A filter change starts again at page 1 (one history entry).
  const setFilter = (k: keyof OverviewFilters, v: string | null) => setParams({ [k]: v, page: null });
  const goTo = (p: number) => setParams({ page: p === 1 ? null : String(p) });
  const total = index.total + locals.length;
  const paged = plan.pages > 1;

  return (
    <div className="overview page">
      <h1>{s.heading}</h1>
      <p className="lede">{s.intro(total)}</p>
      <ImportButton />
      {bad.map(([k, v]) => (
        <p key={k} className="notice" role="status">{t.notice.badParam(k, v)}</p>
      ))}
      {total === 0 && <EmptyState message={t.empty.noData} />}
      {total > 0 && <StatusSummary totalTasks={index.tasks + locals.reduce((n, d) => n + d.tasks, 0)} />}
      {total > 0 && (
        <div className="overview-toolbar">
          <fieldset className="filter-bar overview-filters">
            <legend className="visually-hidden">{s.filters}</legend>
            {KEYS.map((k) => (
              <label key={k} className="filter">
                <span>{s.filterNames[k]}</span>
                <select data-testid={`overview-filter-${k}`} value={filters[k] ?? ''} onChange={(e) => setFilter(k, e.target.value === '' ? null : e.target.value)}>
                  <option value="">{s.all}</option>
                  {facets[k].map((f) => (
                    <option key={f.value} value={f.value}>{label(k, f.value)}{t.common.paren(f.count)}</option>
                  ))}
                </select>
              </label>
            ))}
            <button type="button" disabled={!any} onClick={() => setParams({ province: null, year: null, genre: null, scope: null, page: null })}>{s.clear}</button>
          </fieldset>
          <p className="result-count" data-testid="overview-count">{s.count(plan.total + localTotal, total, plan.page, plan.pages)}</p>
        </div>
      )}
      {localShown.length > 0 && (
        <section className="province" aria-labelledby="prov-local">
          <h2 id="prov-local">{s.localHeading}</h2>
          <div className="card-grid">
            {localShown.map((d) => (
              <DocumentCard key={d.id} doc={d} local />
            ))}
          </div>
        </section>
      )}
      {shards.status === 'error' && <ErrorPanel error={shards.error} retry={shards.retry} />}
      {shards.status === 'loading' && plan.parts.length > 0 && <Loading />}
      {groups?.map((g) => (
        <section key={g.provinceCode} className="province" aria-labelledby={`prov-${g.provinceCode}`}>
          <h2 id={`prov-${g.provinceCode}`}>{names.get(g.provinceCode) ?? g.provinceCode}</h2>
          <div className="card-grid">
            {g.documents.map((d) => (
              <DocumentCard key={d.id} doc={d} />
            ))}
          </div>
        </section>
      ))}
      {total > 0 && plan.total + localTotal === 0 && <EmptyState message={s.noMatch} />}
      {paged && (
        <nav className="pager" aria-label={s.pager} data-testid="overview-pager">
          <button type="button" disabled={plan.page <= 1} onClick={() => goTo(plan.page - 1)}>{s.prev}</button>
          <span>{s.pageOf(plan.page, plan.pages)}</span>
          <button type="button" disabled={plan.page >= plan.pages} onClick={() => goTo(plan.page + 1)}>{s.next}</button>
        </nav>
      )}
      {index.failures.length > 0 && (
        <section className="failures" role="alert">
          <h2>{s.failures}</h2>
          <ul>
            {index.failures.map((f) => (
              <li key={f.file}>
                <code>{f.file}</code>{t.common.colon}{f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
