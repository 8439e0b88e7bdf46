// The presenter sequence panel's strings (zh-CN and en; the kernel's lang.ts picks one). Loaded with
// the panel only; the header's button reads t.nav.sequence from the kernel's table.
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  heading: '演示序列',
  empty: '序列为空：打开要演示的视图，点“添加当前视图”。',
  add: '添加当前视图',
  start: '开始演示',
  remove: '移除',
  up: '上移',
  clear: '清空',
  exportJson: '导出 JSON',
  importJson: '导入 JSON',
  close: '关闭',
  step: (i: number, n: number) => `第 ${i} / ${n} 步`,
  bar: (i: number, n: number) => `演示序列 ${i} / ${n} · ←/→ 切换 · Esc 退出`,
  outside: (n: number) => `不在序列中（共 ${n} 步）· → 回到第一步 · Esc 退出`,
  leave: '退出演示',
  badSeq: (why: string) => `链接中的演示序列无效（${why}），已忽略。`,
  badFile: (why: string) => `无法导入：${why}`,
  imported: (n: number) => `已导入 ${n} 步`,
};

export type PresentStrings = typeof zhCN;

const en: PresentStrings = {
  heading: 'Presenter sequence',
  empty: 'The sequence is empty: open a view to show and press “Add this view”.',
  add: 'Add this view',
  start: 'Start presenting',
  remove: 'Remove',
  up: 'Move up',
  clear: 'Clear',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  close: 'Close',
  step: (i: number, n: number) => `Step ${i} of ${n}`,
  bar: (i: number, n: number) => `Sequence ${i} / ${n} · ←/→ to step · Esc to leave`,
  outside: (n: number) => `Not in the sequence (${n} steps) · → goes to the first · Esc to leave`,
  leave: 'Leave presenter mode',
  badSeq: (why: string) => `The sequence in the link is not valid (${why}) and was ignored.`,
  badFile: (why: string) => `Cannot import: ${why}`,
  imported: (n: number) => `Imported ${n} steps`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

export const s = pick<PresentStrings>(tables);
