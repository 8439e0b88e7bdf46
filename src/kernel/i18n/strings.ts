// Strings every layer shares (app name, navigation, common words, errors, notices, the words of
// the schema's enums, document facts, the department registry's words). Each view owns its own
// strings in src/views/<view>/strings.ts, the same shape: a zh-CN object and its type, so an
// English table is another object of that type, selected in one place (lang.ts), without touching
// components. `en` is typed as `Strings`, so a key missing from it fails the type check; the runtime
// test (tests/kernel/i18n/tables.test.ts) fails on a key missing from either side.
import { pick } from './lang';

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
    inYear: (y: number) => `（${y}年）`,
    inCount: (n: number) => `（${n}）`,
    national: '全国',
    provinceNotStated: '未注明省份',
    department: '部门',
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
    // Functional categories are written in Chinese in data/dict/departments.json; in Chinese they
    // are shown as written (an empty table), in English by this table (categoryLabel()).
    categories: {} as Record<string, string>,
  },
  lang: {
    switchTo: 'English',
    switchLabel: '切换到英文界面（文件内容仍为中文）',
  },
  share: {
    button: '分享',
    label: '分享本页链接',
    copied: '链接已复制',
    shared: '已分享',
    failed: '无法复制，请手动复制地址栏中的链接',
  },
};

export type Strings = typeof zhCN;

const en: Strings = {
  app: {
    title: 'Policy Atlas',
    subtitle: 'Tasks, responsible units and targets of provincial policy documents',
    skip: 'Skip to content',
  },
  nav: {
    overview: 'Overview',
    map: 'Map',
    indicators: 'Targets',
    heatmap: 'Responsibility matrix',
    reader: 'Source text',
    department: 'Department',
    place: 'Place',
    main: 'Main navigation',
  },
  common: {
    notStated: 'not stated',
    unknown: 'unknown',
    loading: 'Loading…',
    retry: 'Retry',
    close: 'Close',
    source: 'Source',
    back: 'Back',
    none: 'none',
    of: (a: number, b: number) => `${a} / ${b}`,
    inYear: (y: number) => ` (${y})`,
    inCount: (n: number) => ` (${n})`,
    national: 'National',
    provinceNotStated: 'Province not stated',
    department: 'Department',
  },
  errors: {
    title: 'Data failed to load',
    file: 'File',
    reason: 'Reason',
    notFound: (status: number) => `File not found (HTTP ${status})`,
    network: (msg: string) => `Network error: ${msg}`,
    invalidJson: (msg: string) => `Not valid JSON: ${msg}`,
    schema: (msg: string) => `Content does not match the data format: ${msg}`,
    unknownDoc: (id: string) => `The list has no document with id “${id}”`,
  },
  notice: {
    unknownRoute: (path: string) => `There is no page “${path}”; showing the overview.`,
    badParam: (name: string, value: string) => `Parameter ${name}=“${value}” is not valid; showing the default.`,
    unknownDocument: (id: string) => `There is no document with id “${id}”; showing the default.`,
    dismiss: 'OK',
  },
  empty: {
    default: 'Nothing here yet',
    noData: 'The data has not been built: run npm run data first.',
    noResults: 'No matching results',
  },
  comparator: {
    '>=': 'at least',
    '<=': 'at most',
    '~': 'about',
    '>': 'more than',
    '=': '',
  },
  role: {
    lead: 'lead',
    support: 'support',
    responsible: 'responsible',
  },
  kind: {
    task: 'task',
    indicator: 'indicator',
    project: 'project',
    reform: 'reform',
    matter: 'matter',
    research: 'research topic',
    keywork: 'key work',
    goal: 'goal',
  },
  genre: {
    'task-division': 'Division of tasks',
    'action-plan': 'Action plan',
    'implementation-plan': 'Implementation plan',
    'work-report': 'Government work report',
  },
  script: { simplified: 'Simplified', traditional: 'Traditional (converted)' },
  facts: {
    issuer: 'Issued by',
    docNumber: 'Document no.',
    date: 'Date',
    province: 'Province',
  },
  registry: {
    heading: (name: string) => name,
    role: 'Role',
    byRole: 'By role',
    listedFirst: 'named first',
    kinds: {
      government: 'Provincial department',
      party: 'Party body',
      central: 'Central unit in the province',
      city: 'City (prefecture) government',
      collective: 'Collective term',
      other: 'Other',
    },
    uncategorised: 'Uncategorised',
    categories: {
      发展改革: 'Development & reform',
      工业和信息化: 'Industry & IT',
      财政: 'Finance',
      生态环境: 'Ecology & environment',
      自然资源: 'Natural resources',
      住房城乡建设: 'Housing & construction',
      交通运输: 'Transport',
      科技: 'Science & technology',
      教育: 'Education',
      商务: 'Commerce',
      农业农村: 'Agriculture & rural affairs',
      水利: 'Water resources',
      林业: 'Forestry',
      能源: 'Energy',
      煤炭: 'Coal',
      金融: 'Finance & banking',
      国资: 'State-owned assets',
      人社: 'Human resources & social security',
      卫生健康: 'Health',
      医疗保障: 'Healthcare security',
      民政: 'Civil affairs',
      文化旅游: 'Culture & tourism',
      广播电视: 'Radio & television',
      市场监管: 'Market regulation',
      '扶贫/乡村振兴': 'Poverty relief / rural revitalisation',
      机构编制: 'Staffing',
      外事: 'Foreign affairs',
      公安: 'Public security',
      应急: 'Emergency management',
      网信: 'Cyberspace affairs',
      统计: 'Statistics',
      统战: 'United front',
      宣传: 'Publicity',
      军民融合: 'Civil-military integration',
      税务: 'Taxation',
      海关: 'Customs',
      粮食和物资储备: 'Grain & reserves',
      政务服务: 'Government services',
      残疾人事业: 'Disability affairs',
      城市政府: 'City governments',
    },
  },
  lang: {
    switchTo: '中文',
    switchLabel: 'Switch to Chinese',
  },
  share: {
    button: 'Share',
    label: 'Share a link to this page',
    copied: 'Link copied',
    shared: 'Shared',
    failed: 'Could not copy: copy the link from the address bar',
  },
};

/** Both tables, for the completeness test. */
export const tables = { zh: zhCN, en };
export const t: Strings = pick(tables);

/** A department's functional category in the UI language (as written when the table lacks it). */
export function categoryLabel(category: string | null): string {
  if (category === null || category === '') return t.registry.uncategorised;
  return t.registry.categories[category] ?? category;
}
