import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectProvince, explainProvince } from '../../../pipeline/places/detect';
import { provinceByName } from '../../../pipeline/places/provinces';

const heads = (JSON.parse(readFileSync(new URL('../../fixtures/places/heads.json', import.meta.url), 'utf8')) as {
  heads: Record<string, { expected: string; text: string }>;
}).heads;
const excerpts = (JSON.parse(readFileSync(new URL('../../fixtures/places/excerpts.json', import.meta.url), 'utf8')) as {
  excerpts: Record<string, [string, string]>;
}).excerpts;

describe('detectProvince on the first lines of each seed', () => {
  it.each([
    ['000', '山西', '140000', 'docNumber'], // 晋政办发〔2017〕55号
    ['001', '山西', '140000', 'issuer'], // (据山西省政府网 …), 山西省人民政府办公厅
    ['002', '江苏', '320000', 'issuer'], // 江苏省司法厅发布《…》
    ['002-raw', '江苏', '320000', 'issuer'], // traditional: 江蘇省司法廳發布, after a company's contact lines
    ['003', '湖北', '420000', 'docNumber'], // 鄂政办发〔2022〕16号
    ['003-raw', '湖北', '420000', 'docNumber'], // traditional with pinyin: 鄂政辦發(fā)〔2022〕
    ['004', '山西', '140000', 'counts'], // a work report: no number, no issuer
  ])('%s → %s', (key, province, provinceCode, via) => {
    expect(heads[key].expected).toBe(provinceCode);
    expect(explainProvince(heads[key].text)).toEqual({ province, provinceCode, via });
  });
});

describe('detectProvince when the text is unclear', () => {
  it('null for a task line that names no province', () => {
    expect(detectProvince('1.常住人口城镇化率达到67%。(责任单位:省发改委、省自然资源厅、省住建厅)')).toBeNull();
  });
  it('null when no province clearly leads (constructed: two provinces named three times each)', () => {
    expect(detectProvince('上海、南京、杭州;嘉定、苏州、宁波;青浦、无锡、嘉兴')).toBeNull();
  });
  it('a narrow lead is not enough (002 示范区 sentence: 江苏 3 — 江苏, 吴江, 苏州 — against 上海 2, 浙江 2)', () => {
    expect(detectProvince(excerpts.demonstrationZone[1])).toBeNull();
  });
  it('a cited central document number (国发) is not a province', () => {
    expect(detectProvince('为深入贯彻落实《促进中部地区崛起“十三五”规划》(国函〔2016〕204号)')).toBeNull();
  });
});

describe('provinceByName', () => {
  it('short, full and traditional names', () => {
    expect(provinceByName('山西')).toEqual({ province: '山西', provinceCode: '140000' });
    expect(provinceByName('湖北省')).toEqual({ province: '湖北', provinceCode: '420000' });
    expect(provinceByName('江蘇')).toEqual({ province: '江苏', provinceCode: '320000' });
    expect(provinceByName('广西壮族自治区')).toEqual({ province: '广西', provinceCode: '450000' });
    expect(provinceByName('上海市')).toEqual({ province: '上海', provinceCode: '310000' });
  });
  it('null for a city', () => {
    expect(provinceByName('太原')).toBeNull();
  });
});
