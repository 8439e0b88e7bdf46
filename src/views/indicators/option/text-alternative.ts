// Text alternatives of the indicator charts, built from the same models their option builders draw
// (timelineCells, the comparison measure's members, a measure's history): the timeline as a table
// (document × year → targets), the comparison and history charts as one sentence each (their
// values are listed beside the chart, and the chart names that list as its description).
import type { ChartTableModel } from '../../../kernel/lib/chart-table';
import { t } from '../strings';
import type { TargetEntry } from '../../../kernel/targets/catalogue';
import type { ComparisonMeasure } from '../model/comparison';
import type { MeasureHistory } from '../model/measure-history';
import { timelineCells, type TimelineDoc } from './timeline-option';
import { memberFigure, memberLabel } from './comparison-option';

const s = t.indicators;

/** One row per document and target year, in the chart's order (documents top to bottom, years left to right). */
export function timelineTextTable(entries: TargetEntry[], docs: TimelineDoc[]): ChartTableModel {
  const cells = [...timelineCells(entries, docs).cells].sort((a, b) => a.docIndex - b.docIndex || a.year - b.year);
  return {
    caption: s.timelineLabel,
    columns: [s.timelineColumns.doc, s.timelineColumns.year, s.timelineColumns.count, s.timelineColumns.names],
    rows: cells.map((c) => ({ key: `${docs[c.docIndex].id}:${c.year}`, cells: [docs[c.docIndex].title, s.byYear(c.year), c.names.length, c.names.join(t.common.listSep)] })),
  };
}

/** The timeline's aria-label; null when it has no dated target (the view then shows no chart). */
export function timelineSummary(entries: TargetEntry[], docs: TimelineDoc[]): string | null {
  const { cells } = timelineCells(entries, docs);
  if (cells.length === 0) return null;
  const years = cells.map((c) => c.year);
  const n = cells.reduce((a, c) => a + c.names.length, 0);
  return s.timelineSummary(n, new Set(cells.map((c) => c.docIndex)).size, Math.min(...years), Math.max(...years));
}

/** "山西 · 2025年 不低于35%、湖北 · 2025年 6%左右": the bars the chart draws (members with a value in the measure's unit). */
export function comparisonSummary(measure: ComparisonMeasure): string {
  const figures = measure.members.filter((m) => m.value !== null).map((m) => `${memberLabel(m)} ${memberFigure(m, measure.unit)}`);
  return s.comparisonSummary(measure.label, figures.join(t.common.listSep));
}

export function historySummary(h: MeasureHistory): string {
  const years = h.series.flatMap((x) => x.points.map((p) => p.year));
  if (years.length === 0) return s.historyLabel(h.label);
  return s.historySummary(h.label, years.length, Math.min(...years), Math.max(...years));
}
