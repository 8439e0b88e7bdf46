// The search view's strings (zh-CN). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type SearchStrings.
import { t as shared } from '../../kernel/i18n/strings';

const zhCN = {
  label: '搜索任务、单位、地区、目标',
  placeholder: '搜索（按 / 聚焦）',
  groups: { task: '任务', unit: '责任单位', place: '地区', target: '目标' },
  hint: '↑↓ 选择，回车打开，Esc 关闭',
  count: (n: number) => `${n} 条结果`,
  taskCount: (n: number) => `${n} 项任务`,
  placeDetail: (code: string, n: number) => `所属地级区划 ${code} · 该区划共 ${n} 项任务`,
};

export type SearchStrings = typeof zhCN;

/** The kernel's shared strings plus this view's own, read as t.search.… beside t.common.… */
export const t = { ...shared, search: zhCN as SearchStrings };

// The search box's and results page's own strings (zh-CN), beside t.search (the table above).
export const searchStrings = {
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
