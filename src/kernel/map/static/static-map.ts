// The map's first view without ECharts: the same scene (projection, label layout, colouring,
// legend geometry) turned into plain shapes that a component draws as SVG and HTML. The map view
// shows it until the user engages with the map (pointer, touch, zoom), then ECharts takes over
// with the option built from the very same scene, so nothing moves. Pure: tested without a DOM.
import { HALO, LINE_HEIGHT, labelLines } from '../labels/layout';
import { leaderEnd, type Point } from '../labels/placement';
import type { MapScene } from '../map-model';
import { mapTitles } from '../option/build-option';
import { legendLayout, type LegendLayout } from '../option/legend';
import { noteFontSize } from '../option/layout';
import { t } from '../strings';
import { flipLabel, LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';

export interface StaticRegion {
  name: string;
  /** SVG path data in the scene's pixels. */
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  selected: boolean;
}

export interface StaticLabel {
  key: string;
  /** Centre of the label box. */
  x: number;
  y: number;
  lines: string[];
  ink: string;
  halo: string;
}

export interface StaticText {
  text: string;
  x: number;
  y: number;
  fontSize: number;
}

export interface StaticMap {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  halo: number;
  /** Regions without the selected one first, the selected one last (its outline on top). */
  regions: StaticRegion[];
  leaders: { from: Point; to: Point }[];
  labels: StaticLabel[];
  title: StaticText;
  subtitle: StaticText;
  legend: LegendLayout;
  note: StaticText & { width: number; lineHeight: number };
  colours: { leader: string; leaderHalo: string; leaderWidth: number; leaderHaloWidth: number; ink: string; muted: string; backing: string; line: string; noDataBorder: string; hoverBorder: string; stroke: number };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Rings of pixel points → SVG path data (one decimal: a tenth of a pixel). */
export function pathData(polygons: readonly (readonly (readonly Point[])[])[]): string {
  let d = '';
  for (const poly of polygons)
    for (const ring of poly) {
      if (ring.length < 3) continue;
      d += `M${r1(ring[0][0])},${r1(ring[0][1])}`;
      for (let i = 1; i < ring.length; i++) d += `L${r1(ring[i][0])},${r1(ring[i][1])}`;
      d += 'Z';
    }
  return d;
}

export function staticMap(scene: MapScene): StaticMap {
  const { input, layout, colouring } = scene;
  const tk: ChartTokens = input.tokens ?? LIGHT;
  const m = tk.map;
  const w = (px: number) => px * tk.stroke;
  const fs = layout.fontSize;
  const values = input.showValues ? colouring.value : undefined;
  const regions = input.province.regions.features.map((f, i): StaticRegion => {
    const name = f.properties.name;
    const selected = name === input.selected;
    const noData = !colouring.value.has(name);
    return {
      name,
      d: pathData(scene.projected[i]),
      fill: colouring.colour.get(name) ?? m.noData,
      stroke: selected ? m.selectedBorder : noData ? m.noDataBorder : m.border,
      strokeWidth: selected ? w(4) : w(1.2),
      dashed: noData && !selected,
      selected,
    };
  });
  regions.sort((a, b) => Number(a.selected) - Number(b.selected));
  const { title, subtitle } = mapTitles(input.province.meta.provinceName, input.state, input.mode);
  const nfs = noteFontSize(fs);
  return {
    width: layout.width,
    height: layout.height,
    fontSize: fs,
    lineHeight: Math.round(fs * LINE_HEIGHT),
    halo: HALO,
    regions,
    leaders: scene.labels.filter((l) => l.leader).map((l) => ({ from: l.anchor, to: leaderEnd(l.anchor, l.box) })),
    labels: scene.labels.map((l) => {
      const flipped = !l.leader && flipLabel(colouring.colour.get(l.key), tk);
      return {
        key: l.key,
        x: l.box.x + l.box.w / 2,
        y: l.box.y + l.box.h / 2,
        lines: labelLines(l.key, { fontSize: fs, values }),
        ink: flipped ? m.labelFlipped.ink : m.label.ink,
        halo: flipped ? m.labelFlipped.halo : m.label.halo,
      };
    }),
    title: { text: title, x: layout.title.x, y: layout.title.y, fontSize: Math.round(fs * 1.25) },
    subtitle: { text: subtitle, x: layout.title.x, y: layout.title.y + Math.round(fs * 1.6), fontSize: Math.max(13, fs - 4) },
    legend: legendLayout(layout, colouring, t.map.legendUnit[input.mode], tk),
    note: { text: scene.note, x: layout.note.x, y: layout.note.y + 4, width: layout.note.w, fontSize: nfs, lineHeight: Math.round(nfs * 1.4) },
    colours: { leader: m.leader, leaderHalo: m.leaderHalo, leaderWidth: w(1.3), leaderHaloWidth: w(4), ink: tk.ink, muted: tk.muted, backing: tk.backing, line: tk.line, noDataBorder: m.noDataBorder, hoverBorder: m.hoverBorder, stroke: tk.stroke },
  };
}
