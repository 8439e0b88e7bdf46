// The chart types and components this view draws; the shared core registers the canvas renderer,
// tooltip and aria. Only the continuous and piecewise legends (visualMap), no other ECharts part.
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, VisualMapContinuousComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from '../../../kernel/echarts/core';

echarts.use([GridComponent, GraphicComponent, VisualMapContinuousComponent, VisualMapPiecewiseComponent, HeatmapChart, BarChart]);

export { echarts };
