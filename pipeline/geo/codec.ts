// ECharts' compressed boundary format ("UTF8Encoding", echarts ≤ 4): each ring is a string of
// zigzag-encoded deltas, two UTF-16 code units per point, offset by 64, quantised at `scale` units
// per degree. We keep this form on disk because it is ~3× smaller than GeoJSON even after gzip,
// and the browser decodes it in a few milliseconds (src/views/map/geo/decode.ts).
// The pipeline needs both directions: decode to compute label points and fix ring orientation,
// encode to write rings back (and to compress the few package files shipped uncompressed).

export type Position = [number, number];

/** Quantisation used by the whole echarts 4.9 map package. */
export const DEFAULT_SCALE = 1024;

export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX = x += prevX;
    prevY = y += prevY;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

/** Inverse of decodeRing; coordinates are rounded to the quantisation grid. */
export function encodeRing(ring: readonly Position[], scale: number): { encoded: string; offset: [number, number] } {
  if (ring.length === 0) throw new Error('cannot encode an empty ring');
  const q = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0][0], q[0][1]];
  let prevX = offset[0];
  let prevY = offset[1];
  let out = '';
  for (const [x, y] of q) {
    const dx = zigzag(x - prevX) + 64;
    const dy = zigzag(y - prevY) + 64;
    // Code units must stay below the surrogate range or JSON round trips could mangle them.
    if (dx >= 0xd800 || dy >= 0xd800) throw new Error(`delta too large to encode at [${x / scale}, ${y / scale}]`);
    out += String.fromCharCode(dx, dy);
    prevX = x;
    prevY = y;
  }
  return { encoded: out, offset };
}
