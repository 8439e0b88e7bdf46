// The department view's strings (zh-CN). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type DepartmentStrings.
import { t as shared } from '../../kernel/i18n/strings';

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
  listedFirstNote: '“列于首位”只表示在责任单位名单中排第一，原文未写明牵头。',
};

export type DepartmentStrings = typeof zhCN;

/** The kernel's shared strings plus this view's own, read as t.department.… beside t.common.… */
export const t = { ...shared, department: zhCN as DepartmentStrings };
