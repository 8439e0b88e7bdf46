// /indicators: catalogue of every target with filters in the URL, cards or a sortable table,
// comparison of like measures across provinces, and a timeline of target years. Reads the
// build-time catalogue (index/targets/…), one shard per province, never the built documents (the
// documents imported in this browser are read whole: they are few and local); beyond TARGET_BUDGET
// targets in all it loads the chosen province's shard only (the document's, else the first).
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import AfterFirstPaint from '../../kernel/components/AfterFirstPaint';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useComparison, useDocuments, useProgress } from '../../kernel/data/hooks';
import { useLocalSummaries, useLookup, useOverviewIndex, useTargetShards, useTargetsIndex } from '../../kernel/data/index-hooks';
import { t } from './strings';
import type { PolicyDocument, ProgressRow, TargetEntryRow, TargetsIndex } from '../../shared/schema';
import CardList from './CardList';
import { buildEntries, categoryOrder, entriesFromRows, facets, filterEntries, NO_FILTERS, type Facet, type Filters } from '../../kernel/targets/catalogue';
import { shardsToLoad, TARGET_BUDGET } from './model/shards';
import ComparisonPanel from './ComparisonPanel';
import MeasureHistory from './MeasureHistory';
import { targetsTable } from './model/csv';
import ExportButtons from '../../kernel/components/ExportButtons';
import { provinceLabel } from '../../kernel/lib/province-label';
import FilterBar from './FilterBar';
import { sortEntries } from './model/sort';
import TargetTable from './TargetTable';
import TimelineChart from './TimelineChart';
import { usePaintedValue } from '../../kernel/lib/use-after-paint';
import { timelineLabel } from './option/timeline-option';
import { scopedFilters, useIndicatorParams, validFilters } from './use-indicator-params';
import LocalEntriesBar from '../../kernel/components/LocalEntriesBar';
import { useLocalEntries } from '../../kernel/entries/store';
import { useUrlParam } from '../../kernel/router/url-state';
import './indicators.css';

// Presenter mode's code loads only when a presentation starts.
const TargetPresenter = lazy(() => import('./TargetPresenter'));

const s = t.indicators;
const NO_ROWS: ProgressRow[] = [];
const NO_IDS: string[] = [];

/** Scoped: the province choices come from the index (every province), not from the loaded shard. */
function provinceChoices(index: TargetsIndex, achieved: boolean): Facet[] {
  return index.shards
    .map((x) => ({ value: x.province, count: x.stages.reduce((n, [stage, c]) => (achieved || stage === 'target' ? n + c : n), 0) }))
    .filter((f) => f.count > 0);
}

interface Source { id: string; title: string; province: string; docNumber: string | null; date: string | null; sha256: string; order: number }

