// A place's tasks and targets as an export table (CSV and XLSX).
import { formatTarget } from '../../kernel/lib/format';
import { sourcesOf, type ExportTable } from '../../kernel/lib/export-table';
import type { CellValue } from '../../kernel/lib/spreadsheet-safe';
import type { Citation, Indicator, PolicyDocument, UnitRole } from '../../shared/schema';

type Doc = Pick<PolicyDocument, 'id' | 'title' | 'province' | 'docNumber' | 'date' | 'sha256'>;
/** The export's words are Chinese like its headers, whatever the page's language. */
const ROLE: Record<UnitRole, string> = { lead: '牵头', support: '配合', responsible: '负责' };

/** A task as the place page lists it (from the place index or a local document). */
export interface PlaceTask { id: string; title: string; citation: Pick<Citation, 'line'>; role: UnitRole | null }

export function placeTable(
  place: { code: string; name: string },
  tasks: ReadonlyArray<{ doc: Doc; task: PlaceTask }>,
  targets: ReadonlyArray<{ doc: Doc; ind: Indicator }>,
): ExportTable {
  const rows: CellValue[][] = [
    ...tasks.map(({ doc, task }): CellValue[] => [place.name, place.code, '任务', doc.province, doc.title, task.id, task.title, task.role ? ROLE[task.role] : null, null, null, null, null, task.citation.line]),
    ...targets.map(({ doc, ind }): CellValue[] => [place.name, place.code, '目标', doc.province, doc.title, ind.id, ind.name, null, formatTarget(ind), ind.value, ind.unit, ind.targetYear, ind.citation.line]),
  ];
  return {
    sheet: place.name,
    columns: [
      { header: '地区', explain: '地级区划的名称', width: 12 },
      { header: '区划代码', explain: '6 位行政区划代码（2023 年统计用区划代码）', width: 10 },
      { header: '类别', explain: '任务，或目标', width: 6 },
      { header: '省份', explain: '文件所属省份', width: 8 },
      { header: '文件', explain: '所在文件的标题', width: 40 },
      { header: '编号', explain: '任务编号，或指标编号', width: 14 },
      { header: '名称', explain: '任务标题或指标名称，按原文', width: 50 },
      { header: '本级政府', explain: '该地区的市政府在任务责任单位中的角色（牵头、配合、负责）；未列为责任单位则为空（仅任务）', width: 9 },
      { header: '目标（原文表述）', explain: '目标值连同比较词（仅目标）', width: 18 },
      { header: '目标值', explain: '数值（仅目标；未做万/亿换算）', width: 10 },
      { header: '单位', explain: '原文的单位（仅目标）', width: 8 },
      { header: '目标年份', explain: '目标针对的年份；未注明则为空', width: 9 },
      { header: '原文行号', explain: '出处在原始文件中的行号', width: 9 },
    ],
    rows,
    sources: sourcesOf([...tasks.map((x) => x.doc), ...targets.map((x) => x.doc)], [...tasks.map((x) => x.doc.id), ...targets.map((x) => x.doc.id)]),
  };
}
