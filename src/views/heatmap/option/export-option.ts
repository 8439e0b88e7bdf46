// The matrix for export: the whole matrix, not the window on screen (a presenter exporting a 60-department
// matrix got the 22 rows in view, with nothing saying so). Cells at the on-screen minimum size, up to
// MAX_SIDE pixels a side; a bigger matrix exports the part that fits from the current window and the
// caption says which rows and columns it holds. A caption line under the chart names the document,
// the matrix and the extent. Pure: tested without a DOM.
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../strings';
import type { Matrix } from '../model/types';
import { buildHeatmapOption } from './heatmap-option';
import { LAYOUT } from './layout';

export const MAX_SIDE = 6000;
const CAPTION_H = 30;

export interface ExportInput {
  matrix: Matrix;
  order: readonly number[];
  documentHasRoles: boolean;
  documentTitle: string;
  /** Top-left of the window on screen: where a matrix too big to export whole starts. */
  start: { row: number; col: number };
}

export interface ExportChart {
  option: EChartsCoreOption;
  width: number;
  height: number;
  /** Whether every row and column is in the export. */
  complete: boolean;
  caption: string;
}

export function buildExportOption(input: ExportInput): ExportChart {
  const m = input.matrix;
  const colW = m.kind === 'tasks' ? LAYOUT.minTaskCol : LAYOUT.minSectionCol;
  const fullW = LAYOUT.left + LAYOUT.right + m.columns.length * colW;
  const fullH = LAYOUT.top + LAYOUT.bottom + m.rows.length * LAYOUT.minRow;
  const width = Math.max(800, Math.min(MAX_SIDE, fullW));
  const plotH = Math.min(MAX_SIDE - CAPTION_H, Math.max(fullH, 300));
  const complete = fullW <= MAX_SIDE && fullH <= MAX_SIDE - CAPTION_H;
  const built = buildHeatmapOption({
    matrix: m,
    order: input.order,
    documentHasRoles: input.documentHasRoles,
    viewport: { width, height: plotH },
    start: complete ? { row: 0, col: 0 } : input.start,
  });
  const w = built.window;
  const kind = m.kind === 'tasks' ? t.heatmap.perTask : t.heatmap.perSection;
  const caption = complete
    ? t.heatmap.exportCaption(input.documentTitle, kind, m.rows.length, m.columns.length)
    : t.heatmap.exportCaptionPart(input.documentTitle, kind, [w.y[0] + 1, w.y[1] + 1], [w.x[0] + 1, w.x[1] + 1], m.rows.length, m.columns.length);
  const option = built.option as { grid: Record<string, number>[]; graphic?: unknown[] } & EChartsCoreOption;
  const height = plotH + CAPTION_H;
  return {
    width,
    height,
    complete,
    caption,
    option: {
      ...option,
      // Room for the caption under the column labels: the main grid and the row bars end higher.
      grid: option.grid.map((g, i) => (i === 1 ? g : { ...g, bottom: (g.bottom ?? 0) + CAPTION_H })),
      tooltip: { show: false },
      graphic: [
        ...(option.graphic ?? []),
        { type: 'text', left: 8, bottom: 8, style: { text: caption, fontSize: 13, fill: '#333' } },
      ],
    },
  };
}
