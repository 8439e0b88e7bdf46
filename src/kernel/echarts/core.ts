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

// Colours chosen to stay distinguishable on a washed-out projector; fonts fall back to Noto CJK.
echarts.registerTheme(THEME_NAME, {
  color: ['#1f5fa8', '#d9822b', '#2f8f5b', '#b03a48', '#6b4fa0', '#8a6d3b', '#3a8fa8', '#7a7a7a'],
  // Single quotes inside: the SVG renderer writes this into a double-quoted style attribute.
  textStyle: { fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" },
  backgroundColor: 'transparent',
});

export { echarts };
