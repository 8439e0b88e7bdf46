// The overview view's strings (zh-CN). Shared words (common, errors, roles, document facts, the
// department registry) stay in the kernel (src/kernel/i18n/strings.ts); an English table will be a
// second object of the type OverviewStrings.
import { t as shared } from '../../kernel/i18n/strings';

const zhCN = {
  heading: '文件总览',
  intro: '五份省级政策文件拆解为任务、责任单位、地区和量化目标，每一项都可追溯到原文句子。',
  counts: '数量',
  tasks: '任务',
  units: '责任单位',
  indicators: '量化数字',
  targets: '目标',
  achieved: '已实现数字',
  places: '地区',
  quality: '数据质量',
  tasksWithDepartments: (a: number, b: number) => `${a}/${b} 项任务注明责任单位`,
  damage: (found: number, fixed: number) => `发现乱码 ${found} 处，已校正 ${fixed} 处`,
  warnings: (n: number) => `${n} 条提示`,
  failures: '以下文件本次未能生成',
  open: {
    reader: '阅读原文',
    map: '地图',
    heatmap: '责任矩阵',
    indicators: '目标指标',
  },
};

export type OverviewStrings = typeof zhCN;

/** The kernel's shared strings plus this view's own, read as t.overview.… beside t.common.… */
export const t = { ...shared, overview: zhCN as OverviewStrings };
