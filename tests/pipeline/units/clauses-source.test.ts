// Unit clauses in real excerpts of 000, 001 and 003 (tests/fixtures/units/).
import { describe, expect, it } from 'vitest';
import { findUnitClauses } from '../../../pipeline/units/clauses';
import { fixture } from './fixture';

const names = (text: string, province: string) =>
  findUnitClauses(text, { province }).clauses.flatMap((c) => c.units.map((u) => u.name));

describe('000: (责任单位:A、B、C)', () => {
  it('lists every unit as responsible, in source order, and cites the parenthesis', () => {
    const text = fixture('000-responsible.txt');
    const { clauses, warnings } = findUnitClauses(text, { province: '山西' });
    expect(warnings).toEqual([]);
    expect(clauses).toHaveLength(1);
    expect(text.slice(clauses[0].start, clauses[0].end)).toBe(
      '(责任单位:省发展改革委、省经信委、省交通运输厅、省商务厅、省民航机场管理局、太原铁路局)',
    );
    expect(clauses[0].units).toEqual(
      ['省发展改革委', '省经信委', '省交通运输厅', '省商务厅', '省民航机场管理局', '太原铁路局'].map((name) => ({
        name,
        role: 'responsible',
        asWritten: null,
      })),
    );
  });

  it('does not restore 省 on central agencies written after provincial departments', () => {
    expect(names(fixture('000-central-agencies.txt'), '山西')).toEqual(['省经信委', '省商务厅', '太原海关', '山西出入境检验检疫局']);
  });

  it('ignores ordinary parentheses: (PPP) and (山西段)', () => {
    const ppp = findUnitClauses(fixture('000-ppp.txt'), { province: '山西' });
    expect(ppp.clauses.map((c) => c.units.map((u) => u.name))).toEqual([['省金融办', '山西证监局']]);
    const roads = fixture('000-road-sections.txt');
    expect(roads).toContain('(山西段)');
    expect(findUnitClauses(roads, { province: '山西' }).clauses).toHaveLength(1);
  });
});

describe('001: (牵头单位:…)', () => {
  it('gives every unit the lead role; drops 〈〉 annotations into aliases; 〔〕 becomes ()', () => {
    const { clauses } = findUnitClauses(fixture('001-annotation.txt'), { province: '山西' });
    expect(clauses).toHaveLength(1);
    expect(clauses[0].units).toEqual([
      {
        name: '省煤炭厅',
        role: 'lead',
        asWritten: '省煤炭厅〈省煤炭工业深化改革稳定运行领导小组办公室〉',
        aliases: ['省煤炭工业深化改革稳定运行领导小组办公室'],
      },
      { name: '省国土资源厅', role: 'lead', asWritten: null },
      { name: '省发展改革委', role: 'lead', asWritten: null },
      { name: '省经信委', role: 'lead', asWritten: null },
      { name: '中国(太原)煤炭交易中心', role: 'lead', asWritten: '中国〔太原〕煤炭交易中心' },
    ]);
  });

  it('handles an annotation on the only unit', () => {
    const [unit] = findUnitClauses(fixture('001-annotation-single.txt'), { province: '山西' }).clauses[0].units;
    expect(unit).toMatchObject({ name: '省科技厅', role: 'lead', aliases: ['省科技创新城建设领导小组办公室'] });
  });

  it('reads the collective run 各市、县人民政府 as the two collectives it names, not as 各市 + 县人民政府', () => {
    expect(names(fixture('001-collective.txt'), '山西')).toEqual(['省编办', '省发展改革委', '省民政厅', '各市人民政府', '各县人民政府']);
  });

  it('does not read a document number in parentheses as a clause', () => {
    const text = fixture('001-doc-number.txt');
    expect(text).toContain('(发改经体〔2016〕176号)');
    const { clauses } = findUnitClauses(text, { province: '山西' });
    expect(clauses.map((c) => c.units.map((u) => u.name))).toEqual([['省发展改革委', '省经信委', '山西能监办']]);
  });
});

describe('003: groups split by "," and units by "、", shared suffixes', () => {
  it('parses an indicator clause', () => {
    expect(names(fixture('003-indicator.txt'), '湖北')).toEqual(['省发改委', '省自然资源厅', '省住建厅']);
  });

  it('expands 武汉市、黄石市……潜江市人民政府 to each city government', () => {
    const { clauses } = findUnitClauses(fixture('003-shared-suffix.txt'), { province: '湖北' });
    expect(clauses).toHaveLength(1); // "中心城市牵头、周边城市协同" in the body is not a clause
    const cities = clauses[0].units.slice(4);
    expect(cities.map((u) => u.name)).toEqual(
      ['武汉市', '黄石市', '鄂州市', '孝感市', '黄冈市', '咸宁市', '仙桃市', '天门市', '潜江市'].map((c) => c + '人民政府'),
    );
    expect(cities[0].asWritten).toBe('武汉市');
    expect(cities[8]).toEqual({ name: '潜江市人民政府', role: 'responsible', asWritten: null });
  });

  it('shares the suffix between a collective and a prefecture (恩施州) or forest district (神农架林区)', () => {
    expect(names(fixture('003-suffix-after-collective.txt'), '湖北').slice(-2)).toEqual([
      '长江中游城市群相关城市人民政府',
      '恩施州人民政府',
    ]);
    expect(names(fixture('003-linqu.txt'), '湖北').slice(-2)).toEqual(['长江中游城市群相关城市人民政府', '神农架林区人民政府']);
  });

  it('keeps Party organs, central agencies and collectives in source order across groups', () => {
    expect(names(fixture('003-groups.txt'), '湖北')).toEqual([
      '省经信厅', '省发改委', '省委网信办', '省科技厅', '省住建厅', '省交通运输厅', '省水利厅', '省能源局',
      '长江中游城市群相关城市人民政府',
    ]);
    expect(names(fixture('003-central-agencies.txt'), '湖北').slice(5)).toEqual([
      '人行武汉分行', '湖北银保监局', '湖北证监局', '长江中游城市群相关城市人民政府',
    ]);
  });

  it('keeps a leading group collective whole and expands eleven city governments', () => {
    const units = names(fixture('003-leading-group.txt'), '湖北');
    expect(units.slice(0, 3)).toEqual(['省发改委', '省经信厅', '省战略性新兴产业发展领导小组成员单位']);
    expect(units.slice(3)).toHaveLength(11);
    expect(units.every((u, i) => i < 3 || u.endsWith('市人民政府'))).toBe(true);
  });
});
