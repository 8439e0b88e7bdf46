// Builds indicators shaped like the pipeline's output from real sentences of the seed documents.
import type { Indicator, ProgressRow } from '../../../src/shared/schema';

export function makeIndicator(o: Partial<Indicator> & Pick<Indicator, 'id' | 'name' | 'value' | 'unit' | 'kind'>): Indicator {
  const quote = o.citation?.quote ?? o.name;
  return {
    stage: 'target',
    valueMax: null,
    comparator: '=',
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
