// Unit normalisation for comparison: only magnitude prefixes are converted (万亿元 → 亿元 is ×10 000).
// Anything else (% vs 百分点, 公里 vs 公里/万平方公里) is a different quantity and is left alone.

const PREFIX: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
];

function split(unit: string): { factor: number; base: string } {
  for (const [p, f] of PREFIX) {
    // A prefix alone (万, 亿) is a scaled plain number; "万平方公里" is a scaled area.
    if (unit.startsWith(p)) return { factor: f, base: unit.slice(p.length) };
  }
  return { factor: 1, base: unit };
}

/** The factor that turns a figure in `from` into `to`, or null when they are different quantities. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const a = split(from);
  const b = split(to);
  if (a.base !== b.base) return null;
  return a.factor / b.factor;
}
