import { describe, expect, it } from 'vitest';
import { lineContexts } from '../../../pipeline/document/indicators';
import { buildOutline } from '../../../pipeline/structure/outline';
import { toLines } from '../structure/helpers';

// 004: the review part, the 2022 block it singles out, the multi-year paragraph after it, then goals.
const REPORT = `过去五年工作回顾
五年来,我们狠抓发展第一要务,综合实力迈上新台阶。
特别是刚刚过去的2022年,习近平总书记春节前夕再次视察山西。
1 以强烈使命担当坚决扛起能源保供政治责任。
2022年煤炭日均产量达到356万吨。
在多年持续努力的基础上,我们办成了不少打基础、利长远的事情。
2023年重点工作
综合考虑各方面因素,地区生产总值增长6%左右。`;

describe('lineContexts', () => {
  const lines = toLines(REPORT).map((l) => l.text);
  const ctx = lineContexts(buildOutline(toLines(REPORT)), lines, null);

  it('reads review parts as achieved figures and dates the block after "刚刚过去的2022年"', () => {
    expect(ctx[1]).toEqual({ stage: 'achieved', year: null });
    expect(ctx[3]).toEqual({ stage: 'achieved', year: 2022 });
    expect(ctx[4]).toEqual({ stage: 'achieved', year: 2022 });
  });
  it('drops the year again when the text widens to many years', () => {
    expect(ctx[5]).toEqual({ stage: 'achieved', year: null });
  });
  it('takes the year of a part heading for its targets', () => {
    expect(ctx[7]).toEqual({ stage: 'target', year: 2023 });
  });
});
