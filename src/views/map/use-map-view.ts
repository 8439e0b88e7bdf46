// Zoom and pan, kept in one place. ECharts moves them while the user roams; this hook holds the
// current view (a ref: a rebuilt option starts where the user is, and roaming does not rebuild
// the option), a revision that asks the chart to draw a view (buttons, reset, a URL change), and
// the URL (?view=, state/view-param.ts) for links, reloads and back/forward.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serialiseView, ZOOM_MAX, ZOOM_MIN, type MapViewState } from './state/view-param';

export const DEFAULT_VIEW: MapViewState = { zoom: 1, center: null };

export interface View extends MapViewState {
  /** Bumped by the zoom buttons, reset and URL changes, to rebuild the option with this view. */
  rev: number;
}

export interface MapView {
  /** The view to draw; its rev changes only when the chart must be told. */
  view: View;
  /** Where the user is now (the chart writes it while roaming). */
  current: React.MutableRefObject<MapViewState>;
  /** After a drag or wheel gesture: one URL update once it settles. */
  onRoam: () => void;
  /** Zoom by a factor around the current centre; null resets to the whole province. */
  zoom: (factor: number | null) => void;
  /** Another province: start it from the whole province (its URL has no view). */
  forget: () => void;
}

/** `param`: the raw ?view= value; `setParam` writes it (replacing the history entry). */
export function useMapView(param: string | null, setParam: (v: MapViewState) => void): MapView {
  const current = useRef<MapViewState>(parseView(param) ?? DEFAULT_VIEW);
  const [view, setView] = useState<View>({ ...current.current, rev: 0 });
  const apply = useCallback((v: MapViewState) => {
    current.current = v;
    setView((old) => ({ ...v, rev: old.rev + 1 }));
  }, []);

  // The URL changed under us (back/forward, a link): show that view.
  useEffect(() => {
    const v = parseView(param) ?? DEFAULT_VIEW;
    if (serialiseView(current.current) !== serialiseView(v)) apply(v);
  }, [param, apply]);

  const write = useRef(setParam);
  useEffect(() => {
    write.current = setParam;
  }, [setParam]);
  const roamTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(roamTimer.current), []);
  const onRoam = useCallback(() => {
    clearTimeout(roamTimer.current);
    roamTimer.current = setTimeout(() => write.current(current.current), 250);
  }, []);

  const zoom = (factor: number | null) => {
    const next = factor === null ? DEFAULT_VIEW : { ...current.current, zoom: Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, current.current.zoom * factor)) };
    apply(next);
    setParam(next);
  };
  const forget = () => {
    current.current = DEFAULT_VIEW;
  };
  return { view, current, onRoam, zoom, forget };
}
