// /indicators: catalogue of every target with filters in the URL, cards or a sortable table,
// comparison of like measures across provinces, and a timeline of target years.
import { useMemo } from 'react';
import EmptyState from '../../app/components/EmptyState';
import ErrorPanel from '../../app/components/ErrorPanel';
import Loading from '../../app/components/Loading';
import { useDocuments, useManifest, useProgress } from '../../app/data/hooks';
import { t } from '../../app/i18n/strings';
import type { PolicyDocument, ProgressRow } from '../../shared/schema';
import likeMeasuresJson from '../../../data/comparison/like-measures.json';
import CardList from './CardList';
import { buildEntries, categoryOrder, facets, filterEntries, NO_FILTERS } from './catalogue';
import ComparisonPanel from './ComparisonPanel';
import { parseLikeMeasures } from './comparison';
import { toCsv } from './csv-export';
import { downloadText } from '../../app/lib/download';
import { provinceLabel } from '../../app/lib/province-label';
import FilterBar from './FilterBar';
import { sortEntries } from './sort';
import TargetTable from './TargetTable';
import TimelineChart from './TimelineChart';
import { timelineLabel } from './timeline-option';
import { useIndicatorParams, validFilters } from './useIndicatorParams';
import './indicators.css';

const spec = parseLikeMeasures(likeMeasuresJson);
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
      <Catalogue docs={docs.data!} rows={progress.data?.rows ?? NO_ROWS} />
    </>
  );
}

function Catalogue({ docs, rows }: { docs: PolicyDocument[]; rows: ProgressRow[] }) {
  const p = useIndicatorParams();
  const built = useMemo(() => buildEntries(docs, rows), [docs, rows]);
  // Targets by default; the five-year review's achieved figures only on request (they are not goals).
  const targets = useMemo(() => built.filter((e) => e.indicator.stage === 'target'), [built]);
  const targetFacets = useMemo(() => facets(targets, NO_FILTERS), [targets]);
  const entries = p.includeAchieved ? built : targets;
  const allFacets = useMemo(() => (p.includeAchieved ? facets(entries, NO_FILTERS) : targetFacets), [entries, p.includeAchieved, targetFacets]);
  const { filters, bad } = validFilters(p.requested, allFacets);
  const filterKey = `${filters.province}|${filters.doc}|${filters.year}|${filters.category}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filtered = useMemo(() => filterEntries(entries, filters), [entries, filterKey]);
  const sorted = useMemo(() => (p.sortKey ? sortEntries(filtered, p.sortKey, p.sortDir) : null), [filtered, p.sortKey, p.sortDir]);
  // What each view shows, in its order (the CSV carries exactly these): the table in its sort
  // order, else document order; the cards in the table's sort order, else grouped by category.
  const cardRows = useMemo(() => sorted ?? categoryOrder(filtered), [sorted, filtered]);
  const shown = p.tab === 'table' ? (sorted ?? filtered) : cardRows;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = useMemo(() => facets(entries, filters), [entries, filterKey]);
  const docTitles = useMemo(() => new Map(docs.map((d) => [d.id, d.title])), [docs]);
  const timelineDocs = useMemo(() => docs.map((d) => ({ id: d.id, label: timelineLabel(provinceLabel(d), d.title), title: d.title })), [docs]);

  if (entries.length === 0) return <EmptyState message={s.noTargets} />;
  return (
    <div className="page indicators-page">
      <h1>{s.heading}</h1>
      <p className="lede">{s.intro}</p>
      {bad.map(([k, v]) => (
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
          <button type="button" data-testid="export-csv" disabled={shown.length === 0} onClick={() => downloadText('targets.csv', toCsv(shown))}>
            {s.exportCsv(shown.length)}
          </button>
        </div>
      </div>
      {p.compareOpen && <ComparisonPanel entries={filtered} spec={spec} />}
      {shown.length === 0 ? (
        <EmptyState message={s.empty} />
      ) : (
        <>
          <TimelineChart entries={filtered} docs={timelineDocs} />
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
