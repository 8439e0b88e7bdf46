// Pure option builder: targets by target year (x) and document (y), bubble area ∝ number of targets.
// The axis always spans 2016 → 2035 (the plan periods the documents cover) and widens if data does.
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from '../../../kernel/lib/escape';
import { t } from '../strings';
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';
import type { TargetEntry } from '../../../kernel/targets/catalogue';

export const TIMELINE_FROM = 2016;
export const TIMELINE_TO = 2035;
const MAX_NAMES = 8;

/** Projector-legible count labels (≥ 12px). */
const LABEL_SIZE = 13;

/**
 * Row label: the province, then the start of the title, unless the title already starts with the
 * province ("山西省政府工作报告", not "山西·山西省政府工作报告").
 */
export function timelineLabel(province: string, title: string, max = 12): string {
  const own = title.startsWith(province);
  // Without the "山西·" prefix the title has its room: every label stays about as wide.
  const room = own ? max + province.length + 1 : max;
  const short = title.length > room ? `${title.slice(0, room)}…` : title;
  return own ? short : `${province}·${short}`;
}

export interface TimelineDoc {
  id: string;
  label: string;
  title: string;
}

export interface TimelineCell {
  docIndex: number;
  year: number;
  names: string[];
}

/** Rows the timeline draws before its "all documents" button: about one laptop screen. */
export const TIMELINE_ROWS = 12;

/**
 * The documents the timeline draws as rows. Up to `limit` documents: all of them, in document order,
 * whatever the filters (an empty row says "no target of this document matches" at a glance). More
 * (a province's catalogue at thousands of documents has about a hundred): `limit` rows, those with a
 * dated target under the filters first, then the others, each group in document order — the chart
 * keeps its height across filter and province changes (a resize repaints the whole canvas and lays
 * out the page), and a chart a hundred rows tall was 4,000 px of canvas above the cards.
 * `hidden`: documents with a dated target that have no row.
 */
export function timelineRows(entries: TargetEntry[], docs: TimelineDoc[], limit = TIMELINE_ROWS): { rows: TimelineDoc[]; hidden: number } {
  if (docs.length <= limit) return { rows: docs, hidden: 0 };
  const dated = new Set<string>();
  for (const e of entries) if (e.indicator.stage === 'target' && e.indicator.targetYear !== null) dated.add(e.docId);
  const withTargets = docs.filter((d) => dated.has(d.id));
  const rows = [...withTargets, ...docs.filter((d) => !dated.has(d.id))].slice(0, limit);
  return { rows, hidden: Math.max(0, withTargets.length - limit) };
}

/** Counts per (document, year) of targets with a stated year; entries with none are counted apart. */
export function timelineCells(entries: TargetEntry[], docs: TimelineDoc[]): { cells: TimelineCell[]; undated: number } {
  const index = new Map(docs.map((d, i) => [d.id, i]));
  const cells = new Map<string, TimelineCell>();
  let undated = 0;
  for (const e of entries) {
    // Figures reported as achieved are not targets: their year is when they were reached.
    if (e.indicator.stage !== 'target') continue;
    const year = e.indicator.targetYear;
    const docIndex = index.get(e.docId);
    if (docIndex === undefined) continue;
    if (year === null) {
      undated += 1;
      continue;
    }
    const key = `${docIndex}:${year}`;
    const cell = cells.get(key) ?? { docIndex, year, names: [] };
    cell.names.push(e.indicator.name);
    cells.set(key, cell);
  }
  return { cells: [...cells.values()], undated };
}

export function timelineTooltip(cell: TimelineCell, doc: TimelineDoc): string {
  const shown = cell.names.slice(0, MAX_NAMES).map((n) => `· ${escapeHtml(n)}`);
  if (cell.names.length > MAX_NAMES) shown.push(escapeHtml(t.indicators.more(cell.names.length)));
  return [
    `<b>${escapeHtml(doc.title)}</b>`,
    `${escapeHtml(t.indicators.byYear(cell.year))} · ${escapeHtml(t.indicators.timelineCount(cell.names.length))}`,
    ...shown,
  ].join('<br/>');
}

/** The chart's option, or null when no entry is a target with a stated year (the view then says so instead of drawing empty axes). */
export function buildTimelineOption(entries: TargetEntry[], docs: TimelineDoc[], tk: ChartTokens = LIGHT): EChartsCoreOption | null {
  // Bubble fill; the count on it is in bubbleText, outlined in the bubble's colour so it stays legible where it overhangs a small bubble.
  const bubble = tk.indicators.bubble;
  const { cells } = timelineCells(entries, docs);
  if (cells.length === 0) return null;
  const years = cells.map((c) => c.year);
  const from = Math.min(TIMELINE_FROM, ...years);
  const to = Math.max(TIMELINE_TO, ...years);
  const axisYears = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  const max = Math.max(1, ...cells.map((c) => c.names.length));
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 24, top: 16, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { data: { cell: TimelineCell } }) => timelineTooltip(p.data.cell, docs[p.data.cell.docIndex]),
    },
    xAxis: { type: 'category', data: axisYears, boundaryGap: true, axisLabel: { interval: 'auto' } },
    yAxis: { type: 'category', data: docs.map((d) => d.label), inverse: true },
    series: [
      {
        type: 'scatter',
        data: cells.map((c) => ({
          // The row by index, so two documents with the same short label keep their own rows.
          value: [String(c.year), c.docIndex, c.names.length],
          cell: c,
        })),
        // Area, not radius, is proportional to the count (sqrt), capped so the largest fits a row.
        // At least 18px, so a two-digit count fits inside the smallest bubble.
        symbolSize: (v: [string, number, number]) => 18 + 18 * Math.sqrt(v[2] / max),
        // Opaque, so the white count keeps its contrast (the theme's scatter is translucent).
        itemStyle: { color: bubble, opacity: 1 },
        label: {
          show: true,
          position: 'inside',
          formatter: (p: { value: [string, number, number] }) => String(p.value[2]),
          fontSize: LABEL_SIZE,
          fontWeight: 'bold',
          color: tk.indicators.bubbleText,
          textBorderColor: bubble,
          textBorderWidth: 2,
        },
      },
    ],
  };
}
