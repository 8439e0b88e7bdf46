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
