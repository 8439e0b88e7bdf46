// The system colours forced-colors mode paints the page with, read from a probe element (CSS system
// colour keywords resolve to the user's palette there). The canvas charts take them through
// forcedTokens (tokens.ts). DOM edge: everything else in kernel/theme is pure.
import type { SystemColours } from './tokens';

const KEYWORDS: Record<keyof SystemColours, string> = {
  canvas: 'Canvas',
  canvasText: 'CanvasText',
  linkText: 'LinkText',
  highlight: 'Highlight',
  highlightText: 'HighlightText',
  grayText: 'GrayText',
};

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 1)" → "#010203" (null for anything else). */
export function rgbToHex(css: string): string | null {
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(css.trim());
  if (!m) return null;
  return `#${[m[1], m[2], m[3]].map((v) => Math.min(255, Number(v)).toString(16).padStart(2, '0')).join('')}`;
}

export function readSystemColours(doc: Document = document): SystemColours {
  const probe = doc.createElement('span');
  // The probe must show the keyword's own value, not a colour forced onto it.
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;forced-color-adjust:none';
  doc.body.appendChild(probe);
  try {
    const out = {} as SystemColours;
    for (const [key, keyword] of Object.entries(KEYWORDS) as [keyof SystemColours, string][]) {
      probe.style.color = keyword;
      out[key] = rgbToHex(getComputedStyle(probe).color) ?? (key === 'canvas' || key === 'highlightText' ? '#ffffff' : '#000000');
    }
    return out;
  } finally {
    probe.remove();
  }
}
