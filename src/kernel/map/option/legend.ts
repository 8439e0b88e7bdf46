// The legend as graphic elements: one swatch per bin, then "no data" (only when some region has
// none) — drawn in the canvas so exports carry it, and with zero and no data visibly different.
import { t } from '../strings';
import type { RegionColouring } from '../state/colouring';
import { legendColumns, legendEm, type CanvasLayout, type LegendSize } from './layout';
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';

export interface LegendRow {
  colour: string;
  text: string;
  dashed: boolean;
  /** Offset of the swatch from the legend's top left. */
  x: number;
  y: number;
}

/** Where the legend and each of its rows go (the canvas legend and the static map draw the same). */
export interface LegendLayout {
  left: number;
  top: number;
  fontSize: number;
  heading: string;
  width: number;
  height: number;
  rows: LegendRow[];
}

/** One row per bin, then "no data" (only when some region has none). */
function legendItems(colouring: RegionColouring, unit: string, tk: ChartTokens) {
  return [
    ...colouring.bins.map((b) => ({ colour: b.colour, text: `${b.label} ${unit}`, dashed: false })),
    ...(colouring.hasNoData ? [{ colour: tk.map.noData, text: t.map.noData, dashed: true }] : []),
  ];
}

/** The legend's rows' count and widest text, for the canvas layout (before it is laid out). */
export function legendSize(colouring: RegionColouring, unit: string): LegendSize {
  const texts = legendItems(colouring, unit, LIGHT).map((r) => r.text);
  return { rows: texts.length, widestEm: Math.max(0, ...texts.map(legendEm)) };
}

export function legendLayout(layout: CanvasLayout, colouring: RegionColouring, unit: string, tk: ChartTokens = LIGHT): LegendLayout {
  const fs = Math.max(14, layout.fontSize - 2);
  const row = Math.round(fs * 1.7);
  const items = legendItems(colouring, unit, tk);
  const em = legendEm;
  // In a wide legend box (a phone: under the map) the rows flow into columns of ~8 em (wider for long rows).
  const cols = legendColumns(layout.legend.w, fs, legendSize(colouring, unit));
  const perCol = Math.ceil(items.length / cols);
  const colW = layout.legend.w / cols;
  const top = layout.legend.y + layout.legend.h - perCol * row - Math.round(fs * 1.8);
  // A light backing the size of the legend, so a zoomed-in map passes under it.
  const itemW = fs * 2.1 + Math.max(0, ...items.map((r) => em(r.text) * fs));
  const width = Math.max(em(t.map.colourBy) * fs, cols > 1 ? (cols - 1) * colW + itemW : itemW);
  const height = Math.round(fs * 1.8) + perCol * row;
  const rows = items.map((r, i) => ({ ...r, x: Math.floor(i / perCol) * colW, y: Math.round(fs * 1.8) + (i % perCol) * row }));
  return { left: layout.legend.x, top: Math.max(layout.legend.y, top), fontSize: fs, heading: t.map.colourBy, width, height, rows };
}

export function buildLegend(layout: CanvasLayout, colouring: RegionColouring, unit: string, tk: ChartTokens = LIGHT) {
  const g = legendLayout(layout, colouring, unit, tk);
  const fs = g.fontSize;
  return {
    type: 'group',
    left: g.left,
    top: g.top,
    children: [
      { type: 'rect', left: -6, top: -4, shape: { width: g.width + 12, height: g.height + 4, r: 3 }, style: { fill: tk.backing } },
      { type: 'text', left: 0, top: 0, style: { text: g.heading, fontSize: fs, fontWeight: 700, fill: tk.ink } },
      ...g.rows.flatMap((r) => [
        {
          type: 'rect',
          left: r.x,
          top: r.y,
          shape: { width: fs * 1.6, height: fs * 1.1 },
          style: { fill: r.colour, stroke: r.dashed ? tk.map.noDataBorder : tk.line, lineWidth: tk.stroke, lineDash: r.dashed ? [3, 2] : null },
        },
        { type: 'text', left: r.x + fs * 2.1, top: r.y, style: { text: r.text, fontSize: fs, fill: tk.ink } },
      ]),
    ],
  };
}
