// The heatmap view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type HeatmapStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  status: '督办状态',
  colourBy: '着色',
  colourRole: '按角色',
  colourStatus: '按督办状态',
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

// Typed as HeatmapStrings: a key missing here fails the type check.
const en: HeatmapStrings = {
  status: 'Follow-up status',
  colourBy: 'Colour',
  colourRole: 'By role',
  colourStatus: 'By follow-up status',
  heading: 'Responsibility matrix',
  document: 'Document',
  matrix: 'Matrix',
  perTask: 'Department × task',
  perSection: 'Department × section (counts)',
  exportCaption: (doc: string, kind: string, rows: number, cols: number) => `${doc} · responsibility matrix ${kind} · all ${rows} units × ${cols} columns`,
  exportCaptionPart: (doc: string, kind: string, rows: [number, number], cols: [number, number], allRows: number, allCols: number) =>
    `${doc} · responsibility matrix ${kind} · units ${rows[0]}–${rows[1]}, columns ${cols[0]}–${cols[1]} (of ${allRows} × ${allCols}; the CSV has all data)`,
  ordering: 'Order',
  orderings: {
    workload: 'By workload',
    category: 'By category',
    name: 'By name (pinyin)',
    first: 'By first appearance',
    seriation: 'By co-working (similarity)',
  },
  seriationNote: 'Co-working order: nearest-neighbour ordering by the Jaccard similarity of shared tasks, improved by 2-opt, so that departments that often work together sit side by side.',
  section: 'Section',
  allSections: 'All sections',
  category: 'Department category',
  allCategories: 'All categories',
  departmentKind: 'Kind of unit',
  hideCollective: 'Hide collective terms (such as “the city governments concerned”)',
  search: 'Filter departments or tasks',
  listedFirstNote: 'This document only lists “responsible units” and does not say who leads or supports; the dark mark is the unit named first for each task, which does not mean it leads.',
  responsibleOther: 'Responsible (not named first)',
  count: 'Tasks',
  rowTotal: 'Tasks carried',
  colTotal: 'Departments involved',
  noDepartments: 'This document names no responsible units, so there is no responsibility matrix.',
  noMatch: 'No units or tasks match the filters.',
  cellNone: 'Not involved',
  sectionCell: (n: number) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
  export: 'Export',
  exportPng: 'PNG image',
  exportSvg: 'SVG image',
  exportCsv: 'CSV table',
  keyboardHint: 'Arrow keys move between cells, Home/End to the row ends, PageUp/PageDown by page; Enter opens the task’s source text (on a unit name: its department page). Click a unit name on the left to see all its tasks.',
  leadFrame: 'Red frame: the unit leads at least one task in this section',
  gridLabel: 'Responsibility matrix cells (keyboard navigation)',
  summary: (rows: number, cols: number, cells: number) => `${rows} units × ${cols} columns, ${cells} non-empty cells`,
  window: 'Scroll or drag the sliders to pan',
  panColumns: (a: number, b: number, n: number) => `Columns ${a}–${b} / ${n}`,
  panRows: (a: number, b: number, n: number) => `Rows ${a}–${b} / ${n}`,
  openDepartment: 'Click a unit name to see all its tasks',
  chartLabel: (doc: string) => `Department responsibility matrix of ${doc}`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.heatmap.… beside t.common.… */
export const t = { ...shared, heatmap: pick<HeatmapStrings>(tables) };
