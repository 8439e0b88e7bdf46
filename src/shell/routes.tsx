// The route table. Chart views are lazy chunks (they pull in ECharts); the overview is eager so
// real text is on the first paint. Unknown paths fall back to the overview with a notice.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import OverviewView from '../views/overview/OverviewView';
// The reader is eager too: every source link lands there, and a lazy chunk would add a round trip
// between the manifest and the document (bench:app measures navigation → rendered reader).
import ReaderView from '../views/reader/ReaderView';
import Loading from '../kernel/components/Loading';
import { useManifest } from '../kernel/data/hooks';
import { t } from '../kernel/i18n/strings';
import { useAtlasStore } from '../kernel/router/url-state';
import { routePaths } from '../kernel/router/paths';

const MapView = lazy(() => import('../views/map/MapView'));
const IndicatorsView = lazy(() => import('../views/indicators/IndicatorsView'));
const HeatmapView = lazy(() => import('../views/heatmap/HeatmapView'));
const DepartmentView = lazy(() => import('../views/department/DepartmentView'));
const PlaceView = lazy(() => import('../views/place/PlaceView'));
const SearchPage = lazy(() => import('../views/search/SearchPage'));


function lazyRoute(View: ComponentType) {
  return function LazyRoute() {
    return (
      <Suspense fallback={<Loading />}>
        <View />
      </Suspense>
    );
  };
}

// Built once at module scope: a new component per render would remount the view.
const MapRoute = lazyRoute(MapView);
const IndicatorsRoute = lazyRoute(IndicatorsView);
const HeatmapRoute = lazyRoute(HeatmapView);
const DepartmentRoute = lazyRoute(DepartmentView);
const PlaceRoute = lazyRoute(PlaceView);
const SearchRoute = lazyRoute(SearchPage);

/** /map and /heatmap without a parameter go to the first province / document in the manifest. */
function DefaultRedirect({ to }: { to: 'map' | 'heatmap' }) {
  const m = useManifest();
  if (m.status !== 'ready') return <Loading />;
  const first = m.data.documents[0];
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
      <Route component={UnknownRoute} />
    </Switch>
  );
}
