// A chart of this view whose ECharts code loads on its own: the heading, introduction, filters and
// cards render (and paint) without waiting for it, and its box holds the chart's height meanwhile,
// so nothing moves when it arrives. A chunk that fails to load says so in the chart's box.
import { Suspense } from 'react';
import type { EChartProps } from '../../kernel/echarts/EChart';
import ErrorBoundary from '../../kernel/resilience/ErrorBoundary';
import { retryableLazy } from '../../kernel/resilience/lazy-view';

const Chart = retryableLazy<EChartProps>(() => import('./IndicatorsEChart'));

export default function LazyChart(props: EChartProps) {
  const height = props.height ?? 400;
  return (
    <ErrorBoundary scope="chart" what={props.ariaLabel} resetKey={props.ariaLabel}>
      <Suspense
        fallback={
          <div className="echart" aria-busy="true">
            <div className="echart-pending" style={{ height, width: '100%' }} />
          </div>
        }
      >
        <Chart {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
