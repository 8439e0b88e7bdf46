// The place view's strings (zh-CN). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type PlaceStrings.
import { t as shared } from '../../kernel/i18n/strings';

const zhCN = {
  heading: (name: string) => `${name}`,
  tasks: '涉及的任务',
  targets: '涉及的目标',
  unknownCode: (code: string) => `没有代码为 ${code} 的地区数据`,
  badCode: (code: string) => `“${code}”不是 6 位行政区划代码`,
  none: '没有任务提到这个地区。',
  onMap: '在地图中查看',
  asWritten: '文中写作',
};

export type PlaceStrings = typeof zhCN;

/** The kernel's shared strings plus this view's own, read as t.place.… beside t.common.… */
export const t = { ...shared, place: zhCN as PlaceStrings };
