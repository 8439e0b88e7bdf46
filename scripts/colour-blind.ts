// npm run check:colour-blind — every palette of every theme as seen with normal vision, protanopia
// and deuteranopia (Machado 2009): the closest adjacent pair per palette and vision, and every pair
// under the threshold. Exits 1 when any pair is under it (tests/kernel/theme/colour-blind.test.ts
// runs the same check in npm test).
import { checkPalettes, MIN_DELTA_E, type PairResult } from './colour-blind/check';

const results = checkPalettes();
const worst = new Map<string, PairResult>();
for (const r of results) {
  const k = `${r.theme} · ${r.palette} · ${r.vision}`;
  if (!worst.has(k) || worst.get(k)!.deltaE > r.deltaE) worst.set(k, r);
}
console.log(`Closest adjacent classes (CIEDE2000; threshold ${MIN_DELTA_E}):`);
for (const [k, r] of worst) console.log(`  ${k.padEnd(64)} ${r.deltaE.toFixed(1).padStart(5)}  ${r.a} ${r.colourA} / ${r.b} ${r.colourB}${r.deltaE < MIN_DELTA_E ? '  ✗' : ''}`);
const bad = results.filter((r) => r.deltaE < MIN_DELTA_E);
if (bad.length > 0) {
  console.log(`\n${bad.length} pair(s) under ${MIN_DELTA_E}:`);
  for (const r of bad) console.log(`  ${r.theme} · ${r.palette} · ${r.vision}: ${r.a} ${r.colourA} vs ${r.b} ${r.colourB} → ΔE00 ${r.deltaE.toFixed(2)}`);
  process.exit(1);
}
console.log(`\nAll ${results.length} pairs at or above ${MIN_DELTA_E}.`);
