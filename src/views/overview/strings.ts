// The overview view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type OverviewStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A count before a measure word: words up to ten, digits (with a space) beyond. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? DIGITS[n]! : `${n} `;
}

const zhCN = {
  statusHeading: '任务督办状态',
  statusNote: '按报送的督办状态统计（data/status 与本机录入）；没有报送的任务计为“未报送”，不作推测。颜色之外均有图标与文字。',
  heading: '文件总览',
  /** Counted from the manifest: 一份…十份 in words (两份 for 2), digits from 11 on. */
  intro: (n: number) => `${countWord(n)}份省级政策文件拆解为任务、责任单位、地区和量化目标，每一项都可追溯到原文句子。`,
  counts: '数量',
  tasks: '任务',
  units: '责任单位',
  indicators: '量化数字',
  targets: '目标',
  achieved: '已实现数字',
  places: '地区',
  quality: '数据质量',
  tasksWithDepartments: (a: number, b: number) => `${a}/${b} 项任务注明责任单位`,
  damage: (found: number, fixed: number) => `发现乱码 ${found} 处，已校正 ${fixed} 处`,
  warnings: (n: number) => `${n} 条提示`,
  failures: '以下文件本次未能生成',
  localHeading: '本机导入的文件',
  filters: '筛选文件',
  filterNames: { province: '省份', year: '年份', genre: '类型', scope: '层级' },
  all: '全部',
  clear: '清除筛选',
  year: (y: string) => `${y}年`,
  yearNone: '未注明年份',
  scope: { national: '国家', province: '省级', city: '市级', county: '县级', none: '未注明层级' },
  count: (shown: number, total: number, page: number, pages: number) =>
    `${shown === total ? `共 ${total} 份文件` : `${shown} / ${total} 份文件`}${pages > 1 ? `，第 ${page}/${pages} 页` : ''}`,
  noMatch: '没有符合筛选条件的文件。',
  pager: '分页',
  prev: '上一页',
  next: '下一页',
  pageOf: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
  open: {
    reader: '阅读原文',
    map: '地图',
    heatmap: '责任矩阵',
    indicators: '目标指标',
  },
};

export type OverviewStrings = typeof zhCN;

// Typed as OverviewStrings: a key missing here fails the type check.
const en: OverviewStrings = {
  statusHeading: 'Follow-up status of tasks',
  statusNote: 'Counted from reported statuses (data/status and entries on this machine); a task with none reported counts as “not reported”, never guessed. Every colour also has an icon and words.',
  heading: 'Documents',
  intro: (n: number) => `${n} policy ${n === 1 ? 'document' : 'documents'} broken down into tasks, responsible units, places and quantified targets, each traceable to the sentence it came from.`,
  counts: 'Counts',
  tasks: 'Tasks',
  units: 'Responsible units',
  indicators: 'Figures',
  targets: 'Targets',
  achieved: 'Achieved figures',
  places: 'Places',
  quality: 'Data quality',
  tasksWithDepartments: (a: number, b: number) => `${a}/${b} tasks name responsible units`,
  damage: (found: number, fixed: number) => `${found} damaged spans found, ${fixed} corrected`,
  warnings: (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`,
  failures: 'These documents could not be built this time',
  localHeading: 'Imported in this browser',
  filters: 'Filter documents',
  filterNames: { province: 'Province', year: 'Year', genre: 'Type', scope: 'Level' },
  all: 'All',
  clear: 'Clear filters',
  year: (y: string) => y,
  yearNone: 'Year not stated',
  scope: { national: 'National', province: 'Provincial', city: 'City', county: 'County', none: 'Level not stated' },
  count: (shown: number, total: number, page: number, pages: number) =>
    `${shown === total ? `${total} ${total === 1 ? 'document' : 'documents'}` : `${shown} of ${total} documents`}${pages > 1 ? `, page ${page} of ${pages}` : ''}`,
  noMatch: 'No document matches these filters.',
  pager: 'Pages',
  prev: 'Previous',
  next: 'Next',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  open: {
    reader: 'Read the text',
    map: 'Map',
    heatmap: 'Responsibility matrix',
    indicators: 'Targets',
  },
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.overview.… beside t.common.… */
export const t = { ...shared, overview: pick<OverviewStrings>(tables) };