export default function IndicatorsView() {
  const index = useTargetsIndex();
  const p = useIndicatorParams();
  const docId = p.requested.doc;
  const total = index.data?.shards.reduce((n, x) => n + x.count, 0) ?? 0;
  // Only a scoped catalogue needs the document's province (?doc= from an overview card).
  const lookup = useLookup(docId ?? '', docId !== null && total > TARGET_BUDGET && p.requested.province === null);
  const docProvince = lookup.data?.documents.find((d) => d.id === docId)?.provinceCode ?? null;
  const plan = useMemo(() => (index.data ? shardsToLoad(index.data, p.requested.province, docProvince) : { codes: [], scoped: false }), [index.data, p.requested.province, docProvince]);
  const rows = useTargetShards(plan.codes);
  const local = useLocalSummaries();
  const localIds = useMemo(() => local.data?.map((l) => l.id) ?? NO_IDS, [local.data]);
  const localDocs = useDocuments(localIds);
  const progress = useProgress();
  // The province a scoped catalogue shows: the loaded shard's.
  const scopedProvince = plan.scoped ? (index.data?.shards.find((x) => x.provinceCode === plan.codes[0])?.province ?? null) : null;
  const provinces = useMemo(() => (plan.scoped && index.data ? provinceChoices(index.data, p.includeAchieved) : null), [plan.scoped, index.data, p.includeAchieved]);
  // While another province's shard loads, the last one stays on screen with the filters it was
  // shown with (marked busy): no loading panel in between, and the cards and the timeline chart are
  // updated in place when the new rows arrive instead of mounted anew (a new chart instance, its
  // tooltip and a whole-page layout on every province switch).
  const last = useRef<{ catalogue: TargetEntryRow[]; requested: Filters; scopedProvince: string | null } | null>(null);
  // Only shards planned from the index: before it is here the plan is empty, and its empty catalogue
  // would say 没有提取到量化目标 for a moment.
  if (rows.status === 'ready' && index.status === 'ready') {
    const l = last.current;
    if (!l || l.catalogue !== rows.data || l.requested !== p.requested || l.scopedProvince !== scopedProvince) last.current = { catalogue: rows.data!, requested: p.requested, scopedProvince };
  }
  const shown = rows.status === 'ready' || rows.status === 'loading' ? last.current : null;
  if (index.status === 'error') return <ErrorPanel error={index.error!} retry={index.retry} />;
  if (rows.status === 'error') return <ErrorPanel error={rows.error!} retry={rows.retry} />;
  if (index.status !== 'ready' || !shown || local.status === 'loading' || localDocs.status === 'loading' || progress.status === 'loading') {
    // The heading and the introduction do not depend on the data: on the page at once, where they stay.
    return (
      <div className="page indicators-page">
        <h1>{s.heading}</h1>
        <p className="lede">{s.intro}</p>
        <Loading />
      </div>
    );
  }
  return (
    <>
      {progress.status === 'error' && <ErrorPanel error={progress.error!} retry={progress.retry} />}
      <MissingDocuments failed={localDocs.failed} retry={localDocs.retry} />
      {plan.scoped && <p className="notice" role="status">{s.scoped(total)}</p>}
      <Catalogue
        catalogue={shown.catalogue}
        requested={shown.requested}
        scopedProvince={shown.scopedProvince}
        busy={rows.status === 'loading'}
        localDocs={localDocs.status === 'ready' ? localDocs.data! : []}
        rows={progress.data?.rows ?? NO_ROWS}
        provinces={provinces}
      />
    </>
  );
}

interface CatalogueProps {
  catalogue: TargetEntryRow[];
  /** The URL's filters the catalogue was loaded for (while the next shard loads, the last ones). */
  requested: Filters;
  scopedProvince: string | null;
  /** Another province's shard is on its way: what is shown is the last one's. */
  busy: boolean;
  localDocs: PolicyDocument[];
  rows: ProgressRow[];
  provinces: Facet[] | null;
}

