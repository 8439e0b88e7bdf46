// The heatmap view's strings (zh-CN). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type HeatmapStrings.
import { t as shared } from '../../kernel/i18n/strings';

const zhCN = {
  heading: '责任矩阵',
  document: '文件',
  matrix: '矩阵',
  perTask: '部门 × 任务',
  perSection: '部门 × 章节（计数）',
  exportCaption: (doc: string, kind: string, rows: number, cols: number) => `${doc} · 责任矩阵 ${kind} · 全部 ${rows} 个单位 × ${cols} 列`,
  exportCaptionPart: (doc: string, kind: string, rows: [number, number], cols: [number, number], allRows: number, allCols: number) =>
    `${doc} · 责任矩阵 ${kind} · 第 ${rows[0]}–${rows[1]} 个单位、第 ${cols[0]}–${cols[1]} 列（共 ${allRows} × ${allCols}，完整数据见 CSV）`,
  ordering: '排序',
  orderings: {
    workload: '按任务量',
    category: '按类别',
    name: '按名称（拼音）',
    first: '按首次出现',
    seriation: '按协同（相似聚类）',
  },
  seriationNote: '协同排序：按共同承担任务的 Jaccard 相似度做最近邻排列，再用 2-opt 优化，使经常一起出现的部门相邻。',
  section: '章节',
  allSections: '全部章节',
  category: '部门类别',
  allCategories: '全部类别',
  departmentKind: '单位类型',
  hideCollective: '隐藏集合称谓（如“相关城市人民政府”）',
  search: '筛选部门或任务',
  listedFirstNote: '本文件只列“责任单位”，未分牵头与配合；深色标记的是每项任务中列于首位的单位，并不表示牵头。',
  responsibleOther: '负责（未列首位）',
  count: '任务数',
  rowTotal: '承担任务数',
  colTotal: '涉及部门数',
  noDepartments: '本文件未注明任何责任单位，因此没有责任矩阵。',
  noMatch: '筛选后没有单位或任务。',
  cellNone: '未承担',
  sectionCell: (n: number) => `${n} 项任务`,
  export: '导出',
  exportPng: 'PNG 图片',
  exportSvg: 'SVG 图片',
  exportCsv: 'CSV 表格',
  keyboardHint: '方向键在单元格间移动，Home/End 到行首行尾，PageUp/PageDown 翻页；回车打开该任务原文（空格处打开该单位的部门页）。点击左侧单位名称可查看其全部任务。',
  leadFrame: '红框：该单位在此章节牵头至少一项任务',
  gridLabel: '责任矩阵单元格（键盘导航）',
  summary: (rows: number, cols: number, cells: number) => `${rows} 个单位 × ${cols} 列，${cells} 个非空单元格`,
  window: '滚轮或滑块可平移显示范围',
  panColumns: (a: number, b: number, n: number) => `列 ${a}–${b} / ${n}`,
  panRows: (a: number, b: number, n: number) => `行 ${a}–${b} / ${n}`,
  openDepartment: '点击单位名称查看其全部任务',
  chartLabel: (doc: string) => `${doc}的部门责任矩阵`,
};

export type HeatmapStrings = typeof zhCN;

/** The kernel's shared strings plus this view's own, read as t.heatmap.… beside t.common.… */
export const t = { ...shared, heatmap: zhCN as HeatmapStrings };
