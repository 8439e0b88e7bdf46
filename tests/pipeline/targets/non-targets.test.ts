import { describe, expect, it } from 'vitest';
import { extractTargets, type DroppedFigure } from '../../../pipeline/targets/extract';
import { insideBrackets } from '../../../pipeline/targets/non-targets';
import { fixture } from './helpers';

function run(text: string) {
  const dropped: DroppedFigure[] = [];
  const targets = extractTargets(text, { stage: 'target', year: null }, dropped);
  return { targets, dropped: dropped.map((d) => `${d.raw}:${d.reason}`) };
}

describe('non-targets', () => {
  it('document numbers, dates and titles yield nothing', () => {
    const { targets } = run(
      '晋政办发〔2017〕55号 2017年5月15日 落实《山西省全面加强政府自身建设三年规划(2015-2017年)》(晋政发〔2015〕25号)',
    );
    expect(targets).toEqual([]);
  });

  it('labels glued to Latin letters or + are not measures', () => {
    const { targets, dropped } = run('PM2.5年均浓度持续下降,深入实施龙头景区“9+13”梯次打造培育计划,建设G42沪宁沿线人才创新走廊');
    expect(targets).toEqual([]);
    expect(dropped).toContain('2.5年:label');
  });

  it('ordinals, specifications and policy article counts', () => {
    const { targets, dropped } = run(
      '总量在全国的位次上升到第20位。推动焦化企业全面实现干法熄焦,4.3米及以下焦炉全部关停。积极推进连云港港30万吨级航道二期工程建设。出台抓项目促投资稳增长21条措施。',
    );
    expect(targets).toEqual([]);
    expect(dropped).toEqual(['4.3米:specification', '30万吨:specification', '21条:policy article count']);
  });

  it('counts of listed things and counts without a goal', () => {
    const { targets, dropped } = run(fixture('non-targets.txt'));
    expect(dropped).toContain('5个:listing (colon)');
    expect(dropped).toContain('9个:listing (等)');
    expect(dropped).toContain('46条:inside brackets or quotes');
    expect(dropped).toContain('24个:count without goal');
    // the real figures in the same lines are kept
    expect(targets.map((t) => `${t.value}${t.unit}`)).toEqual(expect.arrayContaining(['3046亿元', '23亿元', '248亿元']));
    expect(targets.some((t) => t.unit === '个' || t.unit === '条')).toBe(false);
  });
});

describe('insideBrackets', () => {
  it('tracks nested quotes and titles and never crosses a line', () => {
    const t = '《规划(2015-2017年)》之后 “46条” 外\n(未闭合\n下一行';
    expect(insideBrackets(t, t.indexOf('2015'))).toBe(true);
    expect(insideBrackets(t, t.indexOf('之后'))).toBe(false);
    expect(insideBrackets(t, t.indexOf('46'))).toBe(true);
    expect(insideBrackets(t, t.indexOf('外'))).toBe(false);
    expect(insideBrackets(t, t.indexOf('下一行'))).toBe(false);
  });
});
