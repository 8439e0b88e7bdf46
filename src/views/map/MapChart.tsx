// The map panel: measures itself and builds the scene for its size (map-model.ts: projection,
// labels, colours). Until the user engages with the map (pointer, touch, the zoom buttons, a view
// in the URL) it shows the scene as static SVG (StaticMap) — no ECharts on a first view, which
// is what made the map page slow to become responsive on a phone. On engagement the ECharts chunk
// loads and draws the option built from the same scene over it; the static picture goes once the
// chart has drawn. Zoom/pan live in ECharts while roaming; we remember them so that a rebuilt
// option (new selection, colour mode) does not jump back.
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ECharts } from 'echarts/core';
import ErrorBoundary from '../../kernel/resilience/ErrorBoundary';
import { retryableLazy } from '../../kernel/resilience/lazy-view';
import type { LoadedProvince } from '../../kernel/map/geo/load';
import { buildMapScene, mapOption } from '../../kernel/map/map-model';
import { staticMap } from '../../kernel/map/static/static-map';
import type { ColourMode, MapState } from '../../kernel/map/state/map-state';
import { mapName } from '../../kernel/map/use-province-geo';
import { serialiseView, type MapViewState } from './state/view-param';
import type { View } from './use-map-view';
import { useElementSize } from '../../kernel/lib/use-element-size';
import { useAfterPaint } from '../../kernel/lib/use-after-paint';
import { useChartTokens } from '../../kernel/theme/chart-tokens';
import type { MapProjection } from '../../kernel/map/projection';
import StaticMap from './StaticMap';

const MapEChart = retryableLazy(() => import('./MapEChart'));

/** What a new option replaces outright (the rest — tooltip, aria — is merged, kept as it is). */
const REPLACED = ['geo', 'series', 'graphic'];

interface Props {
  province: LoadedProvince;
  state: MapState;
  mode: ColourMode;
  showValues: boolean;
  selected: string | null;
  view: View;
  viewRef: React.MutableRefObject<{ zoom: number; center: number[] | null }>;
  onSelect: (name: string) => void;
  onChart: (chart: ECharts | null) => void;
  onSize: (size: { width: number; height: number }) => void;
  /** After the user zooms or pans with the mouse (viewRef already holds the new view). */
  onRoam: () => void;
  ariaLabel: string;
  /** Id of the chart's text alternative (the region list, which carries every region's value). */
  describedBy?: string;
}

