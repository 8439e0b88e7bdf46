// The shared ECharts base: renderers and components every chart view uses. Chart types are
// registered by each view in its own module (use([...])) so ECharts stays out of the
// overview/reader chunk — this module must only be imported from lazy views and EChart.tsx.
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import {
  TooltipComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  VisualMapComponent,
  DataZoomComponent,
  GraphicComponent,
  AriaComponent,
} from 'echarts/components';

echarts.use([
  CanvasRenderer,
  SVGRenderer,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  VisualMapComponent,
  DataZoomComponent,
  GraphicComponent,
  AriaComponent,
]);

export const THEME_NAME = 'atlas';

// Colours chosen to stay distinguishable on a washed-out projector; fonts fall back to Noto CJK.
echarts.registerTheme(THEME_NAME, {
  color: ['#1f5fa8', '#d9822b', '#2f8f5b', '#b03a48', '#6b4fa0', '#8a6d3b', '#3a8fa8', '#7a7a7a'],
  // Single quotes inside: the SVG renderer writes this into a double-quoted style attribute.
  textStyle: { fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" },
  backgroundColor: 'transparent',
});

export { echarts };
