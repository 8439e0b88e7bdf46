import { memo, useMemo, useState } from 'react';
import EChart from './LazyChart';
import EmptyState from '../../kernel/components/EmptyState';
import ChartExportButtons from '../../kernel/components/ChartExportButtons';
import type { SourceDocument } from '../../kernel/echarts/export-frame';
import { t } from './strings';
import { useChartTokens } from '../../kernel/theme/chart-tokens';
import { LIGHT } from '../../kernel/theme/tokens';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import { buildTimelineOption, timelineCells, timelineRows, type TimelineDoc } from './option/timeline-option';
import { timelineSummary, timelineTextTable } from './option/text-alternative';
import ChartTable from '../../kernel/components/ChartTable';

// The rows keep their number whatever the filters (timelineRows: every document, or beyond a
// dozen the first dozen, dated ones first): the chart's size then never changes on a filter or
// province change (a resize forces a layout of the whole page, the costliest part of a repaint).
// When no target the filters leave has a stated year, the shared empty state says so instead of
// blank axes. The chart, its table and its exports show the same rows.
function TimelineChart({ entries, docs: allDocs, sources, builtAt }: { entries: TargetEntry[]; docs: TimelineDoc[]; sources: SourceDocument[]; builtAt: string | null }) {
  const tokens = useChartTokens();
  const [everyRow, setEveryRow] = useState(false);
  const { rows: docs, hidden } = useMemo(() => (everyRow ? { rows: allDocs, hidden: 0 } : timelineRows(entries, allDocs)), [everyRow, entries, allDocs]);
  const option = useMemo(() => buildTimelineOption(entries, docs, tokens), [entries, docs, tokens]);
  const undated = useMemo(() => timelineCells(entries, allDocs).undated, [entries, allDocs]);
  const summary = useMemo(() => timelineSummary(entries, docs), [entries, docs]);
  const table = useMemo(() => timelineTextTable(entries, docs), [entries, docs]);
  const limited = everyRow || docs.length < allDocs.length;
  return (
    <section className="timeline" aria-labelledby="timeline-h" data-testid="timeline">
      <div className="chart-head">
        <h2 id="timeline-h">{t.indicators.timeline}</h2>
        {option && (
          <ChartExportButtons
            label={t.indicators.timeline}
            name="timeline"
            spec={() => ({ option: { ...buildTimelineOption(entries, docs, LIGHT), tooltip: { show: false } }, width: 1100, height: Math.max(140, 60 + docs.length * 44), frame: { title: t.indicators.timelineLabel, sources, builtAt } })}
          />
        )}
        {/* In the heading row, beside the exports: closed, it adds no height above the cards (whose
            "show more" end is watched by an IntersectionObserver); open, the table takes its own row. */}
        {option && <ChartTable id="timeline-table" table={table} />}
      </div>
      {option ? (
        /* Merged, not rebuilt: the option's shape never changes (same axes, one series), and a
           rebuild re-creates the HTML tooltip, which forces a layout of the whole page. */
        <EChart option={option} notMerge={false} ariaLabel={summary ?? t.indicators.timelineLabel} describedBy="timeline-table" height={Math.max(140, 60 + docs.length * 44)} />
      ) : (
        <EmptyState message={t.indicators.timelineEmpty} />
      )}
      {undated > 0 && <p className="muted">{t.indicators.timelineNone(undated)}</p>}
      {limited && (
        <p className="muted timeline-rows">
          {hidden > 0 && `${t.indicators.timelineHidden(hidden)} `}
          <button type="button" onClick={() => setEveryRow(!everyRow)} data-testid="timeline-all-rows">
            {everyRow ? t.indicators.timelineFewerRows : t.indicators.timelineAllRows(allDocs.length)}
          </button>
        </p>
      )}
    </section>
  );
}

export default memo(TimelineChart);
