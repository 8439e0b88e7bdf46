// The export control of a target card: a small disclosure (keyboard and screen-reader friendly, one
// short word on the card) opening PNG and SVG buttons. On a click it loads the export code and the
// overview index (cached, small: the build date; the card's entry carries the source document's
// title, 文号 and date — never the whole manifest), then draws the card
// through the kernel's chart export (kernel/echarts/export-chart: PNG at 2×, SVG, citation frame).
import { loadOverview } from '../../kernel/data/indexes';
import { t } from './strings';
import type { TargetEntry } from '../../kernel/targets/catalogue';

/** The card's width on screen: the export is drawn at that width (PNG at 2× of it). */
const cardWidth = (el: Element) => Math.max(280, Math.round(el.closest('[data-testid="target-card"]')?.getBoundingClientRect().width ?? 480));

async function exportCard(entry: TargetEntry, kind: 'png' | 'svg', width: number): Promise<void> {
  const [overview, chart, card, option] = await Promise.all([
    loadOverview(),
    import('../../kernel/echarts/export-chart'),
    import('./model/card-export'),
    import('./option/card-export-option'),
    // The card is drawn with graphic elements, registered with this view's chart parts.
    import('./echarts-setup'),
  ]);
  const x = option.buildCardExportOption(card.cardContent(entry), width);
  await chart.exportChart(kind, { ...x, frame: card.cardFrame(entry, overview.builtAt ?? null) }, `target-${entry.indicator.id}`);
}

export default function CardExportMenu({ entry }: { entry: TargetEntry }) {
  const label = t.indicators.cardExportLabel(entry.indicator.name);
  return (
    <details className="card-export" data-testid="card-export">
      <summary aria-label={label} title={label}>{t.indicators.cardExport}</summary>
      <span className="chart-export" role="group" aria-label={label}>
        <button type="button" onClick={(e) => void exportCard(entry, 'png', cardWidth(e.currentTarget))}>{t.exportFrame.png}</button>
        <button type="button" onClick={(e) => void exportCard(entry, 'svg', cardWidth(e.currentTarget))}>{t.exportFrame.svg}</button>
      </span>
    </details>
  );
}
