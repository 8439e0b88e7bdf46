// Search's own UI strings (Chinese; the shared table in app/i18n keeps the ones other views use too).
export const searchStrings = {
  allResults: (q: string) => `查看“${q}”的全部结果`,
  pageHeading: '搜索',
  pageLabel: '搜索全部任务、单位、地区和目标',
  pageIntro: '按责任单位、地区、目标、任务分组；写出单位或地区名称（也可用拼音或首字母，如 fagaiwei、fgw、wuhan）时，单位和地区排在最前。',
  submit: '搜索',
  empty: '输入要找的任务、单位、地区或目标。',
  coverage: (searched: number, total: number) => `任务与目标：已搜索 ${searched} / ${total} 份文件`,
  searchMore: (n: number) => `继续搜索其余 ${n} 份文件`,
  showMore: (n: number) => `再显示 ${n} 条`,
  groupCount: (n: number) => `（${n}）`,
  loadingShards: '正在载入任务与目标索引…',
};
