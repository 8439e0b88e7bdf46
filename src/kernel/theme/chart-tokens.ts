// The chart tokens of the live theme (theme-store.ts): the theme's own, the system colours' in
// forced-colors mode, the light theme's while printing. Imported by chart code only, so the token
// tables load with the first chart, not with the first view.
import { getThemeState, useThemeState, type ThemeState } from './theme-store';
import { forcedTokens, THEME_TOKENS, type ChartTokens } from './tokens';
import { readSystemColours } from './system-colours';

let forced: { for: ThemeState; tokens: ChartTokens } | null = null;

/** Pure but for the forced-colors case, which reads the system colours once per state. */
export function tokensFor(s: ThemeState): ChartTokens {
  if (s.printing) return THEME_TOKENS.light;
  if (!s.forced || typeof document === 'undefined') return THEME_TOKENS[s.name];
  // One object per state: a stable identity for useMemo dependencies and the ECharts theme.
  if (forced?.for !== s) forced = { for: s, tokens: forcedTokens(readSystemColours()) };
  return forced.tokens;
}

export function currentChartTokens(): ChartTokens {
  return tokensFor(getThemeState());
}

/** The chart tokens to hand an option builder (and to list in its useMemo dependencies). */
export function useChartTokens(): ChartTokens {
  return tokensFor(useThemeState());
}
