// The map view's strings (zh-CN and en; the kernel's lang.ts picks one). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type MapStrings.
import { t as shared } from '../../kernel/i18n/strings';
import { pick } from '../../kernel/i18n/lang';

const zhCN = {
  title: (province: string, mode: string) => `${province}：${mode}`,
  basedOn: (n: number) => `依据本省 ${n} 份文件`,
  noDocument: '本省（区、市）暂无文件——各地区均为“无数据”（不是零）',
  modes: {
    mentions: '提及该地区的任务数',
    responsible: '该地区政府为责任单位的任务数',
    targets: '针对该地区的目标数',
  },
  modeShort: { mentions: '提及任务', responsible: '负责任务', targets: '目标' },
  colourBy: '着色依据',
  legendUnit: { mentions: '项任务', responsible: '项任务', targets: '项目标' },
  noData: '无数据',
  showMore: (n: number, left: number) => `显示更多（再 ${n} 项，共余 ${left} 项）`,
  noDataReason: { 'no-document': '本省（区、市）暂无文件', 'no-code': '该地区无区划代码，无法匹配', 'no-departments': '本省文件未列责任单位' },
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
  selectRegion: '点击地图上的地区或在列表中选择，查看其任务与目标。',
  tasksMentioning: '提及该地区的任务',
  tasksResponsible: '该地区政府负责的任务',
  targets: '针对该地区的目标',
  noneListed: '无',
  departmentsNotStated: '文件未列责任单位',
  note: (boundary: string, edition: string) => `边界：${boundary} · 区划代码：${edition} · 示意图，非测绘地图`,
  mapData: (pkg: string, version: string, licence: string) => `${pkg} ${version} 地图数据（${licence}）`,
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
  title: (province: string, mode: string) => `${province}: ${mode}`,
  basedOn: (n: number) => `Based on ${n} ${n === 1 ? 'document' : 'documents'} of this province`,
  noDocument: 'No document for this province yet: every region is “no data” (not zero)',
  modes: {
    mentions: 'Tasks mentioning the region',
    responsible: 'Tasks for which the region’s government is responsible',
    targets: 'Targets for the region',
  },
  modeShort: { mentions: 'Tasks mentioning', responsible: 'Responsible', targets: 'Targets' },
  colourBy: 'Colour by',
  legendUnit: { mentions: 'tasks', responsible: 'tasks', targets: 'targets' },
  noData: 'No data',
  showMore: (n: number, left: number) => `Show more (${n} of ${left} left)`,
  noDataReason: { 'no-document': 'No document for this province yet', 'no-code': 'The region has no division code to match', 'no-departments': 'This province’s documents name no responsible units' },
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
  regionValue: (name: string, v: string) => `${name}: ${v}`,
  selectRegion: 'Click a region on the map or choose one in the list to see its tasks and targets.',
  tasksMentioning: 'Tasks mentioning the region',
  tasksResponsible: 'Tasks of the region’s government',
  targets: 'Targets for the region',
  noneListed: 'None',
  departmentsNotStated: 'The document names no responsible units',
  note: (boundary: string, edition: string) => `Boundaries: ${boundary} · division codes: ${edition} · schematic, not a survey map`,
  mapData: (pkg: string, version: string, licence: string) => `${pkg} ${version} map data (${licence})`,
  exported: 'Exported',
  loadingMap: 'Loading boundaries…',
  unknownProvince: (code: string) => `There is no provincial map with code “${code}”; showing the default province`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** The kernel's shared strings plus this view's own, read as t.map.… beside t.common.… */
export const t = { ...shared, map: pick<MapStrings>(tables) };
