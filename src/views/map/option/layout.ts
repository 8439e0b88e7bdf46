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

export function canvasLayout(width: number, height: number): CanvasLayout {
  const fontSize = labelFontSize({ w: width, h: height });
  const titleH = Math.round(fontSize * 3.2);
  const noteH = Math.round(fontSize * 1.8);
  const legendW = Math.round(fontSize * 9);
  const labels: Box = { x: legendW, y: titleH, w: Math.max(1, width - legendW - 8), h: Math.max(1, height - titleH - noteH) };
  const inset = Math.round(fontSize * 1.2);
  return {
    width,
    height,
    fontSize,
    title: { x: 12, y: 8, w: width - 24, h: titleH - 8 },
    legend: { x: 12, y: titleH, w: legendW - 20, h: height - titleH - noteH },
    note: { x: 12, y: height - noteH, w: width - 24, h: noteH },
    labels,
    map: { x: labels.x + inset, y: labels.y + inset, w: Math.max(1, labels.w - 2 * inset), h: Math.max(1, labels.h - 2 * inset) },
  };
}
