// The map's zoom and pan in the URL (?view=<zoom>,<x>,<y>), so a presenter's zoomed-in view can be
// shared as a link and survives a reload. x,y is ECharts' geo.center as it reports it after roaming;
// zoom is clamped to the toolbar's range. A malformed value is ignored (the whole province is shown).
export interface MapViewState {
  zoom: number;
  center: number[] | null;
}

export const ZOOM_MIN = 1;
export const ZOOM_MAX = 8;

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** `null` when the view is the default (whole province, no pan): nothing goes in the URL. */
export function serialiseView(v: MapViewState): string | null {
  const zoom = round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, v.zoom)), 2);
  if (zoom === ZOOM_MIN && !v.center) return null;
  return v.center ? `${zoom},${round(v.center[0], 4)},${round(v.center[1], 4)}` : `${zoom}`;
}

export function parseView(raw: string | null): MapViewState | null {
  if (!raw) return null;
  const parts = raw.split(',');
  if (parts.length !== 1 && parts.length !== 3) return null;
  const nums = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (!nums.every(Number.isFinite)) return null;
  const [zoom, x, y] = nums;
  if (zoom < ZOOM_MIN || zoom > ZOOM_MAX) return null;
  return { zoom, center: parts.length === 3 ? [x, y] : null };
}
