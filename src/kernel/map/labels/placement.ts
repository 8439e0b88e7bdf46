// Label placement in pixel space, computed by us rather than left to ECharts: every region is
// named and no two labels overlap. A label sits on its region's label point when its box fits
// inside the region; small regions (鄂州, 仙桃, 潜江, 天门, 阳泉 …) get an offset label joined to
// the label point by a leader line. Greedy: the labels that fit are fixed first, then the small
// regions, smallest first, each taking the cheapest free spot on rings of growing radius.
export type Point = [number, number];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelInput {
  key: string;
  /** Label size in pixels (text plus halo). */
  w: number;
  h: number;
  /** Projected label point, inside the region. */
  anchor: Point;
  /** Projected polygons of the region (rings of pixel points), for the fits-inside test. */
  polygons: Point[][][];
  /** Projected area in px², to order the small regions. */
  area: number;
}

export interface PlacedLabel {
  key: string;
  box: Box;
  anchor: Point;
  /** True when the label is offset and drawn with a leader line to its anchor. */
  leader: boolean;
}

const GAP = 3;

/**
 * A region's outline prepared for many point-in-region tests: its edges (from every ring of every
 * polygon) bucketed into horizontal strips. The even-odd test only counts edges that cross the
 * point's horizontal line, and those all sit in the point's strip — the same edges and the same
 * arithmetic as walking every ring, without walking every ring (label layout tests a region
 * hundreds of times; a province switch spent most of its layout here).
 */
export interface Shape {
  y0: number;
  /** Strip height (strips cover [y0, y0 + n·h], the last one reaching the top edge). */
  h: number;
  n: number;
  /** Per strip: its edges as xi, yi, xj, yj (ring[i], then the point before it). */
  strips: Float64Array[];
}

