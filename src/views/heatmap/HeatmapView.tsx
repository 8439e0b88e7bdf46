// /heatmap/:docId — who carries which tasks: departments × tasks or × sections, ordered and filtered
// from the URL. Data: a built document's heatmap index (its tasks, units and the registry entries of
// the departments it names — never the document itself) and its province's document list
// (kernel/data/heatmap-index.ts); a document imported in this browser is read from IndexedDB and
// projected to the same shape. Everything else is derived.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ECharts } from 'echarts/core';
import EmptyState from '../../kernel/components/EmptyState';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import { useDepartments, useDocument } from '../../kernel/data/hooks';
import { useHeatmapDocument, useProvinceDocuments } from '../../kernel/data/heatmap-index';
import { heatmapDocument } from '../../shared/heatmap-document';
import type { HeatmapDocument } from '../../shared/schema';
import { useOverviewIndex } from '../../kernel/data/index-hooks';
import { isLocalId } from '../../kernel/data/local-documents';
import { t } from './strings';
import { routePaths } from '../../kernel/router/paths';
import { useAtlasStore, useNavigate, useRouteParams } from '../../kernel/router/url-state';
import { useElementSize } from '../../kernel/lib/use-element-size';
import { useChartTokens } from '../../kernel/theme/chart-tokens';
import { buildHeatmapOption } from './option/heatmap-option';
import { LAYOUT } from './option/layout';
import { exportCsv } from './export';
import HeatmapControls from './HeatmapControls';
import { matrixTable, matrixToCsv } from './model/csv';
import { downloadXlsx } from '../../kernel/lib/export-files';
import { sourcesOf } from '../../kernel/lib/export-table';
import { categoriesOf, kindsOf } from './model/filters';
import { parseHeatmapParams, serialiseHeatmapParams, unknownFilterValues, type HeatmapParams } from './model/params';
import type { MatrixCell } from './model/types';
import { retryableLazy } from '../../kernel/resilience/lazy-view';
import AfterFirstPaint from '../../kernel/components/AfterFirstPaint';
import { decodeParam } from '../../kernel/router/route-param';
import { useHeatmapModel } from './use-heatmap-model';
import { useStatusIndex } from '../../kernel/entries/use-status-index';
import { columnStatusOf, statusByTask } from './model/status';
import { TaskStatusLegend } from '../../kernel/components/TaskStatusBadge';
import './heatmap.css';
import { useUnknownDocument } from '../../kernel/router/use-unknown-document';
import { buildExportOption } from './option/export-option';
import ChartTable from '../../kernel/components/ChartTable';
import { matrixTextTable } from './model/text-table';

// The chart (and ECharts with it) is its own chunk: the heading, controls, summary and the table
// paint from this chunk and the small heatmap index, without waiting for the drawing code.
const MatrixChart = retryableLazy(() => import('./MatrixChart'));

/** The chart's frame while its code loads: about its height (canvas + the bar above it), so little moves when it arrives. */
const ChartFrame = ({ height }: { height: number }) => <div className="heatmap-chart" style={{ height: height + 40 }} aria-hidden="true" data-testid="heatmap-chart-loading" />;

