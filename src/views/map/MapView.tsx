// /map/:provinceCode — prefecture map of one province coloured by what the documents ask of each
// region, a keyboard-reachable region list, and the selected region's tasks and targets. Colours
// from the build's place aggregates (index/places/<province>.json); the region panel loads the
// documents of the items it shows; documents imported in this browser are read whole.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ECharts } from 'echarts/core';
import ErrorPanel from '../../kernel/components/ErrorPanel';
import Loading from '../../kernel/components/Loading';
import MissingDocuments from '../../kernel/components/MissingDocuments';
import { useDocuments, useGeoIndex } from '../../kernel/data/hooks';
import { useLocalSummaries, useOverviewIndex, usePlaceShard } from '../../kernel/data/index-hooks';
import { loadProvinceDocuments } from '../../kernel/data/heatmap-index';
import { loadOverview } from '../../kernel/data/indexes';
import { t } from './strings';
import { useAtlasStore, useNavigate, useRouteParams } from '../../kernel/router/url-state';
import MapChart from './MapChart';
import MapToolbar from './MapToolbar';
import RegionList from './RegionList';
import RegionPanel from './RegionPanel';
import { buildMapStateFromIndex, type ColourMode } from '../../kernel/map/state/map-state';
import { useMapParams } from './use-map-params';
import { mapName, useProvinceGeo } from '../../kernel/map/use-province-geo';
import { useMapView } from './use-map-view';
import { usePresenter } from './use-presenter';
import { regionsWithValue, topRegions } from './state/summary';
import type { Department, PolicyDocument } from '../../shared/schema';
import './map.css';

/** Another province's map, keeping colour mode and values (not region or view: they belong to this one). */
function provinceHref(code: string, mode: ColourMode, showValues: boolean): string {
  const q = new URLSearchParams();
  if (mode !== 'mentions') q.set('colour', mode);
  if (showValues) q.set('values', '1');
  return `/map/${code}${q.size ? `?${q}` : ''}`;
}

const NO_DOCS: PolicyDocument[] = [];
const NO_IDS: string[] = [];
const NO_DEPARTMENTS: Department[] = [];

