// The keyboard way into the map: every region as a button in one tab stop; arrow keys move,
// Enter opens the region's panel. Focus highlights the region on the map (and hover on the map
// stays a pointer affair), so the visible focus is in both places.
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ECharts } from 'echarts/core';
import { t } from './strings';
import type { ColourMode, MapState } from '../../kernel/map/state/map-state';
import { regionValue } from '../../kernel/map/state/map-state';

interface Props {
  state: MapState;
  mode: ColourMode;
  selected: string | null;
  chart: ECharts | null;
  onSelect: (name: string) => void;
}

/** The index a key moves to in a grid of n items laid out in `cols` columns (undefined: not a move key). */
export function gridStep(key: string, i: number, n: number, cols: number): number | undefined {
  const down = i + cols < n ? i + cols : i % cols === cols - 1 || i + 1 >= n ? 0 : (i % cols) + 1;
  const up = i - cols >= 0 ? i - cols : n - 1;
  return { ArrowDown: down, ArrowUp: up, ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: n - 1 }[key];
}

export default function RegionList({ state, mode, selected, chart, onSelect }: Props) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const highlight = (name: string, on: boolean) => chart?.dispatchAction({ type: on ? 'highlight' : 'downplay', geoIndex: 0, name });

  const list = useRef<HTMLUListElement | null>(null);
  const move = (e: KeyboardEvent, i: number) => {
    const n = state.regions.length;
    // Up/down move by a row of the grid (two columns beside the map, one on a phone).
    const cols = list.current ? getComputedStyle(list.current).gridTemplateColumns.split(' ').filter(Boolean).length || 1 : 1;
    const next = gridStep(e.key, i, n, cols);
    if (next === undefined) return;
    e.preventDefault();
    const j = (next + n) % n;
    setActive(j);
    refs.current[j]?.focus();
  };

  return (
    // The map's text alternative too (MapView names it as the chart's description): the label says what the numbers count.
    <nav className="map-regions" aria-label={t.map.regionListOf(t.map.modes[mode])}>
      <h3>{t.map.regionList}</h3>
      <ul ref={list} id="map-region-list" aria-label={t.map.modes[mode]}>
        {state.regions.map((r, i) => {
          const v = regionValue(state, r, mode);
          return (
            <li key={r.code ?? r.name}>
              <button
                ref={(el) => {
                  refs.current[i] = el;
                }}
                type="button"
                tabIndex={i === active ? 0 : -1}
                aria-pressed={selected === r.name}
                className={selected === r.name ? 'selected' : undefined}
                onKeyDown={(e) => move(e, i)}
                onFocus={() => {
                  setActive(i);
                  highlight(r.name, true);
                }}
                onBlur={() => highlight(r.name, false)}
                onMouseEnter={() => highlight(r.name, true)}
                onMouseLeave={() => highlight(r.name, false)}
                onClick={() => onSelect(r.name)}
              >
                <span className="name">{r.name}</span>
                <span className={typeof v === 'number' ? 'value' : 'value nodata'}>{typeof v === 'number' ? v : t.map.noData}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
