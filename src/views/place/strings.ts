// The place view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type PlaceStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  heading: (name: string) => `${name}`,
  tasks: '涉及的任务',
  targets: '涉及的目标',
  unknownCode: (code: string) => `没有代码为 ${code} 的地区数据`,
  badCode: (code: string) => `“${code}”不是 6 位行政区划代码`,
  none: '没有任务提到这个地区。',
  onMap: '在地图中查看',
  asWritten: '文中写作',
  showMore: (n: number, left: number) => `显示更多（再 ${n} 项，共余 ${left} 项）`,
  exportShown: (n: number) => `导出 CSV（已显示的 ${n} 项）`,
  /** The region's own government (its city department) named on the task, with its role. */
  ownRole: (role: string) => `本级政府${role}`,
  morePartial: (file: string) => `更多项目未能加载（${file}）`,
};

export type PlaceStrings = typeof zhCN;

// Typed as PlaceStrings: a key missing here fails the type check.
const en: PlaceStrings = {
  heading: (name: string) => `${name}`,
  tasks: 'Tasks mentioning it',
  targets: 'Targets for it',
  unknownCode: (code: string) => `No data for the region with code ${code}`,
  badCode: (code: string) => `“${code}” is not a 6-digit division code`,
  none: 'No task mentions this region.',
  onMap: 'Show on the map',
  asWritten: 'Written as',
  showMore: (n: number, left: number) => `Show more (${n} of ${left} left)`,
  exportShown: (n: number) => `Export CSV (the ${n} shown)`,
  ownRole: (role: string) => `own government: ${role}`,
  morePartial: (file: string) => `More items could not be loaded (${file})`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.place.… beside t.common.… */
export const t = { ...shared, place: pick<PlaceStrings>(tables) };
