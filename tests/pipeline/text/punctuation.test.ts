import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from '../../../pipeline/text/punctuation';

describe('normalisePunctuation', () => {
  it('turns full-width ASCII twins into ASCII', () => {
    expect(normalisePunctuation('（责任单位：省发改委，省财政厅；）！？')).toBe('(责任单位:省发改委,省财政厅;)!?');
    expect(normalisePunctuation('达到６７％，ＰＭ２．５')).toBe('达到67%,PM2.5');
  });

  it('keeps Chinese-only marks', () => {
    const s = '、。“”《》〔〕〈〉【】—●﹒';
    expect(normalisePunctuation(s)).toBe(s);
  });

  it('turns ideographic and no-break spaces into plain spaces', () => {
    expect(normalisePunctuation('一、\u3000总体要求\u00a0')).toBe('一、 总体要求 ');
  });

  it('leaves an already normalised line alone', () => {
    const line = '1.常住人口城镇化率达到67%。(责任单位:省发改委、省自然资源厅、省住建厅)';
    expect(normalisePunctuation(line)).toBe(line);
  });
});
