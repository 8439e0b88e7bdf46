// The citation frame of a measure-history chart's export: its title and every document a point of
// it comes from (in the order the points list them), as its points carry it (from the targets
// index, never the whole manifest) — title, 文号, date, null ones printed 未注明 — plus the data's build date. Pure.
import type { ExportFrame, SourceDocument } from '../../../kernel/echarts/export-frame';
import type { MeasureHistory } from './measure-history';
import { t } from '../strings';

export function historyFrame(h: MeasureHistory, builtAt: string | null): ExportFrame {
  const seen = new Map<string, SourceDocument>();
  for (const p of h.series.flatMap((x) => x.points)) {
    const id = p.indicator.citation.docId;
    if (seen.has(id)) continue;
    seen.set(id, { title: p.docTitle, docNumber: p.docNumber, date: p.docDate });
  }
  return { title: t.indicators.historyExportTitle(h.label, h.unit), sources: [...seen.values()], builtAt };
}
