// The frame every chart export carries (issue 15.1): a title above the chart and a footer below it
// naming each source document (title, 文号, date — 未注明 where the document is silent), the date the
// data was built and, for maps, the boundary note. Pure layout (frameLayout, framedSvg) plus the
// canvas composition for PNG (framePng). Loaded only when the user exports (dynamic import).
import { escapeHtml } from '../lib/escape';
import { formatDate } from '../lib/format';
import { t } from '../i18n/strings';
import { textWidth } from '../lib/text-width';

export { textWidth };

export interface SourceDocument {
  title: string;
  docNumber: string | null;
  date: string | null;
}

export interface ExportFrame {
  title: string;
  sources: readonly SourceDocument[];
  /** ISO date-time the pipeline built the data; null when the data does not say. */
  builtAt: string | null;
  /** The boundary note of a map; absent for other charts. */
  note?: string;
  /** What abbreviated labels stand for (heatmap column codes → task titles), one line each. */
  key?: readonly string[];
}

export const FRAME_FONT = 'sans-serif';
const TITLE_SIZE = 18;
const LINE_SIZE = 12;
const PAD = 12;

/** Break a line so that no piece is wider than `width` (never cuts inside a character). */
export function wrap(s: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of s) {
    if (line && textWidth(line + ch, size) > width) {
      out.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

export function sourceLine(d: SourceDocument): string {
  return `《${d.title}》 ${t.facts.docNumber}${t.common.colon}${d.docNumber ?? t.common.notStated} · ${t.facts.date}${t.common.colon}${formatDate(d.date)}`;
}

export interface FrameLayout {
  titleLines: string[];
  footerLines: string[];
  top: number;
  bottom: number;
}

export function frameLayout(frame: ExportFrame, width: number): FrameLayout {
  const inner = width - 2 * PAD;
  const titleLines = wrap(frame.title, TITLE_SIZE, inner);
  const f = t.exportFrame;
  const raw = [
    ...(frame.sources.length ? frame.sources.map((d, i) => `${i === 0 ? f.sources : '\u3000\u3000'}${sourceLine(d)}`) : [`${f.sources}${t.common.notStated}`]),
    `${f.builtAt}${frame.builtAt ? formatDate(frame.builtAt.slice(0, 10)) : t.common.notStated}`,
    ...(frame.note ? [frame.note] : []),
    ...(frame.key?.length ? [f.key, ...frame.key] : []),
  ];
  const footerLines = raw.flatMap((l) => wrap(l, LINE_SIZE, inner));
  return {
    titleLines,
    footerLines,
    top: PAD + titleLines.length * (TITLE_SIZE + 6),
    bottom: PAD + footerLines.length * (LINE_SIZE + 5),
  };
}

/** XML 1.0 forbids most control characters; bidi controls could reorder a title. Both go. */
// eslint-disable-next-line no-control-regex
export const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** The chart's SVG inside a taller SVG with the title above and the footer below. */
export function framedSvg(chartSvg: string, width: number, height: number, frame: ExportFrame): string {
  const l = frameLayout(frame, width);
  const total = l.top + height + l.bottom;
  const text = (s: string, x: number, y: number, size: number, weight = 'normal', fill = '#222') =>
    `<text x="${x}" y="${y}" font-family="${FRAME_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeHtml(clean(s))}</text>`;
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    ...l.titleLines.map((s, i) => text(s, PAD, PAD + TITLE_SIZE + i * (TITLE_SIZE + 6) - 4, TITLE_SIZE, 'bold')),
    `<g transform="translate(0 ${l.top})">${inner}</g>`,
    ...l.footerLines.map((s, i) => text(s, PAD, l.top + height + PAD + LINE_SIZE + i * (LINE_SIZE + 5) - 4, LINE_SIZE, 'normal', '#555')),
    '</svg>',
  ].join('');
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((ok, fail) => {
    const img = new Image();
    img.onload = () => ok(img);
    img.onerror = () => fail(new Error('export: the chart image did not load'));
    img.src = src;
  });
}

/** A chart PNG (drawn at `ratio`×) inside the frame, as a PNG data URL at the same ratio. */
export async function framePng(chartPng: string, width: number, height: number, frame: ExportFrame, ratio = 2): Promise<string> {
  const l = frameLayout(frame, width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((l.top + height + l.bottom) * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, l.top + height + l.bottom);
  ctx.fillStyle = '#222';
  ctx.font = `bold ${TITLE_SIZE}px ${FRAME_FONT}`;
  l.titleLines.forEach((s, i) => ctx.fillText(s, PAD, PAD + TITLE_SIZE + i * (TITLE_SIZE + 6) - 4));
  ctx.drawImage(await loadImage(chartPng), 0, l.top, width, height);
  ctx.fillStyle = '#555';
  ctx.font = `${LINE_SIZE}px ${FRAME_FONT}`;
  l.footerLines.forEach((s, i) => ctx.fillText(s, PAD, l.top + height + PAD + LINE_SIZE + i * (LINE_SIZE + 5) - 4));
  return canvas.toDataURL('image/png');
}
