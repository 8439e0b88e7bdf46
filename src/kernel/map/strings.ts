// The words the shared map drawing writes into the chart itself (title, legend, tooltip, boundary
// note): used by the map view and the briefing alike, so they live with the drawing. The map view's
// own controls keep their strings in src/views/map/strings.ts.
import { pick } from '../i18n/lang';

const zhCN = {
  title: (province: string, mode: string) => `${province}：${mode}`,
  basedOn: (n: number) => `依据本省 ${n} 份文件`,
  noDocument: '本省（区、市）暂无文件——各地区均为“无数据”（不是零）',
  modes: {
    mentions: '提及该地区的任务数',
    responsible: '该地区政府为责任单位的任务数',
    targets: '针对该地区的目标数',
  },
  colourBy: '着色依据',
  legendUnit: { mentions: '项任务', responsible: '项任务', targets: '项目标' },
  noData: '无数据',
  noDataReason: { 'no-document': '本省（区、市）暂无文件', 'no-code': '该地区无区划代码，无法匹配', 'no-departments': '本省文件未列责任单位' },
  note: (boundary: string, edition: string) => `边界：${boundary} · 区划代码：${edition} · 示意图，非测绘地图`,
  mapData: (pkg: string, version: string, licence: string) => `${pkg} ${version} 地图数据（${licence}）`,
};

export type MapDrawingStrings = typeof zhCN;

const en: MapDrawingStrings = {
  title: (province: string, mode: string) => `${province}: ${mode}`,
  basedOn: (n: number) => `Based on ${n} ${n === 1 ? 'document' : 'documents'} of this province`,
  noDocument: 'No document for this province yet: every region is “no data” (not zero)',
  modes: {
    mentions: 'Tasks mentioning the region',
    responsible: 'Tasks for which the region’s government is responsible',
    targets: 'Targets for the region',
  },
  colourBy: 'Colour by',
  legendUnit: { mentions: 'tasks', responsible: 'tasks', targets: 'targets' },
  noData: 'No data',
  noDataReason: { 'no-document': 'No document for this province yet', 'no-code': 'The region has no division code to match', 'no-departments': 'This province’s documents name no responsible units' },
  note: (boundary: string, edition: string) => `Boundaries: ${boundary} · division codes: ${edition} · schematic, not a survey map`,
  mapData: (pkg: string, version: string, licence: string) => `${pkg} ${version} map data (${licence})`,
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };

/** Read as t.map.… like the view's strings. */
export const t = { map: pick<MapDrawingStrings>(tables) };
