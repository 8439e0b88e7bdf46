import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../pipeline/text/clean';
import { toSimplified } from '../../../pipeline/text/convert';

describe('toSimplified: words opencc leaves in a non-mainland form', () => {
  it('著力/著眼/本著 from the machine-converted seeds read 着力/着眼/本着', () => {
    // 002 line 77 (task 三.五.6) and 004 【七】 heading, as received
    expect(cleanLine('著力打造國際一流營商環境。加快大通關一體化')).toBe('着力打造国际一流营商环境。加快大通关一体化');
    expect(cleanLine('【七】著力推進教育、科技、人才振興')).toBe('【七】着力推进教育、科技、人才振兴');
    expect(toSimplified('一手著眼長遠')).toBe('一手着眼长远');
    expect(toSimplified('我們要本著對人民高度負責的態度')).toBe('我们要本着对人民高度负责的态度');
  });

  it('keeps real 著 words and the length of every line', () => {
    for (const s of ['生態環境共保聯治能力顯著提升', '成效顯著力度加大', '著名的著作']) {
      const out = toSimplified(s);
      expect(out).toContain('著');
      expect(out).toHaveLength(s.length);
    }
  });
});
