import { describe, expect, it } from 'vitest';
import { pinyinKey } from '../../../pipeline/units/pinyin';

describe('pinyinKey (name order written to departments.json)', () => {
  it('reads 长 in place names as chang (Intl collators read it as zhang)', () => {
    expect(pinyinKey('长治市人民政府').startsWith('chang2 zhi4')).toBe(true);
    const sorted = ['省住建厅', '长治市人民政府', '省财政厅', '省发展改革委'].sort((a, b) => (pinyinKey(a) < pinyinKey(b) ? -1 : 1));
    expect(sorted).toEqual(['长治市人民政府', '省财政厅', '省发展改革委', '省住建厅']);
  });
  it('passes non-Han characters through', () => {
    expect(pinyinKey('中国(太原)煤炭交易中心')).toContain('(');
  });
});
