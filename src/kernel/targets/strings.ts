// A target's status and its reason in words (逾期未报 and the rest, src/kernel/progress/status.ts):
// shared by the indicators view and the briefing, so they sit beside the status rule.
import { pick } from '../i18n/lang';

const zhCN = {
  status: { 'on-track': '进度正常', behind: '进度滞后', overdue: '逾期未报', unknown: '状态未知' },
  reason: {
    met: '最新值已达到目标',
    'pace-enough': '按至今进度可如期达到',
    'pace-short': '按至今进度难以如期达到',
    missed: '目标年份已过，未达到目标',
    'not-a-target': '这是文件回顾的已实现数据，不是目标',
    'no-progress': '没有进度数据（可点“录入进展”录入，或在 data/progress/ 中提供）',
    'no-target-year': '目标年份未注明，无法计算进度',
    'one-point': '只有一个数据点且无基期值，无法计算进度',
    overdue: '目标年份已过，尚无报送的数据',
    'baseline-undated': '基期值未注明年份，无法计算进度',
  },
};

export type TargetStrings = typeof zhCN;

const en: TargetStrings = {
  status: { 'on-track': 'On track', behind: 'Behind', overdue: 'Overdue, no figure reported', unknown: 'Status unknown' },
  reason: {
    met: 'The latest figure meets the target',
    'pace-enough': 'At the pace so far the target is met on time',
    'pace-short': 'At the pace so far the target is not met on time',
    missed: 'The target year has passed and the target was not met',
    'not-a-target': 'This is an achieved figure the document reviews, not a target',
    'no-progress': 'No progress data (can be supplied in data/progress/)',
    'no-target-year': 'Target year not stated: no progress can be computed',
    'one-point': 'One figure and no baseline: no progress can be computed',
    overdue: 'The target year has passed and no figure has been reported',
    'baseline-undated': 'The baseline states no year: no progress can be computed',
  },
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

export const t = { targets: pick<TargetStrings>(tables) };