export default function MapView() {
  const { provinceCode = '' } = useRouteParams<{ provinceCode?: string }>();
  const navigate = useNavigate();
  const params = useMapParams();
  const index = useGeoIndex();
  const overview = useOverviewIndex();
  const local = useLocalSummaries();

  const known = index.status === 'ready' ? index.data.provinces.some((p) => p.code === provinceCode) : true;
  const firstLocal = local.data?.[0]?.entry.provinceCode;
  const fallback = (overview.status === 'ready' ? overview.data.first?.provinceCode : undefined) ?? firstLocal;
  const code = known ? provinceCode : (fallback ?? (index.status === 'ready' ? index.data.provinces[0]?.code : null) ?? null);
  const geo = useProvinceGeo(code);
  const shard = usePlaceShard(code);

  // Local documents of the province (few, in this browser): read whole, with their own departments.
  const localIds = useMemo(() => (local.data ?? []).filter((l) => l.entry.provinceCode === code).map((l) => l.id), [local.data, code]);
  const docs = useDocuments(localIds.length ? localIds : NO_IDS);
  // None (most browsers) is always the same empty list: the local list arriving must not rebuild the map.
  const localDepartments = useMemo((): Department[] => {
    const list = (local.data ?? []).flatMap((l) => l.departments);
    return list.length ? list : NO_DEPARTMENTS;
  }, [local.data]);
  const withDocuments = useMemo(
    () => new Set([...(overview.data?.provinces.map((p) => p.code) ?? []), ...(local.data ?? []).map((l) => l.entry.provinceCode)]),
    [overview.data, local.data],
  );

  // A local document that failed to load is named above the map; the map shows the others.
  const loadedDocs = docs.status === 'ready' ? docs.data : docs.status === 'error' ? NO_DOCS : null;
  const state = useMemo(() => {
    if (geo.status !== 'ready' || !loadedDocs || shard.status !== 'ready') return null;
    return buildMapStateFromIndex(geo.data.meta.provinceCode, geo.data.regions.features.map((f) => f.properties), shard.data, loadedDocs, localDepartments);
  }, [geo, loadedDocs, shard, localDepartments]);

  // While the next province loads, keep showing the last one: no blank panel, no chart re-init.
  const last = useRef<{ province: typeof geo & { status: 'ready' }; state: NonNullable<typeof state> } | null>(null);
  if (geo.status === 'ready' && state) last.current = { province: geo, state };
  const shown = last.current;

  const [chart, setChart] = useState<ECharts | null>(null);
  const mapView = useMapView(params.viewParam, params.setView);
  const setNotice = useAtlasStore((s) => s.setNotice);
  const path = useAtlasStore((s) => s.path);
  const { mode, showValues } = params;
  // An unknown province code: show the default province under its own URL, with a notice.
  useEffect(() => {
    if (index.status !== 'ready' || known || !code) return;
    navigate(provinceHref(code, mode, showValues), { replace: true });
    setNotice({ path: `/map/${code}`, text: t.map.unknownProvince(provinceCode) });
  }, [index.status, known, code, provinceCode, mode, showValues, navigate, setNotice]);
  // Codes and names of the regions shown, for checking ?region=.
  const lastState = last.current?.state ?? null;
  const regionNames = useMemo(() => (lastState ? new Set(lastState.regions.flatMap((r) => (r.code ? [r.code, r.name] : [r.name]))) : null), [lastState]);
  useEffect(() => {
    const bad: [string, string][] = [];
    if (params.viewParam && !params.view) bad.push(['view', params.viewParam]);
    if (params.colourParam && params.colourParam !== params.mode) bad.push(['colour', params.colourParam]);
    if (params.valuesParam !== null && params.valuesParam !== '1') bad.push(['values', params.valuesParam]);
    // A region only once the province's regions are known (codes or names, as links write them).
    if (params.region && regionNames && !regionNames.has(params.region)) bad.push(['region', params.region]);
    if (bad.length) setNotice({ path, text: bad.map(([k, v]) => t.notice.badParam(k, v)).join(' ') });
  }, [params.viewParam, params.view, params.colourParam, params.mode, params.valuesParam, params.region, regionNames, path, setNotice]);
  const [size, setSize] = useState({ width: 1200, height: 800 });
  const selected = shown?.state.regions.find((r) => r.code === params.region || r.name === params.region) ?? null;
  const onSelect = useCallback((name: string) => {
    const r = state?.regions.find((x) => x.name === name);
    params.setRegion(r ? (r.code ?? r.name) : null);
  }, [state, params]);
  // Presenter mode steps through the regions in the list's order (the region list's own order).
  const regionOrder = useMemo(() => (lastState ? lastState.regions.map((r) => r.code ?? r.name) : []), [lastState]);
  const presenter = usePresenter(regionOrder, selected ? (selected.code ?? selected.name) : null, params.setRegion);

  for (const r of [index, geo, overview, shard]) if (r.status === 'error') return <ErrorPanel error={r.error!} retry={r.retry} />;
  if (index.status !== 'ready' || !shown || !code) return <Loading label={t.map.loadingMap} />;

  const province = shown.province.data;
  const shownState = shown.state;
  const modelInput = { province, mapName: mapName(province.meta.provinceCode), state: shownState, mode: params.mode, showValues: params.showValues, selected: selected?.name ?? null, width: size.width, height: size.height, view: mapView.current.current };
  const file = `${province.meta.provinceName}-${t.map.modeShort[params.mode]}`;

  return (
    <div className="map-view">
      <MapToolbar
        index={index.data}
        provinceCode={code}
        withDocuments={withDocuments}
        onProvince={(c) => {
          performance.mark(`map-switch:${c}`);
          mapView.forget();
          navigate(provinceHref(c, params.mode, params.showValues));
        }}
        mode={params.mode}
        onMode={params.setMode}
        showValues={params.showValues}
        onShowValues={params.setShowValues}
        onZoom={mapView.zoom}
        onExport={(kind) => {
          // Export code loads on the first export only, and the province's document list (the sources' titles, numbers, dates) with it.
          void Promise.all([import('./export'), loadProvinceDocuments(province.meta.provinceCode).catch(() => null), loadOverview().catch(() => null)]).then(([x, listed, overview]) => {
            const frame = {
              title: '',
              sources: listed?.documents ?? [],
              builtAt: overview?.builtAt ?? null,
            };
            x.exportMap(kind, modelInput, frame, file);
          });
        }}
        onPresent={presenter.start}
      />
      {presenter.presenting && (
        <div className="map-present-bar" role="status" data-testid="present-bar">
          <span>{t.map.presentHint}</span>
          <span className="map-present-actions">
            <button type="button" className="map-present-fullscreen" onClick={presenter.fullscreen}>
              {t.map.fullscreen}
            </button>
            <button type="button" onClick={presenter.stop}>
              {t.map.leavePresent}
            </button>
          </span>
        </div>
      )}
      <MissingDocuments failed={docs.failed} retry={docs.retry} />
      <div className="map-body">
        <MapChart
          province={province}
          state={shownState}
          mode={params.mode}
          showValues={params.showValues}
          selected={selected?.name ?? null}
          view={mapView.view}
          viewRef={mapView.current}
          onSelect={onSelect}
          onChart={setChart}
          onSize={setSize}
          onRoam={mapView.onRoam}
          ariaLabel={(() => {
            const { withValue, total } = regionsWithValue(shownState, params.mode);
            return t.map.chartSummary(t.map.title(province.meta.provinceName, t.map.modes[params.mode]), withValue, total, topRegions(shownState, params.mode, t.common.listSep));
          })()}
          describedBy="map-region-list"
        />
        <aside className="map-side">
          {/* The list first: opening a region never moves the focused button, and Tab goes on into the panel. */}
          <RegionList state={shownState} mode={params.mode} selected={selected?.name ?? null} chart={chart} onSelect={onSelect} />
          {selected ? <RegionPanel region={selected} departmentsNamed={shownState.departmentsNamed} onClose={() => params.setRegion(null)} /> : <p className="muted">{t.map.selectRegion}</p>}
        </aside>
      </div>
    </div>
  );
}