export default function MapChart({ province, state, mode, showValues, selected, view, viewRef, onSelect, onChart, onSize, onRoam, ariaLabel, describedBy }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<ECharts | null>(null);
  const projectionRef = useRef<MapProjection | null>(null);
  // Inner size: the chart fills the box inside its border.
  const [measure, size] = useElementSize<HTMLDivElement>();
  const boxRef = useCallback(
    (el: HTMLDivElement | null) => {
      box.current = el;
      measure(el);
    },
    [measure],
  );
  useEffect(() => {
    if (size) onSize(size);
  }, [size, onSize]);

  const code = province.meta.provinceCode;
  // Marks the paint of each new option (read by scripts/bench-map.ts as switch → painted). With
  // animation off ECharts fires 'finished' synchronously inside setOption, i.e. during the
  // wrapper's commit — so the pending code is set here, when the option is made.
  const pendingPaint = useRef<string | null>(null);
  // Projection and label layout wait until the region list and panel around the map have painted.
  const painted = useAfterPaint();
  const tokens = useChartTokens();
  // Live: the ECharts map is wanted (the user engaged, or a zoomed view must be drawn). Stays live.
  const [live, setLive] = useState(() => viewRef.current.zoom !== 1 || viewRef.current.center !== null);
  const engage = useCallback(() => setLive(true), []);
  // The zoom buttons, reset and a view from the URL draw through the chart.
  useEffect(() => {
    if (view.rev > 0) setLive(true);
  }, [view.rev]);
  // The chart has drawn its first option: the static picture can go.
  const [chartDrawn, setChartDrawn] = useState(false);
  const scene = useMemo(() => {
    if (!painted || !size || size.width < 50 || size.height < 50) return null;
    pendingPaint.current = code;
    const s = buildMapScene({ province, mapName: mapName(code), state, mode, showValues, selected, width: size.width, height: size.height, view: viewRef.current, tokens });
    projectionRef.current = s.projection;
    return s;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- viewRef is read, not depended on: roaming must not rebuild the option; view.rev does.
  }, [painted, province, code, state, mode, showValues, selected, size, view.rev, tokens]);
  const option = useMemo(() => (live && scene ? mapOption(scene) : null), [live, scene]);
  const still = useMemo(() => (scene && !chartDrawn ? staticMap(scene) : null), [scene, chartDrawn]);

  // One mark per scene (each is a projection and a label layout, then an SVG or a setOption):
  // the browser test counts them on a cold load, the benches can time them.
  useEffect(() => {
    if (scene) performance.mark(`map-option:${code}`);
  }, [scene, code]);
  // The static picture is on screen after its commit (the chart marks its own draws in 'finished').
  useEffect(() => {
    if (!still || live || !pendingPaint.current) return;
    performance.mark(`map-painted:${pendingPaint.current}`);
    pendingPaint.current = null;
    if (box.current) box.current.dataset.view = '';
  }, [still, live]);

  // Stable handlers: echarts-for-react re-creates the whole chart when onEvents changes identity.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onRoamRef = useRef(onRoam);
  onRoamRef.current = onRoam;
  const { events, drawn } = useMemo(() => {
    // The view ECharts shows, with its centre taken back from projected space to [lon, lat] through our
    // own inverse (convertFromPixel is wrong with a projection, apache/echarts#16771).
    const geoView = (): MapViewState | null => {
      const geo = (chartRef.current?.getOption() as { geo?: { zoom?: number; center?: (number | string)[] }[] } | undefined)?.geo?.[0];
      if (!geo) return null;
      const c = geo.center;
      const projected = c && typeof c[0] === 'number' && typeof c[1] === 'number' ? ([c[0], c[1]] as [number, number]) : null;
      const lonLat = projected && projectionRef.current ? projectionRef.current.unproject(projected) : null;
      return { zoom: geo.zoom ?? 1, center: lonLat && lonLat.every(Number.isFinite) ? lonLat : null };
    };
    // As data-view on the panel (read by the browser tests).
    const markView = () => {
      const v = geoView();
      if (v && box.current) box.current.dataset.view = serialiseView(v) ?? '';
    };
    // After a draw: mark it and publish the view. echarts-for-react binds these events only after
    // the first setOption, whose 'finished' (synchronous, animation off) is missed: onChartReady
    // calls this for that first draw.
    const drawn = () => {
      if (pendingPaint.current) {
        performance.mark(`map-painted:${pendingPaint.current}`);
        markView();
      }
      pendingPaint.current = null;
    };
    const events = {
      click: (p: { componentType?: string; seriesId?: string; name?: string }) => {
        // A region, or its name (labels of small regions are drawn beside them, over a neighbour).
        if ((p.componentType === 'geo' || (p.componentType === 'series' && p.seriesId === 'names')) && p.name) onSelectRef.current(p.name);
      },
      finished: drawn,
      georoam: () => {
        const v = geoView();
        if (!v) return;
        viewRef.current = v;
        markView();
        onRoamRef.current();
      },
    };
    return { events, drawn };
  }, [viewRef]);

  return (
    <div className="map-canvas" ref={boxRef} data-live={chartDrawn ? 'drawn' : live ? 'loading' : 'static'} onPointerEnter={engage} onPointerDown={engage} onTouchStart={engage}>
      {still && <StaticMap map={still} ariaLabel={ariaLabel} describedBy={describedBy} covered={live} themeId={tokens.id} onSelect={onSelect} />}
      {option && size && (
        <div className={chartDrawn ? 'map-live' : 'map-live pending'}>
          <ErrorBoundary scope="chart" what={ariaLabel} resetKey={code}>
            <Suspense fallback={null}>
              <MapEChart
                mapName={mapName(code)}
                regions={province.regions}
                option={option}
                // Merged, with the drawn parts replaced: notMerge re-created every component on each switch,
                // and a new HTML tooltip reads the canvas offset — a forced layout of the whole page.
                notMerge={false}
                replaceMerge={REPLACED}
                onEvents={events}
                height={size.height}
                ariaLabel={ariaLabel}
                describedBy={describedBy}
                onChartReady={(c) => {
                  chartRef.current = c;
                  drawn();
                  setChartDrawn(true);
                  onChart(c);
                }}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
