// The chart types this view draws; the shared core registers renderers and components.
import { BarChart, HeatmapChart } from 'echarts/charts';
import { echarts } from '../../../kernel/echarts/core';

echarts.use([HeatmapChart, BarChart]);

export { echarts };
