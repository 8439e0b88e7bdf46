import { describe, expect, it } from 'vitest';
import { resolvePrefectureName } from '../../../pipeline/places/find';

describe('resolvePrefectureName', () => {
  it('full and short names of a prefecture', () => {
    expect(resolvePrefectureName('晋城市', '140000')).toBe('140500');
    expect(resolvePrefectureName('晋城', '140000')).toBe('140500');
  });

  it('city governments and Party organs, including 省直辖 units and 自治州 (003 unit lists)', () => {
    expect(resolvePrefectureName('潜江市人民政府', '420000')).toBe('429005');
    expect(resolvePrefectureName('神农架林区人民政府', '420000')).toBe('429021');
    expect(resolvePrefectureName('武汉市人民政府', '420000')).toBe('420100');
    expect(resolvePrefectureName('恩施州人民政府', '420000')).toBe('422800');
    expect(resolvePrefectureName('武汉市委', '420000')).toBe('420100');
  });

  it('municipalities are their own prefecture-level region', () => {
    expect(resolvePrefectureName('上海市人民政府', '320000')).toBe('310000');
    expect(resolvePrefectureName('重庆', '420000')).toBe('500000');
  });

  it('renamed prefectures through the alias table (襄樊 → 襄阳)', () => {
    expect(resolvePrefectureName('襄樊市人民政府', '420000')).toBe('420600');
  });

  it('another province\'s city keeps its code', () => {
    expect(resolvePrefectureName('长沙市人民政府', '420000')).toBe('430100');
  });

  it('null for counties, provinces, collectives and unknown names — a county government is not a city', () => {
    expect(resolvePrefectureName('泽州县人民政府', '140000')).toBeNull();
    expect(resolvePrefectureName('潞城市', '140000')).toBeNull();
    expect(resolvePrefectureName('山西省人民政府', '140000')).toBeNull();
    expect(resolvePrefectureName('各市、县人民政府', '140000')).toBeNull();
    expect(resolvePrefectureName('各市人民政府', '140000')).toBeNull();
    expect(resolvePrefectureName('各县人民政府', '140000')).toBeNull();
    expect(resolvePrefectureName('长江中游城市群相关城市人民政府', '420000')).toBeNull();
    expect(resolvePrefectureName('鼓楼区人民政府', '320000')).toBeNull();
  });
});
