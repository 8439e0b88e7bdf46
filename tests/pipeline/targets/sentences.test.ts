import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../pipeline/targets/sentences';

describe('splitClauses', () => {
  it('splits at commas, numbers sentences and paragraphs, keeps exact offsets', () => {
    const text = '到2025年,城镇化率达到75%。研发投入强度达到3%以上;\n●地区生产总值达到3.5万亿元, 人均突破10万元';
    const cs = splitClauses(text);
    expect(cs.map((c) => [c.text, c.sentence, c.paragraph])).toEqual([
      ['到2025年', 0, 0],
      ['城镇化率达到75%', 0, 0],
      ['研发投入强度达到3%以上', 1, 0],
      ['地区生产总值达到3.5万亿元', 4, 1],
      ['人均突破10万元', 4, 1],
    ]);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
