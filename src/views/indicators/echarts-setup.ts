// The chart types and components this view draws, registered on the shared ECharts core (which has
// the canvas renderer, tooltip and aria). Imported only from this lazy view, so they stay out of
// other chunks. Legend: the measure history's series names. Graphic: the target cards' exports
// draw the card's lines with it (option/card-export-option.ts).
// Imported as `register`: the name `use` reads as a React hook to the linter (and to readers).
import { use as register } from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent } from 'echarts/components';

register([GraphicComponent, GridComponent, LegendComponent, BarChart, ScatterChart]);
