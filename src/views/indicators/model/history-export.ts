// The citation frame of a measure-history chart's export: its title and every document a point of
// it comes from (in the order the points list them), as the manifest knows it — title, 文号, date,
// null ones printed 未注明 — plus the data's build date. Pure.
import type { ExportFrame, SourceDocument } from '../../../kernel/echarts/export-frame';
import type { MeasureHistory } from './measure-history';
import { t } from '../strings';

export function historyFrame(h: MeasureHistory, documents: readonly (SourceDocument & { id: string })[], builtAt: string | null): ExportFrame {
  const seen = new Map<string, SourceDocument>();
  for (const p of h.series.flatMap((x) => x.points)) {
    const id = p.indicator.citation.docId;
    if (seen.has(id)) continue;
    const d = documents.find((x) => x.id === id);
    seen.set(id, d ? { title: d.title, docNumber: d.docNumber, date: d.date } : { title: p.docTitle, docNumber: null, date: null });
  }
  return { title: t.indicators.historyExportTitle(h.label, h.unit), sources: [...seen.values()], builtAt };
}
