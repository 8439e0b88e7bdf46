// The 督办 status icons are drawn in charts (heatmap legend and column labels) and badges. Each must
// be a glyph of the theme's CJK font: a missing one (✕ was) sends the first draw to a fallback-font
// lookup, which was most of the first status colouring's time in bench:heatmap. Checked against the
// installed Noto Sans CJK SC with fontconfig (the browser tests' and CI's font: fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tables } from '../../../src/kernel/i18n/strings';

const hasGlyph = (ch: string) =>
  execFileSync('fc-list', [`:charset=${ch.codePointAt(0)!.toString(16)}`, 'family'], { encoding: 'utf8' })
    .split('\n')
    .some((line) => line.split(',').includes('Noto Sans CJK SC'));

describe('status icons', () => {
  it('are all in Noto Sans CJK SC (no fallback font on first draw)', () => {
    expect(hasGlyph('✕')).toBe(false); // the check itself can tell a missing glyph
    for (const table of Object.values(tables)) {
      for (const icon of Object.values(table.taskStatus.icon)) expect({ icon, inFont: hasGlyph(icon) }).toEqual({ icon, inFont: true });
    }
  });
});
