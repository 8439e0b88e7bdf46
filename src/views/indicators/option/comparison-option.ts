// Pure option builder for one comparison measure: one horizontal bar per target, all in the
// measure's (normalised) unit. Only called for a single measure — different measures never share
// an axis. A stated range (10-11%) is drawn as its lower end with the upper end marked.
import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from '../../../kernel/lib/escape';
import { formatPlain, formatTarget } from '../../../kernel/lib/format';
import { t } from '../strings';
import type { ComparisonMeasure, ComparisonMember } from '../model/comparison';
import { LIGHT, type ChartTokens } from '../../../kernel/theme/tokens';

export function memberLabel(m: ComparisonMember): string {
  const y = m.entry.indicator.targetYear;
  return `${m.entry.province} · ${y === null ? t.indicators.yearNotStated : t.indicators.byYear(y)}`;
}

/** The member's figure in the measure's (normalised) unit, worded as on its card: 不低于35%, 6%左右. */
export function memberFigure(m: ComparisonMember, unit: string): string {
  return formatTarget({ ...m.entry.indicator, value: m.value!, valueMax: m.valueMax, unit });
}

export function memberTooltip(m: ComparisonMember, unit: string): string {
  const i = m.entry.indicator;
  return [
    `<b>${escapeHtml(i.name)}</b>`,
    escapeHtml(memberFigure(m, unit)),
    `${escapeHtml(t.indicators.scope)}${t.common.colon}${escapeHtml(m.scope?.scope ?? t.indicators.scopeNotStated)}`,
    escapeHtml(m.entry.docTitle),
  ].join('<br/>');
}

export function buildMeasureOption(measure: ComparisonMeasure, tk: ChartTokens = LIGHT): EChartsCoreOption {
  const members = measure.members.filter((m) => m.value !== null);
  return {
    aria: { enabled: true },
    animation: false,
    // Room on the right for the value label (不低于35%); the unit is in every label, not on the axis.
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { dataIndex: number }) => memberTooltip(members[p.dataIndex], measure.unit),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPlain(v) } },
    yAxis: { type: 'category', data: members.map(memberLabel), inverse: true },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        itemStyle: { color: tk.accent },
        data: members.map((m) => m.value),
        label: {
          show: true,
          position: 'right',
          // The theme's ink on a halo of the page (ECharts' default halo is white, unreadable on dark).
          color: tk.ink,
          textBorderColor: tk.background,
          textBorderWidth: 2,
          // Canvas text, not HTML: the comparator in words and the unit, as on the card.
          formatter: (p: { dataIndex: number }) => memberFigure(members[p.dataIndex], measure.unit),
        },
      },
    ],
  };
}
