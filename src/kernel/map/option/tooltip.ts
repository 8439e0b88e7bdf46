// Tooltip HTML for a region. ECharts renders tooltip strings as HTML, so every piece of text —
// region names come from the boundary file, task titles from documents — goes through escapeHtml.
import { escapeHtml } from '../../lib/escape';
import { t } from '../strings';
import type { ColourMode, MapState, RegionState } from '../state/map-state';
import { regionValue } from '../state/map-state';

const MAX_TITLES = 3;

export function regionTooltip(state: MapState, region: RegionState, mode: ColourMode): string {
  const v = regionValue(state, region, mode);
  const head = `<strong>${escapeHtml(region.name)}</strong>`;
  if (typeof v !== 'number') return `${head}<br/>${escapeHtml(t.map.noData)}：${escapeHtml(t.map.noDataReason[v])}`;
  const lines = (['mentions', 'responsible', 'targets'] as const).map((m) => {
    const line = `${escapeHtml(t.map.modes[m])}：${region[m].length}`;
    return m === mode ? `<b>${line}</b>` : line;
  });
  // Titles of the loaded documents only: colouring never loads a document (the counts say the rest).
  const titles = (
    mode === 'targets'
      ? region.targets.slice(0, MAX_TITLES).map((x) => x.indicator?.name)
      : region[mode].slice(0, MAX_TITLES).map((x) => x.task?.title)
  ).filter((x): x is string => x !== undefined);
  const more = region[mode].length > MAX_TITLES ? `<br/>…` : '';
  const list = titles.map((s) => `<br/>· ${escapeHtml(s.length > 28 ? `${s.slice(0, 28)}…` : s)}`).join('');
  return `${head}<br/>${lines.join('<br/>')}${list}${more}`;
}
