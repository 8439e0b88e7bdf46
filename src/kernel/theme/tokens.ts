// Chart tokens: the colours and stroke widths the canvas charts draw with, one set per theme.
// The page itself is themed by CSS custom properties (src/shell/themes.css); a canvas cannot read
// those, so every option builder takes one of these objects as an argument (and stays pure).
// Names say what a colour is for, never what it looks like, so a theme can change any of them.
//
// Palettes are checked for colour-blind viewers by tests/kernel/theme/colour-blind.test.ts
// (simulated protanopia and deuteranopia, CIEDE2000 between neighbouring classes).

import type { ThemeName } from './choice';
export type { ThemeName } from './choice';

/** Heatmap cell classes (views/heatmap/option/encoding.ts), by role in a 责任单位 list. */
export interface RoleColours {
  lead: string;
  support: string;
  listedFirst: string;
  responsible: string;
}

/** 督办 status colours (task status), in the order completed → none. */
export interface StatusColours {
  completed: string;
  'on-schedule': string;
  'at-risk': string;
  behind: string;
  none: string;
}

export interface ChartTokens {
  /** Which theme these are (forced: built from the system colours of forced-colors mode). */
  id: ThemeName | 'forced';
  /** True for a dark page: the ECharts theme and label contrast follow it. */
  dark: boolean;
  background: string;
  /** Text drawn on the chart (titles, legend, axis labels). */
  ink: string;
  /** Secondary text (subtitles, the map note). */
  muted: string;
  /** Axis lines, split lines, swatch outlines. */
  line: string;
  accent: string;
  /** Box behind overlay text (title, legend, note) so a zoomed map passes under it. */
  backing: string;
  /** Multiplies stroke widths: the projector and forced themes draw thicker borders. */
  stroke: number;
  map: {
    /** Sequential classes, lowest count first (≥ 6 steps; fewer bins spread over the whole ramp). */
    ramp: readonly string[];
    /** A count of zero: its own colour, never a ramp step. */
    zero: string;
    /** No data: not a class; drawn with a dashed border. */
    noData: string;
    noDataBorder: string;
    /** Between regions. */
    border: string;
    hoverBorder: string;
    selectedBorder: string;
    /** Region names: the usual ink and halo, and the pair used on fills where the usual one loses contrast. */
    label: { ink: string; halo: string };
    labelFlipped: { ink: string; halo: string };
    /** Relative luminance at which the label flips: below it on a light theme, above it on a dark one. */
    labelFlipAt: number;
    leader: string;
    leaderHalo: string;
  };
  heatmap: {
    roles: RoleColours;
    status: StatusColours;
    /** The sections matrix's continuous scale, 1 → max. */
    sectionRamp: readonly [string, string, string];
    cellBorder: string;
    cellHover: string;
    /** Column totals (departments per task): neutral, not a class colour. */
    neutralBar: string;
    /** Fill of the "lead frame" legend swatch. */
    frameFill: string;
  };
  indicators: {
    bubble: string;
    bubbleText: string;
    /** One colour per series (province/scope) in a measure's history; also the comparison bars. */
    series: readonly string[];
    /** Fill of hollow markers (targets). */
    hollow: string;
  };
}

// Okabe & Ito (2008), the colour-blind-safe categorical set.
const OKABE_ITO = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'] as const;

export const LIGHT: ChartTokens = {
  id: 'light',
  dark: false,
  background: '#ffffff',
  ink: '#111111',
  muted: '#444444',
  line: '#8a9099',
  accent: '#1f5fa8',
  backing: 'rgba(255,255,255,0.88)',
  stroke: 1,
  map: {
    // ColorBrewer Blues (Cynthia Brewer, Apache-2.0 licensed scheme), darkened at the low end so the
    // first bin stays distinct from zero on a washed-out projector.
    ramp: ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
    // Warm beige, dark enough to stand off a white panel; no data is grey + dashed.
    zero: '#e8dfcc',
    noData: '#d0d0d0',
    noDataBorder: '#8a8a8a',
    border: '#ffffff',
    hoverBorder: '#1a1a1a',
    selectedBorder: '#d9822b',
    label: { ink: '#111111', halo: '#ffffff' },
    labelFlipped: { ink: '#ffffff', halo: '#0b2545' },
    labelFlipAt: 0.1,
    leader: '#222222',
    leaderHalo: '#ffffff',
  },
  heatmap: {
    // Red/blue/teal stay apart for the common colour-vision deficiencies and on a washed-out
    // projector; listed-first is the dark shade of the responsible hue ("same role, emphasised"),
    // dark enough that protanopes tell it from lead's red (#1d5c4d was ΔE00 1.5 from it, simulated).
    roles: { lead: '#b03a48', support: '#1f5fa8', listedFirst: '#0b3b32', responsible: '#8cc4b4' },
    status: { completed: OKABE_ITO[0], 'on-schedule': OKABE_ITO[2], 'at-risk': OKABE_ITO[4], behind: OKABE_ITO[1], none: '#d9dde3' },
    sectionRamp: ['#dcefe9', '#2f8f7b', '#123f35'],
    cellBorder: '#ffffff',
    cellHover: '#000000',
    neutralBar: '#7a7a7a',
    frameFill: '#ffffff',
  },
  indicators: { bubble: '#1f5fa8', bubbleText: '#ffffff', series: OKABE_ITO, hollow: '#ffffff' },
};

