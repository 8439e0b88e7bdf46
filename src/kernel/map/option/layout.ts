// How the chart canvas is divided: title on top, legend in a column on the left, the map note
// along the bottom, the map (and its labels) in the rest. The same layout serves the screen and
// the exports, so an exported image carries title, legend and source line by construction.
import type { Box } from '../labels/placement';
import { labelFontSize } from '../labels/layout';

export interface CanvasLayout {
  width: number;
  height: number;
  fontSize: number;
  title: Box;
  legend: Box;
  note: Box;
  /** Where labels may go. */
  labels: Box;
  /** Where the province outline is fitted (labels area inset, leaving room for offset labels). */
  map: Box;
}

/** Font size of the map note (source line). */
export const noteFontSize = (fontSize: number) => Math.max(12, Math.round(fontSize * 0.62));

/** Rough width of text in em: CJK glyphs 1 em, Latin letters, digits and punctuation ~0.55 em (`latin`). */
export function textEm(text: string, latin = 0.55): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\uFFFF]/.test(ch) ? 1 : latin), 0);
}

/** Below this width the legend leaves its column and sits under the map, in several columns. */
export const NARROW = 640;

/** The legend's rows as the layout needs them: how many, and the widest row's text in em (legendEm). */
export interface LegendSize {
  rows: number;
  widestEm: number;
}

/** Legend text width in em: CJK glyphs ≈ 1 em, digits and dashes ≈ 0.6 em. */
export const legendEm = (text: string) => textEm(text, 0.6);

/**
 * Columns of a legend laid across `width` (a phone: under the map): ~8 em each, wider when a row
 * (swatch, gap and text, 2.1 em + its text) needs more, so no row runs past the panel's edge.
 */
export function legendColumns(width: number, fontSize: number, size: LegendSize): number {
  const rowW = fontSize * (2.1 + size.widestEm + 1);
  return Math.max(1, Math.min(size.rows, Math.floor(width / Math.max(fontSize * 8, rowW))));
}

/**
 * The panel's layout. `note` is the map note's text: on a narrow panel it wraps onto more lines and
 * the note area grows (an export must carry all of it). Without it the note is taken as one line.
 * `legend`: the legend's rows; on a narrow panel the room under the map is made for exactly them
 * (without it, for 8 rows of ~8 em).
 */
export function canvasLayout(width: number, height: number, note?: string, legend?: LegendSize): CanvasLayout {
  const fontSize = labelFontSize({ w: width, h: height });
  const titleH = Math.round(fontSize * 3.2);
  const nfs = noteFontSize(fontSize);
  const noteLines = note ? Math.max(1, Math.ceil((textEm(note) * nfs) / Math.max(1, width - 24))) : 1;
  const noteH = Math.max(Math.round(fontSize * 1.8), Math.round(noteLines * nfs * 1.4 + nfs * 0.6));
  const inset = Math.round(fontSize * 1.2);
  const narrow = width < NARROW;
  // Narrow (a phone): the legend spans the width under the map, in columns of ~8 em; room for 8 rows.
  const legendFs = Math.max(14, fontSize - 2);
  const rows = legend?.rows ?? 8;
  const legendCols = legend ? legendColumns(width - 24, legendFs, legend) : Math.max(1, Math.floor((width - 24) / (legendFs * 8)));
  const legendH = narrow ? Math.round(legendFs * 1.8 + Math.ceil(rows / legendCols) * legendFs * 1.7 + 8) : 0;
  const legendW = narrow ? 0 : Math.round(fontSize * 9);
  const labels: Box = {
    x: narrow ? 8 : legendW,
    y: titleH,
    w: Math.max(1, width - legendW - (narrow ? 16 : 8)),
    h: Math.max(1, height - titleH - noteH - legendH),
  };
  return {
    width,
    height,
    fontSize,
    title: { x: 12, y: 8, w: width - 24, h: titleH - 8 },
    legend: narrow
      ? { x: 12, y: height - noteH - legendH, w: width - 24, h: legendH }
      : { x: 12, y: titleH, w: legendW - 20, h: height - titleH - noteH },
    note: { x: 12, y: height - noteH, w: width - 24, h: noteH },
    labels,
    map: { x: labels.x + inset, y: labels.y + inset, w: Math.max(1, labels.w - 2 * inset), h: Math.max(1, labels.h - 2 * inset) },
  };
}
