// The reader view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type ReaderStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  presentTargets: '演示目标',
  presentTargetsTitle: '演示模式：逐个大字显示本文件的目标（←/→ 切换，Esc 退出）',
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
  anomalies: '编号异常',
  anomalyKind: { gap: '缺号', duplicate: '重号', restart: '编号重新开始', 'out-of-order': '顺序颠倒', truncated: '原文中断' } as Record<string, string>,
  anomalyLine: (n: number) => `原始第 ${n} 行`,
  leaders: '责任领导（人员，非单位）',
  truncated: '原文在此条目内中断：内容或责任单位可能不完整。',
  unreviewed: '未审核',
  unreviewedNote: '此文件的标题、发文机关、文号和日期由程序从正文读取，尚未经人工审核。',
  scope: { national: '国务院', province: '省级', city: '市级', county: '县级' } as Record<string, string>,
};

export type ReaderStrings = typeof zhCN;

// Typed as ReaderStrings: a key missing here fails the type check.
const en: ReaderStrings = {
  presentTargets: 'Present targets',
  presentTargetsTitle: 'Presenter mode: this document’s targets one at a time, large (←/→ to step, Esc to leave)',
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
  anomalies: 'Numbering anomalies',
  anomalyKind: { gap: 'gap', duplicate: 'duplicate number', restart: 'numbering restarts', 'out-of-order': 'out of order', truncated: 'text cut off' } as Record<string, string>,
  anomalyLine: (n: number) => `Source line ${n}`,
  leaders: 'Responsible leaders (people, not units)',
  truncated: 'The source text breaks off within this item: its content or responsible units may be incomplete.',
  unreviewed: 'Not reviewed',
  unreviewedNote: 'The title, issuer, document number and date of this document were read from its text by the program and have not been reviewed by a person.',
  scope: { national: 'State Council', province: 'Provincial', city: 'City', county: 'County' } as Record<string, string>,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.reader.… beside t.common.… */
export const t = { ...shared, reader: pick<ReaderStrings>(tables) };
