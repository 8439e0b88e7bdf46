import { describe, expect, it } from 'vitest';
import { pickTheme, resolveTheme, themeParam } from '../../../src/kernel/theme/choice';
import { DARK, flipLabel, forcedTokens, LIGHT, luminance, PROJECTOR } from '../../../src/kernel/theme/tokens';

describe('theme choice', () => {
  it('a link’s ?theme= wins, then the stored choice, then auto; junk is ignored', () => {
    expect(pickTheme('dark', 'projector')).toBe('dark');
    expect(pickTheme(null, 'projector')).toBe('projector');
    expect(pickTheme('neon', 'light')).toBe('light');
    expect(pickTheme(null, 'neon')).toBe('auto');
    expect(pickTheme(null, null)).toBe('auto');
  });

  it('auto follows the system scheme; a choice does not', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('projector', true)).toBe('projector');
  });

  it('reads ?theme= from the query or from the packed file’s hash', () => {
    expect(themeParam('?a=1&theme=dark')).toBe('dark');
    expect(themeParam('', '#/map/140000?theme=projector')).toBe('projector');
    expect(themeParam('', '#/map/140000')).toBeNull();
  });
});

describe('chart tokens', () => {
  it('forced colors take the system colours and a high-contrast palette for the system background', () => {
    const black = forcedTokens({ canvas: '#000000', canvasText: '#ffffff', linkText: '#ffff00', highlight: '#1aebff', highlightText: '#000000', grayText: '#3ff23f' });
    expect(black.dark).toBe(true);
    expect(black.background).toBe('#000000');
    expect(black.map.border).toBe('#ffffff');
    expect(black.map.selectedBorder).toBe('#1aebff');
    expect(black.map.ramp).toEqual(DARK.map.ramp);
    expect(black.map.ramp).not.toEqual(LIGHT.map.ramp);
    const white = forcedTokens({ canvas: '#ffffff', canvasText: '#000000', linkText: '#00009f', highlight: '#37006e', highlightText: '#ffffff', grayText: '#600000' });
    expect(white.dark).toBe(false);
    expect(white.map.ramp).toEqual(PROJECTOR.map.ramp);
    expect(white.stroke).toBeGreaterThan(1);
  });

  it('labels flip to the other ink where the usual one loses contrast', () => {
    expect(flipLabel(LIGHT.map.ramp[5], LIGHT)).toBe(true);
    expect(flipLabel(LIGHT.map.ramp[0], LIGHT)).toBe(false);
    expect(flipLabel(DARK.map.ramp[5], DARK)).toBe(true);
    expect(flipLabel(DARK.map.ramp[0], DARK)).toBe(false);
    expect(luminance('#ffffff')).toBeCloseTo(1);
  });

  it('no theme draws the projector with thin pale greys: its ink and lines are black', () => {
    expect(PROJECTOR.ink).toBe('#000000');
    expect(PROJECTOR.line).toBe('#000000');
    expect(PROJECTOR.map.border).toBe('#000000');
    expect(PROJECTOR.stroke).toBe(2);
  });
});
