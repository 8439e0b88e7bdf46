// The reader view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type ReaderStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  outline: '目录',
  showRaw: '显示原始行',
  hideRaw: '隐藏原始行',
  rawLine: (n: number) => `原始第 ${n} 行`,
  legend: '图例',
  legendTask: '任务',
  legendUnit: '责任单位',
  legendPlace: '地区',
  legendTarget: '目标',
  legendDamage: '乱码（已校正）',
  damaged: '原文损坏',
  original: '原文',
  corrected: '校正为',
  reason: '理由',
  uncorrected: '未校正',
  details: '详情',
  noSelection: '点击正文中的高亮内容查看详情。',
  departmentsNotStated: '原文未注明责任单位',
  badTask: (id: string) => `文中没有任务“${id}”。`,
  badRange: (v: string) => `位置“${v}”超出正文范围。`,
  meta: '文件信息',
  sha: 'SHA-256',
  targetYear: '目标年份',
  baseline: '基期',
  warnings: '解析提示',
};

export type ReaderStrings = typeof zhCN;

// Typed as ReaderStrings: a key missing here fails the type check.
const en: ReaderStrings = {
  outline: 'Outline',
  showRaw: 'Show source lines',
  hideRaw: 'Hide source lines',
  rawLine: (n: number) => `Source line ${n}`,
  legend: 'Legend',
  legendTask: 'Task',
  legendUnit: 'Responsible unit',
  legendPlace: 'Place',
  legendTarget: 'Target',
  legendDamage: 'Damaged text (corrected)',
  damaged: 'Damaged source text',
  original: 'Source',
  corrected: 'Corrected to',
  reason: 'Reason',
  uncorrected: 'Not corrected',
  details: 'Details',
  noSelection: 'Click highlighted text to see its details.',
  departmentsNotStated: 'The text names no responsible units',
  badTask: (id: string) => `The text has no task “${id}”.`,
  badRange: (v: string) => `Position “${v}” is outside the text.`,
  meta: 'Document facts',
  sha: 'SHA-256',
  targetYear: 'Target year',
  baseline: 'Baseline',
  warnings: 'Parser notes',
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.reader.… beside t.common.… */
export const t = { ...shared, reader: pick<ReaderStrings>(tables) };
