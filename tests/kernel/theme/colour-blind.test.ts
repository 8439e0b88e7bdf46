// The palettes of every theme stay apart for protanopes and deuteranopes (Machado 2009 simulation,
// CIEDE2000 between adjacent classes; threshold and reasoning in scripts/colour-blind/check.ts).
import { describe, expect, it } from 'vitest';
import { checkPalettes, MIN_DELTA_E, palettePairs } from '../../../scripts/colour-blind/check';
import { deltaE2000, lab, seenDifference, simulate } from '../../../scripts/colour-blind/cvd';
import { LIGHT } from '../../../src/kernel/theme/tokens';

describe('colour-vision simulation', () => {
  it('CIEDE2000 matches Sharma et al.’s published test pairs', () => {
    // Sharma, Wu & Dalal (2005), table 1, pairs 1, 7 and 17.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it('white stays white, and red and green collapse for a protanope and a deuteranope', () => {
    const white = lab(simulate('#ffffff', 'deuteranopia'));
    expect(white[0]).toBeCloseTo(100, 0);
    // The classic confusion pair: clearly different with normal vision, close to one colour without L or M cones.
    expect(seenDifference('#c0392b', '#6b6b00', 'normal')).toBeGreaterThan(15);
    expect(seenDifference('#c0392b', '#6b6b00', 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
    expect(seenDifference('#b03a48', '#1d5c4d', 'protanopia')).toBeLessThan(MIN_DELTA_E);
  });
});

describe('palettes of every theme', () => {
  it('covers the map classes, heatmap roles, 督办 status and series of each theme', () => {
    const palettes = new Set(palettePairs('light', LIGHT).map((p) => p.palette));
    expect([...palettes]).toEqual(['map classes', 'heatmap roles', 'heatmap status', 'heatmap sections scale', 'indicator series']);
    const themes = new Set(checkPalettes().map((r) => r.theme));
    expect([...themes]).toEqual(['light', 'dark', 'projector', 'forced (dark system)', 'forced (light system)']);
  });

  it(`no two adjacent classes come closer than ΔE00 ${MIN_DELTA_E} for normal, protan or deutan vision`, () => {
    const bad = checkPalettes()
      .filter((r) => r.deltaE < MIN_DELTA_E)
      .map((r) => `${r.theme} · ${r.palette} · ${r.vision}: ${r.a} ${r.colourA} / ${r.b} ${r.colourB} = ${r.deltaE.toFixed(2)}`);
    expect(bad).toEqual([]);
  });

  it('would catch a palette that collapses (the light heatmap’s old listed-first teal)', () => {
    const old = { ...LIGHT, heatmap: { ...LIGHT.heatmap, roles: { ...LIGHT.heatmap.roles, listedFirst: '#1d5c4d' } } };
    const bad = checkPalettes([['old', old]]).filter((r) => r.deltaE < MIN_DELTA_E);
    expect(bad.map((r) => `${r.palette} ${r.vision} ${r.a}/${r.b}`)).toEqual(['heatmap roles protanopia lead/listedFirst']);
  });
});
