// The map's ECharts option, built purely from map state, geometry and layout (tested without a
// DOM). One `geo` component draws and colours the regions (through our projection, with roam);
// a scatter series on the same geo carries the region names at positions we computed, and a
// lines series draws the leader lines — both follow zoom and pan with the map. Title, legend and
// the map note are graphic elements inside the canvas so every export carries them.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../strings';
import type { RegionCollection } from '../geo/decode';
import { HALO, LINE_HEIGHT, labelLines, projectRegions } from '../labels/layout';
import { leaderEnd, type PlacedLabel, type Point } from '../labels/placement';
import type { MapProjection } from '../projection';
import type { RegionColouring } from '../state/colouring';
import type { ColourMode, MapState } from '../state/map-state';
import { noteFontSize, type CanvasLayout } from './layout';
import { buildLegend } from './legend';
import { regionTooltip } from './tooltip';
import { flipLabel, LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';

export interface MapOptionInput {
  mapName: string;
  provinceName: string;
  regions: RegionCollection;
  projection: MapProjection;
  layout: CanvasLayout;
  labels: readonly PlacedLabel[];
  /** The regions' outlines already projected (labels/layout.ts projectRegions), if the caller has them. */
  projected?: readonly (readonly (readonly Point[])[])[][];
  state: MapState;
  /** The state's colouring under `mode` (state/colouring.ts): fills, legend and label values. */
  colouring: RegionColouring;
  mode: ColourMode;
  showValues: boolean;
  selected: string | null;
  /** Map note text (boundary source, admin-code edition, schematic). */
  note: string;
  /** Zoom and the centre as [lon, lat] (null: the whole province). */
  view: { zoom: number; center: number[] | null };
  /** Exports are static: no animation, no tooltip. */
  forExport?: boolean;
  /** The theme's chart tokens (kernel/theme); the light theme's when omitted (exports draw on white). */
  tokens?: ChartTokens;
}

/** The light theme's selection outline (each theme has its own: tokens.map.selectedBorder). */
export const SELECTED_BORDER = LIGHT.map.selectedBorder;
/** Above the regions (geo), leader lines (3) and names (4). */
export const OVERLAY_Z = 10;
/** A box behind overlay text (the theme's backing colour): readable over the map when it is zoomed under it. */
export const backing = (tk: ChartTokens) => ({ backgroundColor: tk.backing, padding: [2, 4] });
export const BACKING = backing(LIGHT);

export function buildMapOption(input: MapOptionInput): EChartsCoreOption {
  const { layout, projection, state, mode, colouring } = input;
  const tk = input.tokens ?? LIGHT;
  const m = tk.map;
  const BACK = backing(tk);
  // Thicker strokes on the projector and in forced colors (tokens.stroke).
  const w = (px: number) => px * tk.stroke;
  const byName = new Map(state.regions.map((r) => [r.name, r]));
  const unproject = (p: Point) => projection.unproject(p);
  const leaderCoords = input.labels.filter((l) => l.leader).map((l) => ({ coords: [unproject(l.anchor), unproject(leaderEnd(l.anchor, l.box))] }));
  const fs = layout.fontSize;
  const [[x0, y0], [x1, y1]] = projectedBounds(input.regions, projection, input.projected);
  const { title, subtitle } = mapTitles(input.provinceName, state, mode);

  return {
    animation: false,
    aria: { enabled: true, label: { description: `${title}。${subtitle}` } },
    tooltip: input.forExport ? { show: false } : { trigger: 'item', confine: true, textStyle: { fontSize: Math.max(14, fs - 4) } },
    geo: {
      map: input.mapName,
      projection: { project: projection.project, unproject: projection.unproject, stream: projection.stream },
      // The projection is already fitted to the map box; this box is exactly the projected
      // bounds, so ECharts' own fit is the identity and our pixel label positions hold.
      left: x0,
      top: y0,
      width: x1 - x0,
      height: y1 - y0,
      roam: !input.forExport,
      scaleLimit: { min: 1, max: 8 },
      zoom: input.view.zoom,
      // The view's centre is geographic (lon, lat) so a link means the same place at any panel size;
      // ECharts wants it in the projected space the regions are drawn in.
      ...(input.view.center ? { center: projection.project(input.view.center as [number, number]) } : {}),
      selectedMode: false,
      label: { show: false },
      itemStyle: { borderColor: m.border, borderWidth: w(1.2) },
      emphasis: { label: { show: false }, itemStyle: { borderColor: m.hoverBorder, borderWidth: w(3) } },
      tooltip: { show: !input.forExport, formatter: (p: { name: string }) => tooltipFor(p.name) },
      regions: state.regions.map((r) => {
        const fill = colouring.colour.get(r.name)!;
        const selected = r.name === input.selected;
        const noData = !colouring.value.has(r.name);
        return {
          name: r.name,
          itemStyle: {
            areaColor: fill,
            ...(noData ? { borderColor: m.noDataBorder, borderType: 'dashed' } : {}),
            ...(selected ? { borderColor: m.selectedBorder, borderWidth: w(4), borderType: 'solid' } : {}),
          },
          emphasis: { itemStyle: { areaColor: fill } },
        };
      }),
    },
    series: [
      // Leader lines get a halo underneath so they stay visible on every fill.
      ...(['leader-halo', 'leaders'] as const).map((id) => ({
        id,
        type: 'lines',
        coordinateSystem: 'geo',
        silent: true,
        z: id === 'leaders' ? 3 : 2,
        symbol: ['circle', 'none'],
        symbolSize: id === 'leaders' ? [5, 0] : [8, 0],
        lineStyle: id === 'leaders' ? { color: m.leader, width: w(1.3), opacity: 1 } : { color: m.leaderHalo, width: w(4), opacity: 0.9 },
        data: leaderCoords,
      })),
      {
        id: 'names',
        type: 'scatter',
        coordinateSystem: 'geo',
        // A name is part of its region: clicking or hovering it acts on that region (MapChart), never
        // on the region it happens to be drawn over (a small region's offset label sits on a neighbour).
        silent: !!input.forExport,
        cursor: 'pointer',
        tooltip: { show: !input.forExport, formatter: (p: { name: string }) => tooltipFor(p.name) },
        z: 4,
        symbolSize: 0,
        // Scatter's default opacity (0.8) would grey the names; they are text, drawn solid.
        itemStyle: { opacity: 1 },
        label: {
          show: true,
          position: 'inside',
          color: m.label.ink,
          fontSize: fs,
          lineHeight: Math.round(fs * LINE_HEIGHT),
          fontWeight: 600,
          textBorderColor: m.label.halo,
          textBorderWidth: HALO,
          formatter: (p: { name: string }) => labelLines(p.name, { fontSize: fs, values: input.showValues ? colouring.value : undefined }).join('\n'),
        },
        data: input.labels.map((l) => ({
          name: l.key,
          value: unproject([l.box.x + l.box.w / 2, l.box.y + l.box.h / 2]),
          // Where the usual ink loses contrast (the darkest fills on a light theme, the lightest on a
          // dark one) the flipped pair reads better from the back of the room.
          ...(!l.leader && flipLabel(colouring.colour.get(l.key), tk) ? { label: { color: m.labelFlipped.ink, textBorderColor: m.labelFlipped.halo } } : {}),
        })),
      },
    ],
    // Title, legend and note sit above the map (z) on a light backing, so a zoomed-in map passes
    // under them instead of hiding them.
    graphic: [
      {
        type: 'text',
        z: OVERLAY_Z,
        left: layout.title.x,
        top: layout.title.y,
        style: { text: title, fontSize: Math.round(fs * 1.25), fontWeight: 700, fill: tk.ink, ...BACK },
      },
      {
        type: 'text',
        z: OVERLAY_Z,
        left: layout.title.x,
        top: layout.title.y + Math.round(fs * 1.6),
        style: { text: subtitle, fontSize: Math.max(13, fs - 4), fill: tk.muted, ...BACK },
      },
      { ...buildLegend(layout, colouring, t.map.legendUnit[mode], tk), z: OVERLAY_Z },
      {
        type: 'text',
        z: OVERLAY_Z,
        left: layout.note.x,
        top: layout.note.y + 4,
        // Wraps within the panel (the layout made room for the lines): every export carries all of it.
        style: { text: input.note, fontSize: noteFontSize(fs), lineHeight: Math.round(noteFontSize(fs) * 1.4), width: layout.note.w, overflow: 'break', fill: tk.muted, ...BACK },
      },
    ],
  };

  function tooltipFor(name: string): string {
    const region = byName.get(name);
    return region ? regionTooltip(state, region, mode) : '';
  }
}

/** The map's title and the line under it (what the colours count, from how many documents). */
export function mapTitles(provinceName: string, state: MapState, mode: ColourMode): { title: string; subtitle: string } {
  return {
    title: t.map.title(provinceName, t.map.modes[mode]),
    subtitle:
      state.docIds.length === 0
        ? t.map.noDocument
        : t.map.basedOn(state.docIds.length) + (mode === 'responsible' && !state.departmentsNamed ? ` · ${t.map.noDataReason['no-departments']}` : ''),
  };
}

/** Relative luminance (WCAG) below which black text loses contrast. */
export function isDark(hex: string | undefined): boolean {
  if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.1;
}

function projectedBounds(regions: RegionCollection, projection: MapProjection, projected?: MapOptionInput['projected']): [Point, Point] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const outlines = projected ?? projectRegions(regions, projection);
  for (const polygons of outlines)
    for (const poly of polygons)
      for (const ring of poly)
        for (const [x, y] of ring) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
  return [
    [x0, y0],
    [x1, y1],
  ];
}
