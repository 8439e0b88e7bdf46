// The ECharts parts only the map draws, registered on the shared core (which has the canvas
// renderer, tooltip and aria). Imported only from this lazy view, so they stay out of other chunks.
// Imported as `register`: the name `use` reads as a React hook to the linter (and to readers).
import { use as register } from 'echarts/core';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GraphicComponent } from 'echarts/components';

register([GeoComponent, GraphicComponent, ScatterChart, LinesChart]);