export default function HeatmapView() {
  const docId = decodeParam(useRouteParams<{ docId: string }>().docId);
  const unknownDoc = useUnknownDocument(docId, (first) => (first ? routePaths.heatmap(first) : '/'));
  const local = isLocalId(docId);
  const built = useHeatmapDocument(docId, !local);
  // One imported in this browser is in no index: the document and the whole built registry (its departments may be built ones).
  const localDoc = useDocument(docId, local);
  const whole = useDepartments(local);
  const localHeatmap = useMemo((): HeatmapDocument | null => {
    if (!localDoc.data || !whole.data) return null;
    const byId = new Map(whole.data.departments.map((d) => [d.id, d]));
    return heatmapDocument(localDoc.data, null, (id) => byId.get(id));
  }, [localDoc.data, whole.data]);
  const sources = local ? [localDoc, whole] : [built];
  const data = local ? localHeatmap : built.status === 'ready' ? built.data : null;
  const siblings = useProvinceDocuments(data?.provinceCode ?? null);
  const overview = useOverviewIndex();
  const builtAt = overview.data?.builtAt ?? null;
  const navigate = useNavigate();
  const raw = useAtlasStore((s) => s.params);
  const setParams = useAtlasStore((s) => s.setParams);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const path = useAtlasStore((s) => s.path);
  const { params, invalid } = useMemo(() => parseHeatmapParams(raw), [raw]);
  // Measured whenever the section appears (it renders once the data has loaded); a guess until then.
  const [boxRef, box] = useElementSize<HTMLDivElement>();
  const width = box?.width ?? 1200;
  const chartRef = useRef<ECharts | null>(null);
  const [start, setStart] = useState<{ key: string; row: number; col: number }>({ key: '', row: 0, col: 0 });

  useEffect(() => {
    if (invalid.length) setNotice({ path, text: invalid.map(([k, v]) => t.notice.badParam(k, v)).join(' ') });
  }, [invalid, path, setNotice]);

  const { base, matrix, order } = useHeatmapModel(data, params.matrix, params.filters, params.ordering);

  // ?section= and ?cat= are checked against this document's sections and categories once they are
  // known: a value it does not have is reported and dropped (never an empty matrix under 全部).
  const unknownFilters = useMemo(() => (base ? unknownFilterValues(params.filters, base.sections, categoriesOf(base)) : null), [base, params.filters]);
  useEffect(() => {
    if (!unknownFilters || unknownFilters.bad.length === 0) return;
    setNotice({ path, text: unknownFilters.bad.map(([k, v]) => t.notice.badParam(k, v)).join(' ') });
    setParams(unknownFilters.patch, { replace: true });
  }, [unknownFilters, path, setNotice, setParams]);

  const rowsShown = matrix ? matrix.rows.length : 0;
  // Fit the chart under the controls on a 1366×768 laptop; taller screens get more rows.
  const maxHeight = Math.max(400, (typeof window !== 'undefined' ? window.innerHeight : 800) - 262);
  const height = Math.min(maxHeight, LAYOUT.top + LAYOUT.bottom + Math.max(8, rowsShown) * 20);
  const windowKey = `${docId}|${params.matrix}`;
  const statuses = useStatusIndex();
  const byStatus = params.colour === 'status' && matrix?.kind === 'tasks';
  // This document's statuses once per index change; per column once per matrix (model/status.ts).
  const taskStatus = useMemo(() => statusByTask(statuses, docId), [statuses, docId]);
  const columnStatus = useMemo(() => (byStatus && matrix ? columnStatusOf(matrix, taskStatus) : undefined), [byStatus, matrix, taskStatus]);
  const tokens = useChartTokens();
  const chart = useMemo(() => {
    if (!matrix || !base || matrix.rows.length === 0) return null;
    // The window position survives re-orders and filters of the same matrix (clamped), not a switch.
    const at = start.key === windowKey ? start : { row: 0, col: 0 };
    return buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport: { width, height }, start: at, columnStatus, tokens });
  }, [matrix, order, base, width, height, windowKey, start, columnStatus, tokens]);

  const title = data?.title ?? '';
  // The switcher: the province's documents, and this one where the list lacks it (imported here).
  const documents = useMemo(() => {
    const list = (siblings.data?.documents ?? []).map((d) => ({ ...d, province: siblings.data!.province || null }));
    return data && !list.some((d) => d.id === docId) ? [{ id: docId, title: data.title, province: data.province }, ...list] : list;
  }, [siblings.data, data, docId]);
  const textTable = useMemo(() => (matrix && base ? matrixTextTable(matrix, order, base.anyRoles, title) : null), [matrix, order, base, title]);

  const change = useCallback(
    (next: HeatmapParams) => {
      // Typing in the search box replaces the history entry instead of adding one per keystroke.
      const typing = next.filters.search !== params.filters.search;
      setParams(serialiseHeatmapParams(next), { replace: typing });
    },
    [params, setParams],
  );
  const openCell = useCallback(
    (cell: MatrixCell) => {
      if (!matrix) return;
      const col = matrix.columns[cell.col];
      if (matrix.kind === 'tasks') navigate(`${routePaths.doc(docId)}?task=${encodeURIComponent(col.id)}`);
      else change({ ...params, matrix: 'tasks', filters: { ...params.filters, section: col.id } });
    },
    [matrix, docId, navigate, change, params],
  );
  const openRow = useCallback((row: number) => matrix && navigate(routePaths.department(matrix.rows[row].id)), [matrix, navigate]);
  const onStart = useCallback((p: { row: number; col: number }) => setStart({ key: windowKey, ...p }), [windowKey]);

  const onExport = (what: 'png' | 'svg' | 'csv' | 'xlsx') => {
    if (!matrix || !chart || !base || !data) return;
    const name = `${docId}-${matrix.kind === 'tasks' ? 'tasks' : 'sections'}-${params.ordering}`;
    if (what === 'csv') return exportCsv(matrixToCsv(matrix, order), name);
    if (what === 'xlsx') return void downloadXlsx(name, matrixTable(matrix, order, sourcesOf([data], [docId])));
    // Images hold the whole matrix (or as much as fits, captioned), not just the window on screen.
    const x = buildExportOption({ matrix, order, documentHasRoles: base.anyRoles, documentTitle: data.title, start: { row: chart.window.y[0], col: chart.window.x[0] } });
    const frame = {
      title: `${t.heatmap.heading} · ${data.title}`,
      sources: [{ title: data.title, docNumber: data.docNumber, date: data.date }],
      builtAt,
      key: x.key,
    };
    void import('../../kernel/echarts/export-chart').then((e) => e.exportChart(what, { option: x.option, width: x.width, height: x.height, frame }, name));
  };

  if (unknownDoc) return <Loading />;
  for (const r of sources) {
    if (r.status === 'error') return <ErrorPanel error={r.error!} retry={r.retry} />;
  }
  if (!data || !base) return <Loading />;

  return (
    <section className="heatmap-view" ref={boxRef} data-testid="heatmap-view">
      <h1>{`${t.heatmap.heading} · ${data.title}`}</h1>
      <HeatmapControls
        docId={docId}
        documents={documents}
        params={params}
        sections={base.sections}
        categories={categoriesOf(base)}
        kinds={kindsOf(base)}
        onDocument={(id) => navigate(`${routePaths.heatmap(id)}`)}
        onChange={change}
        onExport={onExport}
      />
      {base.tasksWithDepartments === 0 ? (
        <EmptyState message={t.heatmap.noDepartments} />
      ) : !chart || !matrix ? (
        <EmptyState message={t.heatmap.noMatch} />
      ) : (
        <>
          <p className="heatmap-summary" data-testid="heatmap-summary" data-window={`${chart.window.x.join(',')};${chart.window.y.join(',')}`}>
            {t.heatmap.summary(matrix.rows.length, matrix.columns.length, matrix.cells.length)} · {t.heatmap.window}
            {!base.anyRoles && params.matrix === 'tasks' && <span className="heatmap-note"> {t.heatmap.listedFirstNote}</span>}
            {params.ordering === 'seriation' && <span className="heatmap-note"> {t.heatmap.seriationNote}</span>}
          </p>
          {byStatus && <TaskStatusLegend />}
          <AfterFirstPaint fallback={<ChartFrame height={height} />}>
          <Suspense fallback={<ChartFrame height={height} />}>
          <MatrixChart
            chart={chart}
            matrix={matrix}
            order={order}
            documentHasRoles={base.anyRoles}
            height={height}
            ariaLabel={t.heatmap.chartSummary(data.title, matrix.rows.length, matrix.columns.length, matrix.cells.length)}
            describedBy="heatmap-table"
            onOpenCell={openCell}
            onOpenRow={openRow}
            onStart={onStart}
            onReady={(c) => (chartRef.current = c)}
          />
          </Suspense>
          </AfterFirstPaint>
          {textTable && <ChartTable id="heatmap-table" table={textTable} />}
        </>
      )}
    </section>
  );
}
