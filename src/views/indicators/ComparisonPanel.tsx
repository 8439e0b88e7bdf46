// Like measures across provinces. Each measure gets its own axis; targets of one topic measured
// differently are listed apart and labelled so, and each target says the area its text covers.
import { useId, useMemo } from 'react';
import EChart from './LazyChart';
import SourceLink from '../../kernel/components/SourceLink';
import ChartExportButtons from '../../kernel/components/ChartExportButtons';
import type { SourceDocument } from '../../kernel/echarts/export-frame';
import { formatTarget } from '../../kernel/lib/format';
import { t } from './strings';
import { useChartTokens } from '../../kernel/theme/chart-tokens';
import type { ChartTokens } from '../../kernel/theme/tokens';
import type { TargetEntry } from '../../kernel/targets/catalogue';
import type { Comparison } from '../../shared/schema';
import { buildComparison } from './model/comparison';
import { buildMeasureOption } from './option/comparison-option';
import { comparisonSummary } from './option/text-alternative';
import type { ComparisonMeasure } from './model/comparison';

const s = t.indicators;

/** One measure's bars; its members' list below names every figure with its scope and source, so it is the chart's description. */
function MeasureChart({ m, tokens, listId }: { m: ComparisonMeasure; tokens: ChartTokens; listId: string }) {
  const option = useMemo(() => buildMeasureOption(m, tokens), [m, tokens]);
  if (!m.members.some((x) => x.value !== null)) return null;
  return <EChart option={option} ariaLabel={comparisonSummary(m)} describedBy={listId} height={28 + 34 * m.members.length} />;
}

export default function ComparisonPanel({ entries, spec, sources, builtAt }: { entries: TargetEntry[]; spec: Comparison; sources: (SourceDocument & { id: string })[]; builtAt: string | null }) {
  const topics = useMemo(() => buildComparison(entries, spec), [entries, spec]);
  const tokens = useChartTokens();
  const idBase = useId().replace(/:/g, '');
  return (
    <section className="comparison" aria-labelledby="comparison-h" data-testid="comparison-panel">
      <h2 id="comparison-h">{s.compare}</h2>
      <p className="muted">{s.compareIntro}</p>
      {topics.length === 0 && <p className="empty-state">{s.noComparable}</p>}
      <div className="comparison-topics">
        {topics.map((topic) => (
          <article key={topic.id} className="comparison-topic" data-testid="comparison-topic">
            <h3>
              {topic.label} <span className="muted">{topic.provinces.join(' / ')}</span>
            </h3>
            {topic.measures.map((m) => (
              <div key={m.id} className="comparison-measure">
                <h4>
                  {m.label}
                  {topic.measures.length > 1 && <span className="measure-chip">{s.differentMeasure}</span>}
                </h4>
                {m.members.some((x) => x.value !== null) && (
                  <ChartExportButtons
                    label={m.label}
                    name={`comparison-${m.id}`}
                    spec={() => ({
                      option: { ...buildMeasureOption(m), tooltip: { show: false } },
                      width: 900,
                      height: 28 + 34 * m.members.length,
                      frame: { title: `${s.compare} · ${topic.label} · ${m.label}`, sources: sources.filter((d) => m.members.some((x) => x.entry.docId === d.id)), builtAt },
                    })}
                  />
                )}
                <MeasureChart m={m} tokens={tokens} listId={`cmp-${idBase}-${m.id}`} />
                <ul className="comparison-members" id={`cmp-${idBase}-${m.id}`}>
                  {m.members.map((x) => (
                    <li key={x.entry.indicator.id}>
                      <strong>{x.entry.province}</strong> {x.entry.indicator.name} {formatTarget(x.entry.indicator)}
                      {' · '}
                      {x.entry.indicator.targetYear === null ? s.yearNotStated : s.byYear(x.entry.indicator.targetYear)}
                      {' · '}
                      <span title={x.scope?.quote}>
                        {s.scope}{t.common.colon}{x.scope?.scope ?? s.scopeNotStated}
                      </span>
                      {x.value === null && <span className="muted">{t.common.paren(s.unitDiffers)}</span>}{' '}
                      <SourceLink citation={x.entry.indicator.citation} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
