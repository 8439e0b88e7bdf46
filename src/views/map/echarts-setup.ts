// The ECharts parts only the map draws, registered on the shared core (which has the renderers,
// tooltip and graphic). Imported only from this lazy view, so they stay out of other chunks.
import { use } from 'echarts/core';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';

use([GeoComponent, ScatterChart, LinesChart]);