export const DARK: ChartTokens = {
  id: 'dark',
  dark: true,
  background: '#161b22',
  ink: '#e8ecf2',
  muted: '#b4bcc8',
  line: '#6e7784',
  accent: '#7ab3ef',
  backing: 'rgba(22,27,34,0.88)',
  stroke: 1,
  map: {
    // More counts, more light: on a dark page the eye reads brightness as "more". Blue hue, lightness
    // in even steps from the page's dark up to a pale sky.
    ramp: ['#1f4a78', '#245f9c', '#2f78bf', '#5096da', '#86b9ec', '#c4def8'],
    zero: '#4a3f2b',
    noData: '#2c3138',
    noDataBorder: '#8a939f',
    border: '#161b22',
    hoverBorder: '#ffffff',
    selectedBorder: '#ffb454',
    label: { ink: '#ffffff', halo: '#0d1117' },
    labelFlipped: { ink: '#0b1a2e', halo: '#ffffff' },
    labelFlipAt: 0.35,
    leader: '#e8ecf2',
    leaderHalo: '#0d1117',
  },
  heatmap: {
    roles: { lead: '#f07a87', support: '#5a9fe6', listedFirst: '#7fdcc0', responsible: '#2e6f62' },
    status: { completed: '#3a9ee0', 'on-schedule': '#18b387', 'at-risk': '#f0b43c', behind: '#f2733a', none: '#3d434c' },
    sectionRamp: ['#1e3d36', '#2f8f7b', '#a8e6d4'],
    cellBorder: '#161b22',
    cellHover: '#ffffff',
    neutralBar: '#8d96a3',
    frameFill: '#161b22',
  },
  indicators: { bubble: '#3d7fc9', bubbleText: '#ffffff', series: ['#56b4e9', '#f2733a', '#18b387', '#e08fbf', '#f0b43c', '#a9d8f5'], hollow: '#161b22' },
};

// A washed-out projector flattens pale colours into the white screen and eats thin lines: pure
// black ink, no light greys, thick black borders, and classes far apart in lightness.
export const PROJECTOR: ChartTokens = {
  id: 'projector',
  dark: false,
  background: '#ffffff',
  ink: '#000000',
  muted: '#000000',
  line: '#000000',
  accent: '#0041a8',
  backing: 'rgba(255,255,255,0.96)',
  stroke: 2,
  map: {
    // ColorBrewer YlGnBu, from its mid-light step on: no class paler than a projector can show.
    ramp: ['#a1dab4', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
    zero: '#f6e8a6',
    noData: '#ffffff',
    noDataBorder: '#000000',
    border: '#000000',
    hoverBorder: '#000000',
    selectedBorder: '#e65c00',
    label: { ink: '#000000', halo: '#ffffff' },
    labelFlipped: { ink: '#ffffff', halo: '#000000' },
    labelFlipAt: 0.12,
    leader: '#000000',
    leaderHalo: '#ffffff',
  },
  heatmap: {
    roles: { lead: '#b0002c', support: '#0041a8', listedFirst: '#003d30', responsible: '#66c2a5' },
    status: { completed: '#0060a0', 'on-schedule': '#008060', 'at-risk': '#f0a000', behind: '#c84300', none: '#ffffff' },
    sectionRamp: ['#c7e9b4', '#1d91c0', '#081d58'],
    cellBorder: '#000000',
    cellHover: '#e65c00',
    neutralBar: '#000000',
    frameFill: '#ffffff',
  },
  indicators: { bubble: '#0041a8', bubbleText: '#ffffff', series: ['#0060a0', '#c84300', '#007a5a', '#a8437a', '#e69f00', '#000000'], hollow: '#ffffff' },
};

export const THEME_TOKENS: Record<ThemeName, ChartTokens> = { light: LIGHT, dark: DARK, projector: PROJECTOR };

/** The system colours of forced-colors mode (CSS system colour keywords, resolved to #rrggbb). */
export interface SystemColours {
  canvas: string;
  canvasText: string;
  linkText: string;
  highlight: string;
  highlightText: string;
  grayText: string;
}

/** WCAG relative luminance of #rrggbb (0 for anything else). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Forced colors (Windows high contrast and the like): the page is in the user's system colours, so
 * the charts take them too — ink, background, borders and selection — and the fills come from the
 * high-contrast palette that suits the system background (the projector's on a light one, the dark
 * theme's on a dark one). The map is then never in its normal colours on a black page.
 */
export function forcedTokens(sys: SystemColours): ChartTokens {
  const darkCanvas = luminance(sys.canvas) < 0.2;
  const base = darkCanvas ? DARK : PROJECTOR;
  return {
    ...base,
    id: 'forced',
    dark: darkCanvas,
    background: sys.canvas,
    ink: sys.canvasText,
    muted: sys.canvasText,
    line: sys.canvasText,
    accent: sys.linkText,
    backing: sys.canvas,
    stroke: 2,
    map: {
      ...base.map,
      noData: sys.canvas,
      noDataBorder: sys.grayText,
      border: sys.canvasText,
      hoverBorder: sys.highlight,
      selectedBorder: sys.highlight,
      label: { ink: sys.canvasText, halo: sys.canvas },
      labelFlipped: { ink: sys.canvas, halo: sys.canvasText },
      leader: sys.canvasText,
      leaderHalo: sys.canvas,
    },
    heatmap: { ...base.heatmap, cellBorder: sys.canvas, cellHover: sys.highlight, neutralBar: sys.canvasText, frameFill: sys.canvas },
    indicators: { ...base.indicators, bubble: sys.linkText, bubbleText: sys.canvas, hollow: sys.canvas },
  };
}

/** Whether a region's name on `fill` should use the flipped ink/halo pair. */
export function flipLabel(fill: string | undefined, tokens: ChartTokens): boolean {
  if (!fill || !/^#[0-9a-f]{6}$/i.test(fill)) return false;
  const l = luminance(fill);
  return tokens.dark ? l > tokens.map.labelFlipAt : l < tokens.map.labelFlipAt;
}
