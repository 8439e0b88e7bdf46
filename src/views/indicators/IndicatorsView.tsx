// /indicators: catalogue of every target with filters in the URL, cards or a sortable table,
// comparison of like measures across provinces, and a timeline of target years.
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useComparison, useDocuments, useManifest, useProgress } from '../../kernel/data/hooks';
import { t } from './strings';
import type { PolicyDocument, ProgressRow } from '../../shared/schema';
import CardList from './CardList';
import { buildEntries, categoryOrder, facets, filterEntries, NO_FILTERS } from '../../kernel/targets/catalogue';
import ComparisonPanel from './ComparisonPanel';
import MeasureHistory from './MeasureHistory';
import { targetsTable } from './model/csv';
import ExportButtons from '../../kernel/components/ExportButtons';
import { provinceLabel } from '../../kernel/lib/province-label';
import FilterBar from './FilterBar';
import { sortEntries } from './model/sort';
import TargetTable from './TargetTable';
import TimelineChart from './TimelineChart';
import type { SourceDocument } from '../../kernel/echarts/export-frame';
import { timelineLabel } from './option/timeline-option';
import { useIndicatorParams, validFilters } from './use-indicator-params';
import LocalEntriesBar from '../../kernel/components/LocalEntriesBar';
import { useLocalEntries } from '../../kernel/entries/store';
import { useUrlParam } from '../../kernel/router/url-state';
import './indicators.css';

// Presenter mode's code loads only when a presentation starts.
const TargetPresenter = lazy(() => import('./TargetPresenter'));

const s = t.indicators;
const NO_ROWS: ProgressRow[] = [];

export default function IndicatorsView() {
  const manifest = useManifest();
  const ids = useMemo(() => manifest.data?.documents.map((d) => d.id) ?? [], [manifest.data]);
  const docs = useDocuments(ids);
  const progress = useProgress();
  if (manifest.status === 'error') return <ErrorPanel error={manifest.error!} retry={manifest.retry} />;
  if (docs.status === 'error') return <ErrorPanel error={docs.error!} retry={docs.retry} />;
  if (manifest.status !== 'ready' || docs.status !== 'ready' || progress.status === 'loading') return <Loading />;
  return (
    <>
      {progress.status === 'error' && <ErrorPanel error={progress.error!} retry={progress.retry} />}
      <MissingDocuments failed={docs.failed} retry={docs.retry} />
      <Catalogue docs={docs.data!} rows={progress.data?.rows ?? NO_ROWS} sources={manifest.data!.documents} builtAt={manifest.data!.builtAt ?? null} />
    </>
  );
}

