// The briefing view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common,
// document facts, roles, 督办 status) stay in the kernel; target status words are the kernel's
// targets table (src/kernel/targets/strings.ts), the map's are the map drawing's.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';
import { t as targetWords } from '../../kernel/targets/strings';

const zhCN = {
  kicker: '简报',
  provinceTitle: (province: string) => `${province}施策简报`,
  docTitle: (title: string) => `文件简报：${title}`,
  builtOn: (date: string) => `数据构建日期：${date}`,
  pageHeader: '施策图谱 · 简报',
  print: '打印',
  preparing: '正在绘制地图…',
  backToMap: '返回地图',
  backToDoc: '返回原文',
  summary: (docs: number, tasks: number, targets: number) => `${docs} 份文件 · ${tasks} 项任务 · ${targets} 项目标`,
  statusCounts: '目标状态',
  map: '地图：提及各地区的任务数',
  noMap: '该文件未注明省份，或本省无边界数据，不绘制地图。',
  targets: '重点目标及进展',
  targetsNote: '先列逾期未报和进度滞后的目标，再按目标年份排列。状态只依据文件写明的基期值和用户录入的进展计算。',
  noTargets: '文件中没有量化目标。',
  moreTargets: (n: number) => `另有 ${n} 项目标未列出，见“目标指标”页。`,
  col: { target: '目标', value: '目标值', year: '年份', status: '状态', task: '督办', source: '出处' },
  inferred: '推定',
  inferredNote: '年份为文中未写明、据上下文推定（见出处句）。',
  latest: (value: string, date: string) => `最新：${value}（${date}）`,
  responsibility: '责任分工（牵头任务最多的部门）',
  noDepartments: '文件未列责任单位。',
  moreDepartments: (n: number) => `另有 ${n} 个部门，见“责任矩阵”页。`,
  dept: { name: '部门', lead: '牵头', support: '配合', responsible: '负责（未分角色）', total: '合计' },
  citations: '引用文件',
  citationNo: (n: number) => `[${n}]`,
  unknownProvince: (code: string) => `没有代码为“${code}”的省份，已显示默认省份的简报。`,
  noDocuments: '本省（区、市）暂无文件。',
};

export type BriefStrings = typeof zhCN;

const en: BriefStrings = {
  kicker: 'Briefing',
  provinceTitle: (province: string) => `Briefing: ${province}`,
  docTitle: (title: string) => `Document briefing: ${title}`,
  builtOn: (date: string) => `Data built on ${date}`,
  pageHeader: 'Policy Atlas · Briefing',
  print: 'Print',
  preparing: 'Drawing the map…',
  backToMap: 'Back to the map',
  backToDoc: 'Back to the document',
  summary: (docs: number, tasks: number, targets: number) => `${docs} ${docs === 1 ? 'document' : 'documents'} · ${tasks} tasks · ${targets} targets`,
  statusCounts: 'Target status',
  map: 'Map: tasks mentioning each region',
  noMap: 'The document states no province, or there are no boundaries for it: no map is drawn.',
  targets: 'Key targets and progress',
  targetsNote: 'Overdue and behind targets first, then by target year. Status is computed only from baselines the documents state and progress users entered.',
  noTargets: 'The documents state no quantified targets.',
  moreTargets: (n: number) => `${n} more targets are not listed; see the Targets page.`,
  col: { target: 'Target', value: 'Value', year: 'Year', status: 'Status', task: 'Task status', source: 'Ref.' },
  inferred: 'inferred',
  inferredNote: 'The text does not write the year; it is inferred from the context (see the cited sentence).',
  latest: (value: string, date: string) => `Latest: ${value} (${date})`,
  responsibility: 'Responsibilities (departments leading the most tasks)',
  noDepartments: 'The documents name no responsible units.',
  moreDepartments: (n: number) => `${n} more departments; see the Responsibilities page.`,
  dept: { name: 'Department', lead: 'Lead', support: 'Support', responsible: 'Responsible (no role)', total: 'Total' },
  citations: 'Documents cited',
  citationNo: (n: number) => `[${n}]`,
  unknownProvince: (code: string) => `There is no province with code “${code}”; showing the default province’s briefing.`,
  noDocuments: 'No document for this province yet.',
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.brief.… beside t.common.… */
export const t = { ...shared, targets: targetWords.targets, brief: pick<BriefStrings>(tables) };
