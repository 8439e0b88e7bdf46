import { describe, expect, it } from 'vitest';
import { contextForHeading } from '../../../pipeline/targets/context';
import { stageOf } from '../../../pipeline/targets/stage';
import { yearOfClause } from '../../../pipeline/targets/year';

describe('yearOfClause', () => {
  it('到2025年 frames the paragraph; a bare year only its sentence', () => {
    expect(yearOfClause('到2020年学前教育毛入园率达到90%', null)).toEqual({ year: 2020, scope: 'paragraph' });
    expect(yearOfClause('2022年煤炭日均产量达到356万吨', null)).toEqual({ year: 2022, scope: 'sentence' });
  });
  it('a year range gives its end; plan periods their last year', () => {
    expect(yearOfClause('确保2015-2016年85个城中村拆除', null)?.year).toBe(2016);
    expect(yearOfClause('“十四五”期间完成“三项岗位”人员培训50万人次', null)).toEqual({ year: 2025, scope: 'paragraph' });
  });
  it('今年 is the context year', () => {
    expect(yearOfClause('今年新建5G基站2.5万个', 2023)?.year).toBe(2023);
  });
  it('ignores comparison years and years in titles', () => {
    expect(yearOfClause('单位GDP能耗较2017年下降10-11%', 2025)).toBeUndefined();
    expect(yearOfClause('落实《山西省全面加强政府自身建设三年规划(2015-2017年)》', null)).toBeUndefined();
    expect(yearOfClause('实施《长江中游城市群发展“十四五”实施方案》', null)).toBeUndefined();
  });
});

describe('stageOf', () => {
  it('a review section reports achieved figures unless a sentence sets a goal', () => {
    expect(stageOf('煤炭先进产能占比提升至80%', '五年来,我们…', 'achieved')).toBe('achieved');
    expect(stageOf('力争市场主体突破600万户', '…', 'achieved')).toBe('target');
  });
  it('a goals section sets targets unless the paragraph reviews the past', () => {
    expect(stageOf('2016年推出实施50个省级转型综改重大项目', '围绕产业转型…', 'target')).toBe('target');
    expect(stageOf('能耗强度累计下降16%', '五年来,我们坚决担当国家使命…', 'target')).toBe('achieved');
  });
});

describe('contextForHeading', () => {
  it('reads review, annual and plan headings', () => {
    expect(contextForHeading('过去五年工作回顾', 2027)).toEqual({ stage: 'achieved', year: null });
    expect(contextForHeading('2023年重点工作', null)).toEqual({ stage: 'target', year: 2023 });
    expect(contextForHeading('今后五年工作总体安排', null)).toEqual({ stage: 'target', year: null });
    expect(contextForHeading('二、发展目标', 2025)).toEqual({ stage: 'target', year: 2025 });
    expect(contextForHeading('(一)加强组织实施', 2025)).toBeNull();
  });
});
