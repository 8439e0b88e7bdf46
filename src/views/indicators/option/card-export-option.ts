// A target card drawn for export (PNG 2× / SVG through kernel/echarts/export-chart): ECharts graphic
// elements laid out top to bottom from cardContent — the card's lines, its bullet bar and its status —
// so the one export path (hidden canvas at 2×, SSR SVG, citation frame) serves cards as it serves
// charts. Text is document text: control and bidi characters are stripped here, and zrender escapes
// text into SVG. Pure: tested in Node.
import type { EChartsCoreOption } from 'echarts/core';
import { clean, textWidth, wrap } from '../../../kernel/echarts/export-frame';
import type { CardContent } from '../model/card-export';
import type { Status } from '../../../kernel/progress/status';

export const CARD_WIDTH = 480;
const PAD = 14;
const FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
// The card's colours (indicators.css), written out: an export has no stylesheet.
const STATUS_COLOUR: Record<Status, string> = { 'on-track': '#2f8f5b', behind: '#b03a48', overdue: '#8a5d00', unknown: '#7a7a7a' };
const INK = '#222';
const MUTED = '#5d6675';

export interface CardExport {
  option: EChartsCoreOption;
  width: number;
  height: number;
}

export function buildCardExportOption(c: CardContent, width = CARD_WIDTH): CardExport {
  const inner = width - 2 * PAD - 4;
  const left = PAD + 4;
  const elements: Record<string, unknown>[] = [];
  let y = PAD;
  const lines = (text: string, size: number, fill = INK, weight = 'normal') => {
    for (const line of wrap(clean(text), size, inner)) {
      elements.push({ type: 'text', x: left, y, style: { text: line, fontSize: size, fontWeight: weight, fontFamily: FONT, fill } });
      y += size + 6;
    }
  };
  lines(c.kicker, 12, MUTED);
  lines(c.name, 16, INK, 'bold');
  lines(`${c.figure}  ${c.year}`, 15, INK, 'bold');
  if (c.baseline) lines(c.baseline, 13);
  if (c.bullet) {
    // The card's bullet (Bullet.tsx): grey scale, target range, fill to the latest figure, bars for
    // the start and the target(s), a ring for the latest figure. Percentages of the bar's width.
    const g = c.bullet;
    const x = (pct: number) => left + (pct / 100) * inner;
    const mark = (k: string) => g.marks.find((m) => m.kind === k);
    const target = mark('target')!;
    const targetMax = mark('targetMax');
    const start = mark('start');
    const latest = mark('latest');
    const rect = (x0: number, y0: number, w: number, h: number, fill: string) => elements.push({ type: 'rect', shape: { x: x0, y: y + y0, width: w, height: h }, style: { fill } });
    y += 2;
    rect(left, 4, inner, 8, '#e6e9ee');
    if (targetMax) rect(x(target.pct), 4, x(targetMax.pct) - x(target.pct), 8, '#f3c9cf');
    if (g.fill) rect(x(Math.min(g.fill.from, g.fill.to)), 5.5, Math.abs(x(g.fill.to) - x(g.fill.from)), 5, '#1f5fa8');
    if (start) rect(x(start.pct) - 1, 2, 2, 12, MUTED);
    for (const m of [target, targetMax]) if (m) rect(x(m.pct) - 1.5, 0, 3, 16, '#27406b');
    if (latest) elements.push({ type: 'circle', shape: { cx: x(latest.pct), cy: y + 8, r: 4 }, style: { fill: '#fff', stroke: '#1f5fa8', lineWidth: 2 } });
    y += 22;
    lines(c.bulletLegend.join('   '), 12, MUTED);
  }
  for (const p of c.pace) lines(p, 13);
  if (c.status) {
    // The status in words on its colour, then the reason: readable without the colour.
    const word = clean(c.status.word);
    const w = textWidth(word, 12) + 12;
    elements.push({ type: 'rect', shape: { x: left, y: y - 1, width: w, height: 18, r: 3 }, style: { fill: STATUS_COLOUR[c.status.kind] } });
    elements.push({ type: 'text', x: left + 6, y: y + 1, style: { text: word, fontSize: 12, fontFamily: FONT, fill: '#fff' } });
    y += 24;
    lines(c.status.reason, 12, MUTED);
  }
  lines(c.units, 12);
  const height = Math.ceil(y + PAD);
  // The card's left edge in its status colour, as on screen (dashed for overdue there; solid here).
  elements.unshift(
    { type: 'rect', shape: { x: 0.5, y: 0.5, width: width - 1, height: height - 1, r: 6 }, style: { fill: '#fff', stroke: '#d9dee6', lineWidth: 1 } },
    { type: 'rect', shape: { x: 0.5, y: 0.5, width: 4, height: height - 1 }, style: { fill: STATUS_COLOUR[c.status?.kind ?? 'unknown'] } },
  );
  return { option: { animation: false, graphic: { elements } }, width, height };
}
