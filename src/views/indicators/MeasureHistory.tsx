// Measures across plans: for each like-measure rule, all targets and achieved figures over time in
// one chart, and the same points listed with their source links (each point cited to its sentence;
// a click on a point opens it in the reader).
import { useId, useMemo } from 'react';
import { useLocation } from 'wouter';
import EChart from './LazyChart';
import ChartExportButtons from '../../kernel/components/ChartExportButtons';
import { loadOverview } from '../../kernel/data/indexes';
import { historyFrame } from './model/history-export';
import InferredYear from '../../kernel/components/InferredYear';
import SourceLink, { sourceHref } from '../../kernel/components/SourceLink';
import { formatTarget } from '../../kernel/lib/format';
import type { Comparison } from '../../shared/schema';
import { useChartTokens } from '../../kernel/theme/chart-tokens';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import { measureHistories, type MeasureHistory as History } from './model/measure-history';
import { buildHistoryOption } from './option/history-option';
import { historySummary } from './option/text-alternative';
import { t } from './strings';

const s = t.indicators;
// The on-screen chart fills the column; the export has one fixed width, like the timeline's.
const HISTORY_EXPORT_WIDTH = 900;

function HistoryChart({ h }: { h: History }) {
  const [, navigate] = useLocation();
  const tokens = useChartTokens();
  const built = useMemo(() => buildHistoryOption(h, tokens), [h, tokens]);
  const listId = `history-${useId().replace(/:/g, '')}`;
  const onEvents = useMemo(
    () => ({
      click: (p: { seriesIndex: number; dataIndex: number }) => {
        const pt = built.points[p.seriesIndex]?.[p.dataIndex];
        if (pt) navigate(sourceHref(pt.indicator.citation, pt.indicator.taskId));
      },
    }),
    [built, navigate],
  );
  return (
    <article className="measure-history" data-testid="measure-history" data-measure={h.id}>
      <div className="chart-head">
        <h4>{h.label}（{h.unit}）</h4>
        <ChartExportButtons
          label={s.historyLabel(h.label)}
          name={`history-${h.id}`}
          spec={async () => {
            // The build date from the overview index (small, loaded at start); the points carry their documents' facts.
            const o = await loadOverview();
            return { option: { ...built.option, tooltip: { show: false } }, width: HISTORY_EXPORT_WIDTH, height: 220, frame: historyFrame(h, o.builtAt ?? null) };
          }}
        />
      </div>
      <EChart option={built.option} onEvents={onEvents} height={220} ariaLabel={historySummary(h)} describedBy={listId} />
      <ul className="history-points" id={listId}>
        {h.series.flatMap((x) =>
          x.points.map((p) => (
            <li key={p.indicator.id} data-testid="history-point">
              {x.label} · {p.year}年<InferredYear basis={p.indicator.yearBasis} citation={p.indicator.yearCitation} /> ·{' '}
              {p.stage === 'target' ? s.historyTarget : s.historyAchieved}：{formatTarget(p.indicator)} <SourceLink citation={p.indicator.citation} taskId={p.indicator.taskId} />
            </li>
          )),
        )}
      </ul>
      <p className="muted">{h.reason}{h.left > 0 ? ` ${s.historyLeft(h.left)}` : ''}</p>
    </article>
  );
}

export default function MeasureHistory({ entries, spec }: { entries: TargetEntry[]; spec: Comparison }) {
  const histories = useMemo(() => measureHistories(entries, spec), [entries, spec]);
  if (histories.length === 0) return null;
  return (
    <section className="measure-histories" aria-labelledby="history-h" data-testid="measure-histories">
      <h3 id="history-h">{s.history}</h3>
      <p className="muted">{s.historyIntro}</p>
      {histories.map((h) => <HistoryChart key={h.id} h={h} />)}
    </section>
  );
}