function Catalogue({ catalogue, requested, scopedProvince, busy, localDocs, rows, provinces }: CatalogueProps) {
  const p = useIndicatorParams();
  // Loaded with the catalogue (a small file), so opening the comparison waits for nothing; a bad
  // file shows its error in the comparison's place, the rest of the view stays usable.
  const comparison = useComparison();
  const local = useLocalEntries();
  // Today's year decides what is overdue (逾期未报): a target for Y is due at the end of Y.
  // Built documents from the index, then the local ones (after every built document, as the manifest lists them).
  const built = useMemo(() => {
    const year = new Date().getFullYear();
    return [...entriesFromRows(catalogue, rows, year, local.progress), ...buildEntries(localDocs, rows, year, local.progress)];
  }, [catalogue, localDocs, rows, local.progress]);
  // The documents of the catalogue, in document order (each row carries its title and province).
  const docs = useMemo((): Source[] => {
    const byId = new Map<string, Source>();
    for (const r of catalogue) if (!byId.has(r.docId)) byId.set(r.docId, { id: r.docId, title: r.docTitle, province: r.province, docNumber: r.docNumber, date: r.docDate, sha256: r.sha256, order: r.docOrder });
    const list = [...byId.values()].sort((a, b) => a.order - b.order);
    return [...list, ...localDocs.map((d, i) => ({ id: d.id, title: d.title, province: provinceLabel(d), docNumber: d.docNumber, date: d.date, sha256: d.sha256, order: list.length + i }))];
  }, [catalogue, localDocs]);
  const sources = docs;
  // The build time for the exports' frames: the overview index carries it (the header has it loaded), not the manifest.
  const builtAt = useOverviewIndex().data?.builtAt ?? null;
  // Targets by default; the five-year review's achieved figures only on request (they are not goals).
  const targets = useMemo(() => built.filter((e) => e.indicator.stage === 'target'), [built]);
  const targetFacets = useMemo(() => facets(targets, NO_FILTERS), [targets]);
  const entries = p.includeAchieved ? built : targets;
  const allFacets = useMemo(() => {
    const f = p.includeAchieved ? facets(entries, NO_FILTERS) : targetFacets;
    return provinces ? { ...f, province: provinces } : f;
  }, [entries, p.includeAchieved, targetFacets, provinces]);
  // Stable while the URL's filters and the choices are: the memos below depend on it directly.
  const { filters: valid, bad } = useMemo(() => validFilters(requested, allFacets), [requested, allFacets]);
  const filters = useMemo(() => scopedFilters(valid, scopedProvince, allFacets.province), [valid, scopedProvince, allFacets.province]);
  const filterKey = `${filters.province}|${filters.doc}|${filters.year}|${filters.category}`;
  const filtered = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  const withAchieved = useMemo(() => filterEntries(built, { ...filters, year: null }), [built, filters]);
  const sorted = useMemo(() => (p.sortKey ? sortEntries(filtered, p.sortKey, p.sortDir) : null), [filtered, p.sortKey, p.sortDir]);
  // What each view shows, in its order (the CSV carries exactly these): the table in its sort
  // order, else document order; the cards in the table's sort order, else grouped by category.
  const cardRows = useMemo(() => sorted ?? categoryOrder(filtered), [sorted, filtered]);
  const shown = p.tab === 'table' ? (sorted ?? filtered) : cardRows;
  const current = useMemo(() => {
    const f = facets(entries, filters);
    return provinces ? { ...f, province: provinces } : f;
  }, [entries, filters, provinces]);
  const docTitles = useMemo(() => new Map(docs.map((d) => [d.id, d.title])), [docs]);
  // On a phone, shorter row labels leave the years room (at 12 characters the 2016–2035 axis got
  // ~100 px of a 390 px screen and neighbouring years' bubbles overlapped); the table has the titles.
  const labelChars = typeof window !== 'undefined' && window.innerWidth < 600 ? 6 : 12;
  const timelineDocs = useMemo(() => docs.map((d) => ({ id: d.id, label: timelineLabel(provinceLabel(d), d.title, labelChars), title: d.title })), [docs, labelChars]);

  // The documents the timeline's exports cite: those of the filtered targets (a set: at thousands of
  // documents, docs × entries comparisons on every render were milliseconds).
  const timelineSources = useMemo(() => {
    const ids = new Set(filtered.map((e) => e.docId));
    return sources.filter((d) => ids.has(d.id));
  }, [sources, filtered]);
  // The timeline follows a filter change once the count and cards have painted: building its
  // option and drawing it were the longest part of a province switch at 3,000 documents (issue 11).
  // Its three inputs change together, so it never draws one filter's targets with another's rows.
  const timeline = usePaintedValue(useMemo(() => ({ entries: filtered, docs: timelineDocs, sources: timelineSources }), [filtered, timelineDocs, timelineSources]));

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
    <div className="page indicators-page" aria-busy={busy || undefined}>
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
        <FilterBar filters={filters} facets={current} docTitles={docTitles} onChange={p.setFilter} onClear={p.clear} scoped={provinces !== null} canClear={Object.values(p.requested).some((v) => v !== null)} />
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
          <TimelineChart entries={timeline.entries} docs={timeline.docs} sources={timeline.sources} builtAt={builtAt} />
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
            // Below the fold on a cold load: the cards (24 to start with) are built after the page's first paint.
            <AfterFirstPaint fallback={<div className="cards-pending" aria-busy="true" />}>
              <CardList key={filterKey} entries={cardRows} grouped={p.sortKey === null} />
            </AfterFirstPaint>
          )}
        </>
      )}
    </div>
  );
}
