// The one wrapper that owns ECharts: shared base registration, theme, notMerge by default (option
// builders return whole options), resize when the container changes size (echarts-for-react's size sensor),
// dispose on unmount (echarts-for-react does it in componentWillUnmount).
// The ESM build: lib/core is CommonJS, whose default export arrives as { default } after bundling.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { echarts, themeFor } from './core';
import { useChartTokens } from '../theme/chart-tokens';
import ErrorBoundary from '../resilience/ErrorBoundary';
import { useAfterPaint } from '../lib/use-after-paint';

export interface EChartProps {
  option: EChartsCoreOption;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- event params differ per event and component; each handler types its own.
  onEvents?: Record<string, (p: any) => void>;
  height?: number | string;
  ariaLabel: string;
  /** Id of the chart's text alternative (a ChartTable's table, or a list of the same values), read as its description. */
  describedBy?: string;
  renderer?: 'canvas' | 'svg';
  onChartReady?: (chart: ECharts) => void;
  /**
   * false merges each new option into the chart instead of rebuilding it. Only for builders whose
   * options always have the same shape: notMerge re-creates every component, and re-creating the
   * HTML tooltip reads the canvas offset, a forced layout of the whole page on each update.
   */
  notMerge?: boolean;
  /** Component types replaced (not merged) by id/index when notMerge is false, e.g. ['series']. */
  replaceMerge?: string[];
}

export default function EChart({ option, onEvents, height = 400, ariaLabel, describedBy, renderer = 'canvas', onChartReady, notMerge = true, replaceMerge }: EChartProps) {
  // A new theme re-creates the chart (echarts-for-react re-inits when `theme` changes); the view
  // rebuilds its option with the same tokens (useChartTokens in its useMemo).
  const tokens = useChartTokens();
  // The chart is drawn after the page around it has painted (use-after-paint.ts); until then its
  // box holds the chart's size, so nothing moves when the canvas arrives.
  const painted = useAfterPaint();
  return (
    // A chart that throws (a bad option, a renderer failure) says so in its own box; the view around it stays.
    <ErrorBoundary scope="chart" what={ariaLabel} resetKey={ariaLabel}>
      <div className="echart" role="img" aria-label={ariaLabel} aria-describedby={describedBy} data-chart-theme={tokens.id}>
        {painted ? (
          <ReactEChartsCore
            echarts={echarts}
            option={option}
            notMerge={notMerge}
            replaceMerge={replaceMerge}
            theme={themeFor(tokens)}
            opts={{ renderer }}
            onEvents={onEvents}
            onChartReady={onChartReady as ((c: unknown) => void) | undefined}
            style={{ height, width: '100%' }}
          />
        ) : (
          <div className="echart-pending" style={{ height, width: '100%' }} />
        )}
      </div>
    </ErrorBoundary>
  );
}
