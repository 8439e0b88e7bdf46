// Strings every layer shares (app name, navigation, common words, errors, notices, the words of
// the schema's enums, document facts, the department registry's words). Each view owns its own
// strings in src/views/<view>/strings.ts, the same shape: a zh-CN object and its type, so an
// English table is another object of that type, selected in one place, without touching components.
const zhCN = {
  app: {
    title: '施策图谱',
    subtitle: '省级政策文件任务、责任单位与目标',
    skip: '跳到正文',
  },
  nav: {
    overview: '总览',
    map: '地图',
    indicators: '目标指标',
    heatmap: '责任矩阵',
    reader: '原文',
    department: '部门',
    place: '地区',
    main: '主导航',
  },
  common: {
    notStated: '未注明',
    unknown: '未知',
    loading: '正在加载…',
    retry: '重试',
    close: '关闭',
    source: '出处',
    back: '返回',
    none: '无',
    of: (a: number, b: number) => `${a} / ${b}`,
  },
  errors: {
    title: '数据加载失败',
    file: '文件',
    reason: '原因',
    notFound: (status: number) => `文件不存在（HTTP ${status}）`,
    network: (msg: string) => `网络错误：${msg}`,
    invalidJson: (msg: string) => `不是有效的 JSON：${msg}`,
    schema: (msg: string) => `内容与数据格式不符：${msg}`,
    unknownDoc: (id: string) => `清单中没有编号为“${id}”的文件`,
  },
  notice: {
    unknownRoute: (path: string) => `没有“${path}”这个页面，已显示总览。`,
    badParam: (name: string, value: string) => `参数 ${name}=“${value}”无效，已显示默认内容。`,
    unknownDocument: (id: string) => `没有编号为“${id}”的文件，已显示默认内容。`,
    dismiss: '知道了',
  },
  empty: {
    default: '暂无内容',
    noData: '数据尚未生成：请先运行 npm run data。',
    noResults: '没有匹配的结果',
  },
  comparator: {
    '>=': '不低于',
    '<=': '控制在',
    '~': '左右',
    '>': '超过',
    '=': '达到',
  },
  role: {
    lead: '牵头',
    support: '配合',
    responsible: '负责',
  },
  kind: {
    task: '任务',
    indicator: '指标',
    project: '项目',
    reform: '改革',
    matter: '事项',
    research: '课题',
    keywork: '重点工作',
    goal: '目标',
  },
  genre: {
    'task-division': '任务分工方案',
    'action-plan': '行动计划',
    'implementation-plan': '实施方案',
    'work-report': '政府工作报告',
  },
  script: { simplified: '简体', traditional: '繁体（已转换）' },
  // Facts of a document (issuer, number, date, province) wherever a document is shown.
  facts: {
    issuer: '发文机关',
    docNumber: '文号',
    date: '日期',
    province: '省份',
  },
  // The department registry's words, used by the heatmap and the department page alike.
  registry: {
    heading: (name: string) => name,
    role: '角色',
    byRole: '按角色统计',
    listedFirst: '列于首位',
    kinds: {
      government: '省直部门',
      party: '党委机构',
      central: '中央驻地单位',
      city: '市（州）政府',
      collective: '集合称谓',
      other: '其他',
    },
    uncategorised: '未分类',
  },
  // A view or chart that failed (kernel/resilience), the update prompt (shell/pwa).
  resilience: {
    thisPage: '页面',
    searchPage: '搜索结果',
    viewFailed: (what: string) => `“${what}”无法显示`,
    chunkFailed: '这个页面的程序文件没有加载成功：网络可能已断开，或网站刚刚更新过。重新加载即可取到最新版本。',
    renderFailed: '这个页面在显示时出错了。',
    chartRenderFailed: '这个图表在显示时出错了；页面的其他部分不受影响。',
    chartFailed: (what: string) => `图表“${what}”无法显示`,
    detail: '错误信息',
    reload: '重新加载',
    back: '返回',
    offlineHint: '当前处于离线状态；联网后重新加载。',
    updateReady: '有新版本',
    updateText: '网站已更新，重新加载后使用新版本。',
    offlineReady: '已可离线使用',
    dismiss: '稍后',
  },
};

export type Strings = typeof zhCN;
export const t: Strings = zhCN;
