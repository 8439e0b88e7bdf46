// Charts on paper. ECharts draws on a canvas the size of the screen's chart box, and several of
// our options are laid out in pixels for that box (the map's projection and label placement, the
// heatmap's window of cells) — re-rendering at the paper's width would need the views to rebuild
// their options, which printing does not wait for. Instead, just before printing, each chart box
// is pinned at its screen size and scaled down (CSS zoom) to fit the printable width of its page:
// the whole chart, legend and map note included, prints, nothing is cut at the right edge.
// Afterwards everything is put back. Both Ctrl+P and page.pdf() fire beforeprint/afterprint.
const MM = 96 / 25.4;
/** Printable width of the pages in print.css: A4 portrait with 12 mm margins, landscape with 10 mm. */
export const PRINT_WIDTH = { portrait: (210 - 24) * MM, landscape: (297 - 20) * MM };
/** The map shares its landscape page with its heading: at most this tall. */
const MAP_MAX_HEIGHT = 150 * MM;

/** Scale factor (≤ 1) for a chart of w × h px on the given page. Pure, for the tests. */
export function printScale(w: number, h: number, page: 'portrait' | 'landscape', maxHeight = Infinity, inset = 0): number {
  if (w <= 0 || h <= 0) return 1;
  return Math.min(1, (PRINT_WIDTH[page] - inset) / w, maxHeight / h);
}

const PINNED = 'data-print-zoom';

/** The page area's own padding, which print.css removes. */
function mainPadding(el: HTMLElement): number {
  const main = el.closest('main');
  return main ? parseFloat(getComputedStyle(main).paddingLeft) || 0 : 0;
}

function pin(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.echart')) {
    // A page laid out for paper already (the briefing draws its map at the printable width) keeps its size.
    if (el.hasAttribute(PINNED) || el.closest('[data-print-as-is]')) continue;
    // The drawn size (ECharts' own box), which may lag the wrapper's when the window just changed.
    const { width, height } = (el.firstElementChild ?? el).getBoundingClientRect();
    const wide = el.closest('.map-view, .heatmap-view') !== null;
    // Padding and borders of the boxes around the chart (a panel's) stay on paper too.
    const main = el.closest('main')?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const inset = main ? Math.max(0, box.left - main.left - mainPadding(el)) + Math.max(0, main.right - box.right - mainPadding(el)) : 0;
    const scale = printScale(width, height, wide ? 'landscape' : 'portrait', el.closest('.map-canvas') ? MAP_MAX_HEIGHT : Infinity, inset);
    el.setAttribute(PINNED, el.getAttribute('style') ?? '');
    // Pinned in px: the paper's narrower box must not resize the chart (its size sensor would
    // re-render it, and the map would re-project) — only the zoom changes what it occupies.
    el.style.width = `${width}px`;
    el.style.height = `${height}px`;
    el.style.zoom = String(Math.floor(scale * 1000) / 1000);
  }
}

function unpin(): void {
  for (const el of document.querySelectorAll<HTMLElement>(`.echart[${PINNED}]`)) {
    const style = el.getAttribute(PINNED)!;
    if (style) el.setAttribute('style', style);
    else el.removeAttribute('style');
    el.removeAttribute(PINNED);
  }
}

let installed = false;
export function fitChartsForPrint(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', pin);
  window.addEventListener('afterprint', unpin);
}
