// The years a document fixes without writing them (term.ts), with the sentences of 004 that justify
// each inference.
import { describe, expect, it } from 'vitest';
import { lineContexts } from '../../../pipeline/document/indicators';
import { buildOutline } from '../../../pipeline/structure/outline';
import { contextForHeading } from '../../../pipeline/targets/context';
import { extractTargets } from '../../../pipeline/targets/extract';
import { termFrame } from '../../../pipeline/targets/term';
import { toLines } from '../structure/helpers';

// 004, raw line 57: the report opens the new government's five-year term.
const TERM = '2023年是全面贯彻落实党的二十大精神的开局之年,是实施“十四五”规划承上启下的关键之年,是新一届省政府依法履职的起步之年。';
// 004, raw line 13: the review says which year just ended.
const JUST_PAST = '特别是刚刚过去的2022年,习近平总书记春节前夕再次视察山西,给予我们巨大鼓舞和强大动力!';

describe('termFrame', () => {
  it('"2023年…是新一届省政府依法履职的起步之年" → the term 2023–2027; the review ends 2022', () => {
    const text = `过去五年工作回顾\n五年来,煤炭先进产能占比提升至80%。\n${JUST_PAST}一年来,全省上下团结奋斗。\n今后五年工作总体安排\n${TERM}做好各项工作意义十分重大。`;
    const f = termFrame(text);
    expect(f.termEnd?.year).toBe(2027);
    expect(f.termEnd?.quote).toBe(TERM);
    expect(text.slice(f.termEnd!.start, f.termEnd!.end)).toBe(TERM);
    // The review's end is cited to the sentence that says 2022 has just passed.
    expect(f.reviewEnd?.year).toBe(2022);
    expect(f.reviewEnd?.quote).toBe(JUST_PAST);
  });

  it('without a 刚刚过去的 sentence the review ends the year before the term starts, cited to the term sentence', () => {
    const f = termFrame(`五年来,我们狠抓发展第一要务。\n${TERM}`);
    expect(f.reviewEnd).toMatchObject({ year: 2022, quote: TERM });
  });

  it('a 刚刚过去 year that does not precede the term is not taken for the review end', () => {
    const f = termFrame(`特别是刚刚过去的2020年,全省上下团结奋斗。\n${TERM}`);
    expect(f.reviewEnd).toMatchObject({ year: 2022, quote: TERM });
  });

  it('infers nothing from documents that open no term (plans, 开局之年 of a plan period, a year in another sentence)', () => {
    expect(termFrame('2021年是“十四五”开局之年。到2025年,常住人口城镇化率达到65%。')).toEqual({ termEnd: null, reviewEnd: null });
    // The year and the 新一届政府 must sit in one sentence.
    expect(termFrame('2022年煤炭日均产量达到356万吨!新一届省政府依法履职的起步之年。').termEnd).toBeNull();
  });
});

describe('contextForHeading with a term', () => {
  const f = termFrame(`${JUST_PAST}\n${TERM}`);
  it('今后五年/未来五年 → the term end, inferred, with its sentence', () => {
    expect(contextForHeading('今后五年工作总体安排', null, f)).toMatchObject({ stage: 'target', year: 2027, yearBasis: 'inferred', yearSource: { quote: TERM } });
  });
  it('a review heading → the review end, inferred', () => {
    expect(contextForHeading('过去五年工作回顾', null, f)).toMatchObject({ stage: 'achieved', year: 2022, yearBasis: 'inferred', yearSource: { quote: JUST_PAST } });
  });
  it('a plan end year written in the title wins over the term; a heading year stays stated', () => {
    expect(contextForHeading('今后五年工作总体安排', 2025, f)).toEqual({ stage: 'target', year: 2025 });
    expect(contextForHeading('2023年重点工作', null, f)).toEqual({ stage: 'target', year: 2023 });
    expect(contextForHeading('主要目标', null, f)).toEqual({ stage: 'target', year: null });
  });
});

describe('year basis of extracted targets', () => {
  const inferred = { stage: 'target' as const, year: 2027, yearBasis: 'inferred' as const };
  it('a figure taking the section year inherits its basis; a sentence naming its year is stated', () => {
    const [goal] = extractTargets('煤炭先进产能占比达到95%左右', inferred);
    expect(goal).toMatchObject({ targetYear: 2027, yearBasis: 'inferred' });
    const [dated] = extractTargets('到2030年煤炭先进产能占比达到98%', inferred);
    expect(dated).toMatchObject({ targetYear: 2030, yearBasis: 'stated' });
    const [unknown] = extractTargets('煤炭先进产能占比达到95%左右', { stage: 'target', year: null });
    expect(unknown).toMatchObject({ targetYear: null, yearBasis: null });
  });
});

describe('lineContexts with a term', () => {
  const REPORT = `过去五年工作回顾
五年来,煤炭先进产能占比提升至80%。
${JUST_PAST}
2022年煤炭日均产量达到356万吨。
在多年持续努力的基础上,我们办成了不少打基础、利长远的事情。
今后五年工作总体安排
${TERM}`;
  const lines = toLines(REPORT).map((l) => l.text);
  const ctx = lineContexts(buildOutline(toLines(REPORT)), lines, null, termFrame(REPORT));
  it('the review is 2022 inferred; the 2022 block stated; the widening paragraph back to inferred', () => {
    expect(ctx[1]).toMatchObject({ year: 2022, yearBasis: 'inferred' });
    expect(ctx[3]).toEqual({ stage: 'achieved', year: 2022 });
    expect(ctx[4]).toMatchObject({ year: 2022, yearBasis: 'inferred' });
  });
  it('the five-year part is 2027 inferred', () => {
    expect(ctx[6]).toMatchObject({ stage: 'target', year: 2027, yearBasis: 'inferred' });
  });
});
