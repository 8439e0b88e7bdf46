// The department view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type DepartmentStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  notFound: (id: string) => `没有编号为“${id}”的部门`,
  kind: '单位类型',
  category: '类别',
  aliases: '文中写法',
  total: '合计',
  documents: '所在文件',
  tasks: '承担的任务',
  task: '任务',
  section: '章节',
  noTasks: '在已加载的文件中未找到此部门的任务。',
  openHeatmap: '在责任矩阵中查看',
  status: '督办状态',
  statusDetails: '录入 / 查看',
  targets: '负责的目标（按完成年份）',
  noTargets: '此部门承担的任务中没有量化目标。',
  dueBy: (y: number) => `${y}年`,
  yearNotStated: '目标年份未注明',
  overdue: '逾期未报',
  reported: '已报送进展',
  overdueCount: (n: number) => (n === 0 ? '没有逾期未报的目标。' : `${n} 项目标已过完成年份，尚无报送的数据（逾期未报）。`),
  print: '打印',
  listedFirstNote: '“名单第一位”只表示在责任单位名单中排第一，原文未写明牵头。',
  noRoles: '本文件未分牵头/配合',
  namedFirst: (n: number) => `其中 ${n} 项名列第一`,
  responsibleNamedFirst: '负责（名单第一位）',
};

export type DepartmentStrings = typeof zhCN;

// Typed as DepartmentStrings: a key missing here fails the type check.
const en: DepartmentStrings = {
  notFound: (id: string) => `There is no department with id “${id}”`,
  status: 'Follow-up status',
  statusDetails: 'Enter / view',
  targets: 'Targets it is responsible for (by due year)',
  noTargets: 'The tasks of this department carry no quantified targets.',
  dueBy: (y: number) => `${y}`,
  yearNotStated: 'Target year not stated',
  overdue: 'Overdue, no figure reported',
  reported: 'Progress reported',
  overdueCount: (n: number) => (n === 0 ? 'No target is overdue.' : `${n} ${n === 1 ? 'target is' : 'targets are'} past their year with no figure reported (overdue).`),
  print: 'Print',
  kind: 'Kind of unit',
  category: 'Category',
  aliases: 'Written in the documents as',
  total: 'Total',
  documents: 'Documents',
  tasks: 'Tasks',
  task: 'Task',
  section: 'Section',
  noTasks: 'No tasks of this department were found in the loaded documents.',
  openHeatmap: 'Show in the responsibility matrix',
  listedFirstNote: '“First in the list” only means first among the responsible units; the document does not say it leads.',
  noRoles: 'This document does not divide roles into lead and support',
  namedFirst: (n: number) => `${n} of them first in the list`,
  responsibleNamedFirst: 'responsible (first in the list)',
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.department.… beside t.common.… */
export const t = { ...shared, department: pick<DepartmentStrings>(tables) };
