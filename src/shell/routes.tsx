// The route table. Chart views are lazy chunks (they pull in ECharts); the overview is eager so
// real text is on the first paint. Unknown paths fall back to the overview with a notice.
import { Suspense, useEffect, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import OverviewView from '../views/overview/OverviewView';
// The reader is eager too: every source link lands there, and a lazy chunk would add a round trip
// between the manifest and the document (bench:app measures navigation → rendered reader).
import ReaderView from '../views/reader/ReaderView';
import Loading from '../kernel/components/Loading';
import { useLocalSummaries, useOverviewIndex } from '../kernel/data/index-hooks';
import { t } from '../kernel/i18n/strings';
import { useAtlasStore } from '../kernel/router/url-state';
import { routePaths } from '../kernel/router/paths';
import RouteBoundary from './RouteBoundary';
import { retryableLazy } from '../kernel/resilience/lazy-view';

const MapView = retryableLazy(() => import('../views/map/MapView'));
const IndicatorsView = retryableLazy(() => import('../views/indicators/IndicatorsView'));
const HeatmapView = retryableLazy(() => import('../views/heatmap/HeatmapView'));
const DepartmentView = retryableLazy(() => import('../views/department/DepartmentView'));
const PlaceView = retryableLazy(() => import('../views/place/PlaceView'));
const SearchPage = retryableLazy(() => import('../views/search/SearchPage'));
// The printable briefing: its code (and the map drawing it uses) loads only when a briefing is opened.
const BriefView = retryableLazy(() => import('../views/brief/BriefView'));


// The boundary sits outside Suspense: a chunk that fails to load (offline, or gone after a
// redeploy) shows a message inside the shell instead of unmounting the whole app.
function lazyRoute(View: ComponentType, what: string) {
  return function LazyRoute() {
    return (
      <RouteBoundary what={what}>
        <Suspense fallback={<Loading />}>
          <View />
        </Suspense>
      </RouteBoundary>
    );
  };
}

// Built once at module scope: a new component per render would remount the view.
const MapRoute = lazyRoute(MapView, t.nav.map);
const IndicatorsRoute = lazyRoute(IndicatorsView, t.nav.indicators);
const HeatmapRoute = lazyRoute(HeatmapView, t.nav.heatmap);
const DepartmentRoute = lazyRoute(DepartmentView, t.nav.department);
const PlaceRoute = lazyRoute(PlaceView, t.nav.place);
const SearchRoute = lazyRoute(SearchPage, t.resilience.searchPage);
const BriefRoute = lazyRoute(BriefView, t.nav.brief);

// A cold load of a lazy view's route: boot.tsx waits for its code (index.html has already asked for it,
// scripts/vite/route-preload.ts) before the first render, so the view renders at once instead of
// through a Suspense fallback (kernel/resilience/lazy-view.tsx says what that fallback costs).
const coldLoadViews: [RegExp, { preload: () => Promise<void> }][] = [
  [/^\/map\/[^/]+$/, MapView],
  [/^\/indicators$/, IndicatorsView],
  [/^\/heatmap\/[^/]+$/, HeatmapView],
  [/^\/department\/[^/]+$/, DepartmentView],
  [/^\/place\/[^/]+$/, PlaceView],
];

/** Resolves once the lazy view of `pathname` (if any) has its code, or could not get it (the view then reports it). */
export function preloadRouteView(pathname: string): Promise<void> {
  return coldLoadViews.find(([re]) => re.test(pathname))?.[1].preload() ?? Promise.resolve();
}

/** /map and /heatmap without a parameter go to the first province / document (the overview index names it). */
function DefaultRedirect({ to }: { to: 'map' | 'heatmap' }) {
  const m = useOverviewIndex();
  const local = useLocalSummaries();
  if (m.status === 'loading' || local.status === 'loading') return <Loading />;
  const firstLocal = local.data?.[0];
  const first = m.data?.first ?? (firstLocal ? { id: firstLocal.id, provinceCode: firstLocal.entry.provinceCode } : null);
  if (!first) return <Redirect to="/" replace />;
  return <Redirect to={to === 'map' ? routePaths.map(first.provinceCode) : routePaths.heatmap(first.id)} replace />;
}

function UnknownRoute() {
  const path = useAtlasStore((s) => s.path);
  const setNotice = useAtlasStore((s) => s.setNotice);
  useEffect(() => setNotice({ path, text: t.notice.unknownRoute(path) }), [path, setNotice]);
  return <OverviewView />;
}

export function AppRoutes() {
  return (
    // The eager views (overview, reader) have no chunk to lose, but a render error must not blank the shell either.
    <RouteBoundary what={t.resilience.thisPage}>
      <Switch>
        <Route path="/" component={OverviewView} />
        <Route path="/map">{() => <DefaultRedirect to="map" />}</Route>
        <Route path="/map/:provinceCode" component={MapRoute} />
        <Route path="/indicators" component={IndicatorsRoute} />
        <Route path="/heatmap">{() => <DefaultRedirect to="heatmap" />}</Route>
        <Route path="/heatmap/:docId" component={HeatmapRoute} />
        <Route path="/doc/:docId" component={ReaderView} />
        <Route path="/department/:id" component={DepartmentRoute} />
        <Route path="/place/:code" component={PlaceRoute} />
        <Route path="/search" component={SearchRoute} />
        <Route path="/brief/province/:code" component={BriefRoute} />
        <Route path="/brief/doc/:id" component={BriefRoute} />
        <Route component={UnknownRoute} />
      </Switch>
    </RouteBoundary>
  );
}
