// The search view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type SearchStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

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

// Typed as SearchStrings: a key missing here fails the type check.
const en: SearchStrings = {
  label: 'Search tasks, units, places, targets',
  placeholder: 'Search (press / to focus)',
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
