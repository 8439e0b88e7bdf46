// The one wrapper that owns ECharts: shared base registration, theme, notMerge (option builders
// return whole options), resize when the container changes size (echarts-for-react's size sensor),
// dispose on unmount (echarts-for-react does it in componentWillUnmount).
// The ESM build: lib/core is CommonJS, whose default export arrives as { default } after bundling.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { echarts, THEME_NAME } from '../echarts/core';

export interface EChartProps {
  option: EChartsCoreOption;
  onEvents?: Record<string, (p: any) => void>;
  height?: number | string;
  ariaLabel: string;
  renderer?: 'canvas' | 'svg';
  onChartReady?: (chart: ECharts) => void;
}

export default function EChart({ option, onEvents, height = 400, ariaLabel, renderer = 'canvas', onChartReady }: EChartProps) {
  return (
    <div className="echart" role="img" aria-label={ariaLabel}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        theme={THEME_NAME}
        opts={{ renderer }}
        onEvents={onEvents}
        onChartReady={onChartReady as ((c: unknown) => void) | undefined}
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