function Catalogue({ docs, rows, sources, builtAt }: { docs: PolicyDocument[]; rows: ProgressRow[]; sources: (SourceDocument & { id: string })[]; builtAt: string | null }) {
  const p = useIndicatorParams();
  // Loaded with the documents (a small file), so opening the comparison waits for nothing; a bad
  // file shows its error in the comparison's place, the rest of the view stays usable.
  const comparison = useComparison();
  const local = useLocalEntries();
  // Today's year decides what is overdue (逾期未报): a target for Y is due at the end of Y.
  const built = useMemo(() => buildEntries(docs, rows, new Date().getFullYear(), local.progress), [docs, rows, local.progress]);
  // Targets by default; the five-year review's achieved figures only on request (they are not goals).
  const targets = useMemo(() => built.filter((e) => e.indicator.stage === 'target'), [built]);
  const targetFacets = useMemo(() => facets(targets, NO_FILTERS), [targets]);
  const entries = p.includeAchieved ? built : targets;
  const allFacets = useMemo(() => (p.includeAchieved ? facets(entries, NO_FILTERS) : targetFacets), [entries, p.includeAchieved, targetFacets]);
  // Stable while the URL's filters and the choices are: the memos below depend on it directly.
  const { filters, bad } = useMemo(() => validFilters(p.requested, allFacets), [p.requested, allFacets]);
  const filterKey = `${filters.province}|${filters.doc}|${filters.year}|${filters.category}`;
  const filtered = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  const withAchieved = useMemo(() => filterEntries(built, { ...filters, year: null }), [built, filters]);
  const sorted = useMemo(() => (p.sortKey ? sortEntries(filtered, p.sortKey, p.sortDir) : null), [filtered, p.sortKey, p.sortDir]);
  // What each view shows, in its order (the CSV carries exactly these): the table in its sort
  // order, else document order; the cards in the table's sort order, else grouped by category.
  const cardRows = useMemo(() => sorted ?? categoryOrder(filtered), [sorted, filtered]);
  const shown = p.tab === 'table' ? (sorted ?? filtered) : cardRows;
  const current = useMemo(() => facets(entries, filters), [entries, filters]);
  const docTitles = useMemo(() => new Map(docs.map((d) => [d.id, d.title])), [docs]);
  // On a phone, shorter row labels leave the years room (at 12 characters the 2016–2035 axis got
  // ~100 px of a 390 px screen and neighbouring years' bubbles overlapped); the table has the titles.
  const labelChars = typeof window !== 'undefined' && window.innerWidth < 600 ? 6 : 12;
  const timelineDocs = useMemo(() => docs.map((d) => ({ id: d.id, label: timelineLabel(provinceLabel(d), d.title, labelChars), title: d.title })), [docs, labelChars]);

  // Presenter mode (?present=1, 演示 or P): one target at a time, large (TargetPresenter.tsx).
  const [present, setPresent] = useUrlParam('present');
  const presenting = present === '1';
  const startPresent = useCallback(() => {
    setPresent('1');
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
  }, [setPresent]);
  const leavePresent = useCallback(() => {
    setPresent(null);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, [setPresent]);
  useEffect(() => {
    if (presenting) return;
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || el?.closest('input, select, textarea, [contenteditable]')) return;
      if (e.key === 'p' || e.key === 'P') startPresent();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, startPresent]);

  if (entries.length === 0) return <EmptyState message={s.noTargets} />;
  return (
    <div className="page indicators-page">
      <h1>{s.heading}</h1>
      <p className="lede">{s.intro}</p>
      <LocalEntriesBar />
      {presenting && (
        <Suspense fallback={null}>
          <TargetPresenter entries={shown} onLeave={leavePresent} />
        </Suspense>
      )}
      {[...bad, ...p.badOptions].map(([k, v]) => (
        <p key={k} className="notice" role="status">{t.notice.badParam(k, v)}</p>
      ))}
      <div className="indicators-toolbar">
        <FilterBar filters={filters} facets={current} docTitles={docTitles} onChange={p.setFilter} onClear={p.clear} />
        <p className="result-count" data-testid="result-count">{s.count(shown.length, entries.length, p.includeAchieved)}</p>
        <label className="include-achieved">
          <input type="checkbox" checked={p.includeAchieved} onChange={(e) => p.setIncludeAchieved(e.target.checked, filters, targetFacets)} />
          {s.includeAchieved}
        </label>
        <div className="toolbar-actions">
          <button type="button" aria-pressed={p.compareOpen} data-testid="toggle-compare" onClick={() => p.setCompareOpen(!p.compareOpen)}>
            {p.compareOpen ? s.compareClose : s.compareOpen}
          </button>
          <ExportButtons basename="targets" table={() => targetsTable(shown, docs)} disabled={shown.length === 0} csvLabel={s.exportCsv(shown.length)} />
        </div>
      </div>
      {p.compareOpen &&
        (comparison.status === 'ready' ? (
          <>
            <ComparisonPanel entries={filtered} spec={comparison.data} sources={sources} builtAt={builtAt} />
            {/* Achieved figures too, whatever the switch: they are the progress on the targets. */}
            <MeasureHistory entries={withAchieved} spec={comparison.data} />
          </>
        ) : comparison.status === 'error' ? (
          <ErrorPanel error={comparison.error} retry={comparison.retry} />
        ) : (
          <Loading />
        ))}
      {shown.length === 0 ? (
        <EmptyState message={s.empty} />
      ) : (
        <>
          <TimelineChart entries={filtered} docs={timelineDocs} sources={sources.filter((d) => filtered.some((e) => e.docId === d.id))} builtAt={builtAt} />
          <div className="tabs" role="tablist">
            {(['cards', 'table'] as const).map((v) => (
              <button key={v} type="button" role="tab" aria-selected={p.tab === v} onClick={() => p.setTab(v)} data-testid={`tab-${v}`}>
                {s.views[v]}
              </button>
            ))}
          </div>
          {p.tab === 'table' ? (
            <TargetTable key={filterKey} rows={shown} sortKey={p.sortKey} sortDir={p.sortDir} onSort={p.setSort} />
          ) : (
            <CardList key={filterKey} entries={cardRows} grouped={p.sortKey === null} />
          )}
        </>
      )}
    </div>
  );
}
