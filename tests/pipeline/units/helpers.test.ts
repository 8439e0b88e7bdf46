// The small pieces of the unit parser: name normalisation, splitting, shared suffixes, elided 省,
// punctuation, unit shape.
import { describe, expect, it } from 'vitest';
import { normaliseUnitName } from '../../../pipeline/units/name';
import { collectiveRanges, expandCollectiveRun, splitTopLevel } from '../../../pipeline/units/split';
import { expandSharedSuffix } from '../../../pipeline/units/shared-suffix';
import { shouldRestoreProvince } from '../../../pipeline/units/elided-province';
import { normalisePunctuation } from '../../../pipeline/text/punctuation';
import { looksLikeUnit } from '../../../pipeline/units/unit-shape';

describe('normaliseUnitName', () => {
  it.each([
    ['省商务厅等', '省商务厅'],
    ['省财政厅等相关部门', '省财政厅'],
    ['省林业局等有关部门', '省林业局'],
    ['省交通运输厅……', '省交通运输厅'],
    ['中国〔太原〕煤炭交易中心', '中国(太原)煤炭交易中心'],
  ])('%s → %s', (raw, name) => expect(normaliseUnitName(raw)).toEqual({ name, aliases: [] }));

  it('moves a 〈〉 annotation into aliases', () => {
    expect(normaliseUnitName('省科技厅〈省科技创新城建设领导小组办公室〉')).toEqual({ name: '省科技厅', aliases: ['省科技创新城建设领导小组办公室'] });
  });
});

describe('splitting', () => {
  it('does not split inside parentheses or a 各市、县 collective', () => {
    const text = '省编办、各市、县(市、区)人民政府、中国(太原)煤炭交易中心';
    expect(splitTopLevel(text, '、', collectiveRanges(text)).map((p) => p.text)).toEqual([
      '省编办', '各市、县(市、区)人民政府', '中国(太原)煤炭交易中心',
    ]);
  });

  it('reports offsets of each piece', () => {
    expect(splitTopLevel('甲厅,乙委;丙局', ',;')).toEqual([
      { text: '甲厅', start: 0 }, { text: '乙委', start: 3 }, { text: '丙局', start: 6 },
    ]);
  });
});

describe('expandCollectiveRun', () => {
  it.each([
    ['各市、县人民政府', ['各市人民政府', '各县人民政府']],
    ['各乡、镇人民政府', ['各乡人民政府', '各镇人民政府']],
    ['各市、州、县政府', ['各市政府', '各州政府', '各县政府']],
    ['各省、自治区、直辖市人民政府', ['各省人民政府', '各自治区人民政府', '各直辖市人民政府']],
    ['各市、县(市、区)人民政府', ['各市人民政府', '各县(市、区)人民政府']],
    ['各街道、镇', ['各街道', '各镇']],
  ])('%s → %j', (piece, units) => expect(expandCollectiveRun(piece)).toEqual(units));

  it.each(['各县(市、区)政府', '各省级人民政府', '各设区市人民政府', '省编办', '各街道'])('leaves %s alone', (piece) => {
    expect(expandCollectiveRun(piece)).toBeNull();
  });
});

describe('expandSharedSuffix', () => {
  it('gives the run of places before the suffixed piece the same suffix', () => {
    expect(expandSharedSuffix(['武汉市', '襄阳市', '宜昌市人民政府']).map((p) => p.text)).toEqual([
      '武汉市人民政府', '襄阳市人民政府', '宜昌市人民政府',
    ]);
  });

  it('stops at a non-place and leaves lists without a shared suffix alone', () => {
    expect(expandSharedSuffix(['省发改委', '武汉市', '黄石市人民政府']).map((p) => p.text)).toEqual([
      '省发改委', '武汉市人民政府', '黄石市人民政府',
    ]);
    expect(expandSharedSuffix(['省发改委', '省住建厅']).map((p) => p.borrowed)).toEqual([null, null]);
  });
});

describe('shouldRestoreProvince', () => {
  it.each(['财政厅', '交通运输厅', '发展改革委', '教育厅', '商务厅', '民政厅', '文化和旅游厅', '扶贫开发办'])('restores 省 on %s', (bare) =>
    expect(shouldRestoreProvince(bare, '省发展改革委')).toBe(true),
  );
  it.each(['太原海关', '山西证监局', '湖北银保监局', '山西能监办', '人行武汉分行', '国家税务总局', '武汉市人民政府', '长沙海关'])(
    'leaves %s alone',
    (bare) => expect(shouldRestoreProvince(bare, '省发展改革委')).toBe(false),
  );
  it('only after a provincial first unit', () => {
    expect(shouldRestoreProvince('财政厅', '市发展改革委')).toBe(false);
    expect(shouldRestoreProvince('财政厅', undefined)).toBe(false);
  });
});

describe('normalisePunctuation (as the unit parser uses it)', () => {
  it('maps full-width punctuation, digits and letters one to one', () => {
    const s = '（牵头单位：省发展改革委；５Ｇ，ＰＰＰ）〔〕、。';
    const out = normalisePunctuation(s);
    expect(out).toBe('(牵头单位:省发展改革委;5G,PPP)〔〕、。');
    expect(out.length).toBe(s.length);
  });
});

describe('looksLikeUnit', () => {
  it.each(['省发展改革委', '人行武汉分行', '武汉海关', '中国(太原)煤炭交易中心', '省科技领导小组成员单位', '省消防救援总队'])('%s is a unit', (n) =>
    expect(looksLikeUnit(n)).toBe(true),
  );
  it.each(['PPP', '山西段', '国函〔2016〕204号', '坚持政府', '建立健全省级统筹', '5G'])('%s is not', (n) => expect(looksLikeUnit(n)).toBe(false));
});
