// The briefing draws its map with ECharts' SVG renderer (sharp on paper). The shared core has only
// the canvas renderer (the SVG one is registered with the export code), so this lazy view registers
// it for itself; without it the map silently falls back to canvas.
// Imported as `register`: the name `use` reads as a React hook to the linter (and to readers).
import { use as register } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

register([SVGRenderer]);
