// The map view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type MapStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';
import { t as drawing } from '../../kernel/map/strings';

const zhCN = {
  modeShort: { mentions: '提及任务', responsible: '负责任务', targets: '目标' },
  showMore: (n: number, left: number) => `显示更多（再 ${n} 项，共余 ${left} 项）`,
  province: '省份',
  withDocuments: '有文件的省份',
  otherProvinces: '其他省份（无文件）',
  showValues: '在图上显示数值',
  resetView: '复位',
  showOptions: '地图选项 ▾',
  hideOptions: '收起选项 ▴',
  zoomIn: '放大',
  zoomOut: '缩小',
  exportPng: '导出 PNG',
  exportSvg: '导出 SVG',
  regionList: '地区列表（方向键选择，回车打开）',
  regionValue: (name: string, v: string) => `${name}：${v}`,
  regionListOf: (mode: string) => `地区列表：${mode}（方向键选择，回车打开）`,
  chartSummary: (title: string, withValue: number, total: number, top: string) =>
    `${title}。${total} 个地区中 ${withValue} 个有数值${top ? `，最多：${top}` : ''}；各地区数值见地区列表`,
  selectRegion: '点击地图上的地区或在列表中选择，查看其任务与目标。',
  tasksMentioning: '提及该地区的任务',
  tasksResponsible: '该地区政府负责的任务',
  targets: '针对该地区的目标',
  noneListed: '无',
  departmentsNotStated: '文件未列责任单位',
  exported: '已导出',
  loadingMap: '正在加载边界…',
  unknownProvince: (code: string) => `没有代码为“${code}”的省级地图，已显示默认省份`,
  present: '演示',
  presentHint: '演示模式 · ←/→ 逐个地区 · Esc 退出',
  fullscreen: '全屏',
  leavePresent: '退出演示',
};

export type MapStrings = typeof zhCN;

// Typed as MapStrings: a key missing here fails the type check.
const en: MapStrings = {
  present: 'Present',
  presentHint: 'Presenter mode · ←/→ region by region · Esc to leave',
  fullscreen: 'Full screen',
  leavePresent: 'Leave presenter mode',
  modeShort: { mentions: 'Tasks mentioning', responsible: 'Responsible', targets: 'Targets' },
  showMore: (n: number, left: number) => `Show more (${n} of ${left} left)`,
  province: 'Province',
  withDocuments: 'Provinces with documents',
  otherProvinces: 'Other provinces (no documents)',
  showValues: 'Show values on the map',
  resetView: 'Reset',
  showOptions: 'Map options ▾',
  hideOptions: 'Hide options ▴',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  exportPng: 'Export PNG',
  exportSvg: 'Export SVG',
  regionList: 'Regions (arrow keys select, Enter opens)',
  regionListOf: (mode: string) => `Regions: ${mode} (arrow keys select, Enter opens)`,
  chartSummary: (title: string, withValue: number, total: number, top: string) =>
    `${title}. ${withValue} of ${total} regions have a value${top ? `; highest: ${top}` : ''}; every region's value is in the region list`,
  regionValue: (name: string, v: string) => `${name}: ${v}`,
  selectRegion: 'Click a region on the map or choose one in the list to see its tasks and targets.',
  tasksMentioning: 'Tasks mentioning the region',
  tasksResponsible: 'Tasks of the region’s government',
  targets: 'Targets for the region',
  noneListed: 'None',
  departmentsNotStated: 'The document names no responsible units',
  exported: 'Exported',
  loadingMap: 'Loading boundaries…',
  unknownProvince: (code: string) => `There is no provincial map with code “${code}”; showing the default province`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings, the map drawing's (src/kernel/map/strings.ts) and this view's own, read as t.map.… beside t.common.… */
export const t = { ...shared, map: { ...drawing.map, ...pick<MapStrings>(tables) } };