export function shapeOf(polygons: Point[][][]): Shape {
  let [y0, y1, edges] = [Infinity, -Infinity, 0];
  for (const polygon of polygons)
    for (const ring of polygon) {
      edges += ring.length;
      for (const [, y] of ring) {
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  const n = Number.isFinite(y1 - y0) && y1 > y0 ? Math.max(1, Math.min(256, Math.round(edges / 8))) : 1;
  const h = n > 1 ? (y1 - y0) / n : Infinity;
  const strip = (y: number) => Math.min(n - 1, Math.max(0, Math.floor((y - y0) / h)));
  // Two passes: count each strip's edges, then fill one typed array per strip.
  const eachEdge = (f: (xi: number, yi: number, xj: number, yj: number, a: number, b: number) => void) => {
    for (const polygon of polygons)
      for (const ring of polygon)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          // An edge with a NaN end never counts (its comparisons are false); it is left out.
          if (Number.isNaN(yi) || Number.isNaN(yj)) continue;
          const a = strip(Math.min(yi, yj));
          const b = strip(Math.max(yi, yj));
          f(xi, yi, xj, yj, a, b);
        }
  };
  const counts = new Int32Array(n);
  eachEdge((_xi, _yi, _xj, _yj, a, b) => {
    for (let k = a; k <= b; k++) counts[k]++;
  });
  const strips = Array.from(counts, (c) => new Float64Array(4 * c));
  const fill = new Int32Array(n);
  eachEdge((xi, yi, xj, yj, a, b) => {
    for (let k = a; k <= b; k++) {
      const e = strips[k];
      const o = fill[k];
      e[o] = xi;
      e[o + 1] = yi;
      e[o + 2] = xj;
      e[o + 3] = yj;
      fill[k] = o + 4;
    }
  });
  return { y0, h, n, strips };
}

/** Even-odd rule over every ring of every polygon (holes and islands alike), through the strips. */
export function insideShape(p: Point, shape: Shape): boolean {
  const [px, py] = p;
  if (Number.isNaN(py)) return false;
  const e = shape.strips[Math.min(shape.n - 1, Math.max(0, Math.floor((py - shape.y0) / shape.h)))];
  // No strip: a region without a single finite point.
  if (!e) return false;
  let inside = false;
  for (let k = 0; k < e.length; k += 4) {
    const xi = e[k];
    const yi = e[k + 1];
    const xj = e[k + 2];
    const yj = e[k + 3];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function centredBox(c: Point, w: number, h: number): Box {
  return { x: c[0] - w / 2, y: c[1] - h / 2, w, h };
}

function fitsInside(box: Box, shape: Shape): boolean {
  const xs = [box.x, box.x + box.w / 2, box.x + box.w];
  const ys = [box.y, box.y + box.h / 2, box.y + box.h];
  return xs.every((x) => ys.every((y) => insideShape([x, y], shape)));
}

function bboxOf(polygons: Point[][][]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function pointInBox(p: Point, b: Box, pad = 0): boolean {
  return p[0] >= b.x - pad && p[0] <= b.x + b.w + pad && p[1] >= b.y - pad && p[1] <= b.y + b.h + pad;
}

/** Where a leader line meets the label box: the point of the box nearest to the anchor. */
export function leaderEnd(anchor: Point, box: Box): Point {
  return [Math.min(Math.max(anchor[0], box.x), box.x + box.w), Math.min(Math.max(anchor[1], box.y), box.y + box.h)];
}

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) !== o(a, b, d) && o(c, d, a) !== o(c, d, b);
}

export function placeLabels(inputs: readonly LabelInput[], panel: Box): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const within = (b: Box) => b.x >= panel.x && b.y >= panel.y && b.x + b.w <= panel.x + panel.w && b.y + b.h <= panel.y + panel.h;
  const free = (b: Box) => placed.every((p) => !boxesOverlap(p.box, b, GAP));

  const shapes = new Map(inputs.map((l) => [l, shapeOf(l.polygons)]));
  const small: LabelInput[] = [];
  for (const l of inputs) {
    const box = centredBox(l.anchor, l.w, l.h);
    if (fitsInside(box, shapes.get(l)!) && within(box) && free(box)) placed.push({ key: l.key, box, anchor: l.anchor, leader: false });
    else small.push(l);
  }
  const anchors = inputs.map((l) => l.anchor);
  small.sort((a, b) => a.area - b.area);
  // An offset name should not sit on another small region (潜江's name inside 仙桃 reads as 仙桃's),
  // and reads best off the province or over a large region. Sample points of a box are tested
  // against the other regions (bounding boxes first: cheap).
  const smallKeys = new Set(small.map((l) => l.key));
  const regions = inputs.map((l) => ({ key: l.key, shape: shapes.get(l)!, bbox: bboxOf(l.polygons), small: smallKeys.has(l.key) }));
  const coverCost = (box: Box, own: string) => {
    let cost = 0;
    for (const fx of [0.15, 0.5, 0.85]) {
      for (const fy of [0.2, 0.8]) {
        const p: Point = [box.x + box.w * fx, box.y + box.h * fy];
        for (const g of regions) {
          if (g.key === own || !pointInBox(p, g.bbox) || !insideShape(p, g.shape)) continue;
          cost += g.small ? 1.5 : 0.08;
        }
      }
    }
    return cost;
  };
  for (const l of small) {
    let best: { box: Box; cost: number } | null = null;
    const unit = Math.max(l.h, 8);
    const radii = [0.6, 1.2, 2, 3, 4.5, 6.5, 9, 12, 16];
    for (const [i, r] of radii.entries()) {
      for (let k = 0; k < 24; k++) {
        const t = (k / 24) * 2 * Math.PI;
        const [dx, dy] = [Math.cos(t), Math.sin(t)];
        // Push the box out so its near edge (not its centre) is r label-heights from the anchor.
        const reach = r * unit + Math.abs(dx) * (l.w / 2) + Math.abs(dy) * (l.h / 2);
        const box = centredBox([l.anchor[0] + dx * reach, l.anchor[1] + dy * reach], l.w, l.h);
        if (!within(box) || !free(box)) continue;
        // Never hide another region's label point (its leader would start under this label).
        if (anchors.some((a) => a !== l.anchor && pointInBox(a, box, 4))) continue;
        if (pointInBox(l.anchor, box, 2)) continue;
        // Every cost is at least r: a box at this radius cannot beat one already as cheap (ties keep
        // the first), so its cover test — the expensive part — is skipped.
        if (best && best.cost <= r) continue;
        const end = leaderEnd(l.anchor, box);
        let cost = r + coverCost(box, l.key);
        for (const p of placed) {
          if (p.leader && segmentsCross(l.anchor, end, p.anchor, leaderEnd(p.anchor, p.box))) cost += 5;
        }
        if (!best || cost < best.cost) best = { box, cost };
      }
      if (best && best.cost <= (radii[i + 1] ?? Infinity)) break; // nothing further out can be cheaper
    }
    if (!best) throw new Error(`no room for the label of ${l.key}`);
    placed.push({ key: l.key, box: best.box, anchor: l.anchor, leader: true });
  }
  return placed;
}
