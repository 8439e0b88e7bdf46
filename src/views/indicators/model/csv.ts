// The indicators export (CSV and XLSX from one table): exactly the rows the view shows (every row
// the filters select, drawn or not yet drawn), in its order — the cards' category order or the
// table's sort order. Headers in Chinese (the UI language), category, stage, status and pace in
// words, not codes; numbers written plain (no 万/亿 scaling) so a spreadsheet can compute with
// them; the comparator in the words the cards use (达到, 不低于, …), not symbols.
import { formatComparator, formatTarget } from '../../../kernel/lib/format';
import { sourcesOf, tableToCsv, type ExportColumn, type ExportTable } from '../../../kernel/lib/export-table';
import type { CellValue } from '../../../kernel/lib/spreadsheet-safe';
import { t } from '../strings';
import type { TargetEntry } from '../../../kernel/targets/catalogue';

/** Column ids, in order (tests and code name columns by id; the headers are Chinese). */
export const CSV_COLUMNS = [
  'province', 'document', 'indicator_id', 'category', 'name', 'stage', 'target_text', 'comparator', 'direction', 'value', 'value_max', 'unit',
  'target_year', 'baseline', 'baseline_year', 'latest', 'latest_date', 'required_per_year', 'implied_per_year',
  'pace_mode', 'status', 'responsible_units', 'source_line', 'source_quote',
] as const;
type ColumnId = (typeof CSV_COLUMNS)[number];

const COLUMNS: Record<ColumnId, ExportColumn> = {
  province: { header: '省份', explain: '文件所属省份', width: 8 },
  document: { header: '文件', explain: '目标所在文件的标题', width: 40 },
  indicator_id: { header: '指标编号', explain: '本图谱内的指标编号（文件编号:序号），可用于对照原文出处', width: 26 },
  category: { header: '类别', explain: '经审核的指标类别；“未分类”表示尚未归类', width: 14 },
  name: { header: '指标', explain: '指标名称，按原文', width: 30 },
  stage: { header: '性质', explain: '目标，或文件回顾的已实现数据', width: 12 },
  target_text: { header: '目标（原文表述）', explain: '目标值连同比较词，与卡片上的写法相同', width: 22 },
  comparator: { header: '比较词', explain: '达到、不低于、超过、控制在、左右等', width: 8 },
  direction: { header: '方向', explain: '原文写明哪一方向更好时：越高越好或越低越好；未写明则为空', width: 10 },
  value: { header: '目标值', explain: '数值（不含单位，未做万/亿换算）', width: 10 },
  value_max: { header: '目标值上限', explain: '原文写范围（如10-11%）时的上限，否则为空', width: 10 },
  unit: { header: '单位', explain: '原文的单位', width: 8 },
  target_year: { header: '目标年份', explain: '目标针对的年份；原文未注明则为空', width: 9 },
  baseline: { header: '基期值', explain: '原文写明的基期值；未写明则为空', width: 10 },
  baseline_year: { header: '基期年份', explain: '基期值的年份', width: 9 },
  latest: { header: '最新值', explain: '用户在 data/progress/ 中提供的最新进度值', width: 10 },
  latest_date: { header: '最新值日期', explain: '最新进度值的日期', width: 11 },
  required_per_year: { header: '所需年均进度', explain: '从最新值（或基期）到目标每年需要的进度', width: 12 },
  implied_per_year: { header: '至今年均进度', explain: '从基期到最新值的实际年均进度', width: 12 },
  pace_mode: { header: '进度算法', explain: '复合（增速类指标）或线性', width: 9 },
  status: { header: '状态', explain: '进度正常、进度滞后或状态未知（缺少进度或年份时）', width: 10 },
  responsible_units: { header: '责任单位', explain: '文件为该目标所在任务列出的责任单位；未列出则为空', width: 30 },
  source_line: { header: '原文行号', explain: '出处在原始文件中的行号', width: 9 },
  source_quote: { header: '原文', explain: '目标所在的原文句子', width: 60 },
};

const round = (n: number | null) => (n === null ? null : Number(n.toFixed(4)));
const direction = { up: '越高越好', down: '越低越好' } as const;
const paceMode: Record<string, string> = { compound: '复合', linear: '线性' };

export function entryRow(e: TargetEntry): CellValue[] {
  const i = e.indicator;
  const a = e.assessment;
  const last = e.progress.length > 0 ? [...e.progress].sort((x, y) => x.date.localeCompare(y.date)).at(-1)! : null;
  const s = t.indicators;
  return [
    // target_text is the figure exactly as the card writes it (控制在5.5%左右); comparator and
    // direction are its parts, for filtering.
    e.province, e.docTitle, i.id, s.categories[i.category ?? 'none'] ?? i.category, i.name, s.stage[i.stage], formatTarget(i), formatComparator(i.comparator),
    i.direction ? direction[i.direction] : null, i.value, i.valueMax, i.unit,
    i.targetYear, i.baseline?.value ?? null, i.baseline?.year ?? null, last?.value ?? null, last?.date ?? null,
    round(a.required), round(a.implied), paceMode[a.mode] ?? a.mode, s.status[a.status],
    e.units ? e.units.map((u) => u.name).join('、') : null,
    i.citation.line, i.citation.quote,
  ];
}

type SourceDoc = Parameters<typeof sourcesOf>[0] extends Iterable<infer D> ? D : never;

export function targetsTable(entries: TargetEntry[], docs: Iterable<SourceDoc> = []): ExportTable {
  return {
    sheet: t.indicators.heading,
    columns: CSV_COLUMNS.map((id) => COLUMNS[id]),
    rows: entries.map(entryRow),
    sources: sourcesOf(docs, entries.map((e) => e.docId)),
  };
}

export function toCsv(entries: TargetEntry[]): string {
  return tableToCsv(targetsTable(entries));
}

