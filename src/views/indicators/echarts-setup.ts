// The chart types this view draws, registered on the shared ECharts core (the shell registers
// renderers and components). Imported only from this lazy view, so they stay out of other chunks.
// Imported as `register`: the name `use` reads as a React hook to the linter (and to readers).
import { use as register } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';

register([BarChart, ScatterChart]);
