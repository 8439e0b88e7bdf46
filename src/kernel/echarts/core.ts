// The shared ECharts base: the canvas renderer and the components every chart view uses (tooltip,
// aria). Chart types and the other components are registered by each view in its own module
// (use([...])), so a view's chunk carries only what it draws (the map no grid or visualMap, the
// indicators no visualMap or graphic) and ECharts stays out of the overview/reader chunk — this
// module must only be imported from lazy views and EChart.tsx. The SVG renderer is registered by
// svg-export.ts, which loads only when the user exports.
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import CanvasPainter from 'zrender/lib/canvas/Painter.js';
import { TooltipComponent, AriaComponent } from 'echarts/components';
import { echartsTheme, themeKey } from './theme';
import { LIGHT, type ChartTokens } from '../theme/tokens';

echarts.use([CanvasRenderer, TooltipComponent, AriaComponent]);

// zrender 6.1 finishes a long paint in later animation frames (CanvasPainter._paintList schedules
// itself again), but dispose() does not cancel that: the next frame reads the disposed painter and
// throws "Cannot read properties of null (reading 'layerStack')". Charts are disposed whenever a
// view unmounts (e.g. clicking a heatmap cell opens the reader), so the browser tests met it now and
// then. A disposed painter has no internal state (_i): skip the leftover frame.
type PaintList = (this: { _i: unknown }, ...args: unknown[]) => void;
const proto = (CanvasPainter as unknown as { prototype: { _paintList: PaintList } }).prototype;
const paintList = proto._paintList;
proto._paintList = function (this: { _i: unknown }, ...args: unknown[]) {
  if (!this._i) return;
  return paintList.apply(this, args);
};

export const THEME_NAME = 'atlas';

// 'atlas' is the light theme: exports (PNG/SVG on a white background) and anything not themed use it.
echarts.registerTheme(THEME_NAME, echartsTheme(LIGHT));

const registered = new Set<string>();
/** The registered ECharts theme for these tokens (registered on first use). */
export function themeFor(tokens: ChartTokens): string {
  const name = themeKey(tokens);
  if (!registered.has(name)) {
    echarts.registerTheme(name, echartsTheme(tokens));
    registered.add(name);
  }
  return name;
}

export { echarts };
