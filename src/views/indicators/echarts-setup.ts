// The chart types this view draws, registered on the shared ECharts core (the shell registers
// renderers and components). Imported only from this lazy view, so they stay out of other chunks.
import { use } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';

use([BarChart, ScatterChart]);
