// The search view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type SearchStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  label: '搜索任务、单位、地区、目标',
  placeholder: '搜索（按 / 聚焦）',
  placeholderTouch: '搜索任务、单位、地区',
  groups: { task: '任务', unit: '责任单位', place: '地区', target: '目标' },
  hint: '↑↓ 选择，回车打开，Esc 关闭',
  count: (n: number) => `${n} 条结果`,
  taskCount: (n: number) => `${n} 项任务`,
  placeDetail: (code: string, n: number) => `所属地级区划 ${code} · 该区划共 ${n} 项任务`,
};

export type SearchStrings = typeof zhCN;

// Typed as SearchStrings: a key missing here fails the type check.
const en: SearchStrings = {
  label: 'Search tasks, units, places, targets',
  placeholder: 'Search (press / to focus)',
  placeholderTouch: 'Search tasks, units, places',
  groups: { task: 'Tasks', unit: 'Responsible units', place: 'Places', target: 'Targets' },
  hint: '↑↓ select, Enter opens, Esc closes',
  count: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`,
  taskCount: (n: number) => `${n} ${n === 1 ? 'task' : 'tasks'}`,
  placeDetail: (code: string, n: number) => `In prefecture ${code} · ${n} tasks there in all`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.search.… beside t.common.… */
export const t = { ...shared, search: pick<SearchStrings>(tables) };

// The search box's and results page's own strings, beside t.search (the table above).
const searchZh = {
  allResults: (q: string) => `查看“${q}”的全部结果`,
  pageHeading: '搜索',
  pageLabel: '搜索全部任务、单位、地区和目标',
  pageIntro: '按责任单位、地区、目标、任务分组；写出单位或地区名称（也可用拼音或首字母，如 fagaiwei、fgw、wuhan）时，单位和地区排在最前。',
  submit: '搜索',
  empty: '输入要找的任务、单位、地区或目标。',
  coverage: (searched: number, total: number) => `任务与目标：已搜索 ${searched} / ${total} 份文件`,
  searchMore: (n: number) => `继续搜索其余 ${n} 份文件`,
  showMore: (n: number) => `再显示 ${n} 条`,
  groupCount: (n: number) => `（${n}）`,
  loadingShards: '正在载入任务与目标索引…',
};
export type SearchPageStrings = typeof searchZh;

const searchEn: SearchPageStrings = {
  allResults: (q: string) => `See all results for “${q}”`,
  pageHeading: 'Search',
  pageLabel: 'Search all tasks, units, places and targets',
  pageIntro: 'Grouped by responsible unit, place, target and task; when you name a unit or a place (pinyin or initials work too, such as fagaiwei, fgw, wuhan), units and places come first.',
  submit: 'Search',
  empty: 'Type the task, unit, place or target you are looking for.',
  coverage: (searched: number, total: number) => `Tasks and targets: ${searched} / ${total} documents searched`,
  searchMore: (n: number) => `Search the other ${n} documents`,
  showMore: (n: number) => `Show ${n} more`,
  groupCount: (n: number) => ` (${n})`,
  loadingShards: 'Loading the task and target index…',
};

/** Both page tables, for the completeness test. */
export const pageTables = { zh: searchZh, en: searchEn };
export const searchStrings: SearchPageStrings = pick(pageTables);
