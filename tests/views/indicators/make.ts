// Builds indicators shaped like the pipeline's output from real sentences of the seed documents.
import type { Indicator, PolicyDocument, ProgressRow } from '../../../src/shared/schema';

export function makeIndicator(o: Partial<Indicator> & Pick<Indicator, 'id' | 'name' | 'value' | 'unit' | 'kind'>): Indicator {
  const quote = o.citation?.quote ?? o.name;
  return {
    stage: 'target',
    valueMax: null,
    comparator: '=',
    direction: null,
    targetYear: 2025,
    baseline: null,
    taskId: null,
    places: [],
    category: null,
    ...o,
    citation: o.citation ?? { docId: o.id.slice(0, 3), start: 0, end: quote.length, line: 1, quote },
  };
}

/** Progress rows as a person would supply them (test inputs for the arithmetic, not product data). */
export function rows(id: string, unit: string, points: [string, number][]): ProgressRow[] {
  return points.map(([date, value], i) => ({ indicatorId: id, date, value, unit, sourceNote: 'test', file: 't.csv', row: i + 2 }));
}

// 003 三、主要指标分工 1: 常住人口城镇化率达到67%。(by 2025, the plan period)
export const hubeiUrban = makeIndicator({
  id: '003-i1', name: '常住人口城镇化率', value: 67, unit: '%', kind: 'share', comparator: '=', category: 'livelihood',
  citation: { docId: '003', start: 0, end: 14, line: 63, quote: '1.常住人口城镇化率达到67%。' },
});
// 003 三、3: 全社会研发经费投入年均增长7%以上。
export const hubeiRd = makeIndicator({
  id: '003-i3', name: '全社会研发经费投入年均增长', value: 7, unit: '%', kind: 'growth', comparator: '>=', category: 'industry-innovation',
  citation: { docId: '003', start: 0, end: 20, line: 67, quote: '3.全社会研发经费投入年均增长7%以上。' },
});
// 003 三、2: 铁路总里程达到7000公里。
export const hubeiRail = makeIndicator({
  id: '003-i2', name: '铁路总里程', value: 7000, unit: '公里', kind: 'level', comparator: '=', category: 'infrastructure',
});
// 002 一、(三): 单位GDP能耗较2017年下降10-11%。
export const jiangsuEnergy = makeIndicator({
  id: '002-energy', name: '单位GDP能耗下降', value: 10, valueMax: 11, unit: '%', kind: 'growth', comparator: '=', category: 'energy-environment',
  citation: { docId: '002', start: 0, end: 22, line: 16, quote: '单位GDP能耗较2017年下降10-11%' },
});

// 002 一、(三): 研发投入强度达到3%以上 ; 常住人口城镇化率达到75% ; 到2025年制造业增加值占GDP比重不低于35%
export const jiangsuUrban = makeIndicator({
  id: '002-urban', name: '常住人口城镇化率', value: 75, unit: '%', kind: 'share', comparator: '=', category: 'livelihood',
  citation: { docId: '002_f2685fdcc6131396', start: 100, end: 114, line: 16, quote: '常住人口城镇化率达到75%' },
});
export const jiangsuRd = makeIndicator({
  id: '002-rd', name: '研发投入强度', value: 3, unit: '%', kind: 'share', comparator: '>=', category: 'industry-innovation',
});
export const jiangsuMfg = makeIndicator({
  id: '002-mfg', name: '制造业增加值占GDP比重', value: 35, unit: '%', kind: 'share', comparator: '>=', category: 'industry-innovation',
});
// 004 (2023 targets): 制造业增加值占规上工业比重每年提高一个百分点
export const shanxiMfg = makeIndicator({
  id: '004-mfg', name: '制造业增加值占规上工业比重', value: 1, unit: '百分点', kind: 'growth', comparator: '=', category: 'industry-innovation', targetYear: 2023,
});

export function makeDoc(id: string, province: string, title: string, indicators: Indicator[], tasks: PolicyDocument['tasks'] = []): PolicyDocument {
  return {
    id, title, province, provinceCode: '420000', issuer: null, docNumber: null, date: null, genre: 'task-division',
    script: 'simplified', planEndYear: 2025, note: null, schemaVersion: 1, sha256: '0'.repeat(64), sourceFile: `${id}.txt`,
    text: '', lines: [], rawLines: [], outline: [], tasks, indicators, damage: [], warnings: [],
  };
}

// 003 三、1 is carried by a task whose units the document names.
export const hubeiUrbanTask: PolicyDocument['tasks'][number] = {
  id: '003-t-i1', path: ['三', '1'], kind: 'indicator', partTitle: '主要指标分工', sectionTitle: null,
  title: '常住人口城镇化率达到67%', text: '常住人口城镇化率达到67%。',
  units: [
    { name: '省发改委', role: 'responsible', departmentId: 'hb-fgw', asWritten: null },
    { name: '省自然资源厅', role: 'responsible', departmentId: 'hb-zrzy', asWritten: null },
    { name: '省住建厅', role: 'responsible', departmentId: 'hb-zj', asWritten: null },
  ],
  unitsStated: true, unitsCitation: null, places: [], placeMentions: [], citation: hubeiUrban.citation,
};

export const HUBEI = '003_52b583d5c9b6873f';
export const JIANGSU = '002_f2685fdcc6131396';
export const SHANXI = '004_a1bcdf2d9dcc1b5f';

export function sampleDocs(): PolicyDocument[] {
  return [
    makeDoc(JIANGSU, '江苏', '江苏落实长三角一体化发展规划纲要实施方案', [jiangsuUrban, jiangsuRd, jiangsuMfg, jiangsuEnergy]),
    makeDoc(HUBEI, '湖北', '长江中游城市群发展“十四五”实施方案湖北省主要目标和任务分工方案',
      [{ ...hubeiUrban, taskId: '003-t-i1' }, hubeiRail, hubeiRd], [hubeiUrbanTask]),
    makeDoc(SHANXI, '山西', '山西省2023年政府工作报告', [shanxiMfg, { ...shanxiMfg, id: '004-open', name: '新增市场主体', value: 50, unit: '万户', kind: 'level', targetYear: null, category: null }]),
  ];
}
