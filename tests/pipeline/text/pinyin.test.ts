import { describe, expect, it } from 'vitest';
import { isPinyinAnnotation, removePinyin } from '../../../pipeline/text/pinyin';

describe('removePinyin: annotations go', () => {
  it.each([
    ['發(fā)展', '發展'], // 003/004 everywhere
    ['長(cháng)江中游城市群', '長江中游城市群'],
    ['創(chuàng )新', '創新'], // stray space inside the parenthesis
    ['標(biāo)準(zhǔn)', '標準'],
    ['網(wǎng)絡(luò )規模', '網絡規模'],
    ['綠(lǜ)色', '綠色'], // ü with a tone
  ])('%s → %s', (input, out) => expect(removePinyin(input)).toBe(out));

  it('cleans a whole real line from 003', () => {
    expect(removePinyin('鄂政辦發(fā)〔2022〕16號《湖北省人民政府辦公廳關(guān)于印發(fā)長(cháng)江中游')).toBe(
      '鄂政辦發〔2022〕16號《湖北省人民政府辦公廳關于印發長江中游',
    );
  });
});

describe('removePinyin: real Latin content stays', () => {
  it.each([
    '政府和社会资本合作(PPP)', '京港澳高速(G4)', '沪渝高速(G50)', '沪蓉高速(G42)', '第五代移动通信(5G)',
    '互联网协议第六版(IPv6)', '细颗粒物(PM2.5)', '细颗粒物(PM_2.5)', '臭氧(O3)', '标准(GB/T23331-2012)',
    '市域(郊)铁路', '咖啡(café)', '的(de)',
  ])('%s', (s) => expect(removePinyin(s)).toBe(s));
});

describe('isPinyinAnnotation', () => {
  it('needs valid syllables and at least one tone mark', () => {
    expect(isPinyinAnnotation('zhǔn')).toBe(true);
    expect(isPinyinAnnotation('chuàng ')).toBe(true);
    expect(isPinyinAnnotation('zhōng guó')).toBe(true);
    expect(isPinyinAnnotation('zhong')).toBe(false); // no tone: could be anything
    expect(isPinyinAnnotation('PPP')).toBe(false);
    expect(isPinyinAnnotation('é')).toBe(true); // 呃(é) — a bare final is a syllable
    expect(isPinyinAnnotation('née')).toBe(false);
    expect(isPinyinAnnotation('')).toBe(false);
  });
});
