// Layouts of other provinces' task-division documents (synthetic excerpts, tests/fixtures/units/other-*),
// the unclosed-list error, and text that is not a unit clause.
import { describe, expect, it } from 'vitest';
import { findUnitClauses } from '../../../pipeline/units/clauses';
import { fixture } from './fixture';

const roles = (text: string, province = '山西') =>
  findUnitClauses(text, { province }).clauses.flatMap((c) => c.units.map((u) => `${u.role}:${u.name}`));

describe('other layouts', () => {
  it('X牵头,Y、Z配合 in running text', () => {
    const text = fixture('other-lead-support.txt');
    const { clauses } = findUnitClauses(text, { province: '山西' });
    expect(clauses).toHaveLength(1);
    expect(text.slice(clauses[0].start, clauses[0].end)).toBe('省发展改革委牵头,省交通运输厅、省商务厅配合。');
    expect(roles(text)).toEqual(['lead:省发展改革委', 'support:省交通运输厅', 'support:省商务厅']);
  });

  it('(X牵头,Y、财政厅……按职责分工负责): restores the elided 省 but not on 太原海关', () => {
    const { clauses } = findUnitClauses(fixture('other-unlabelled.txt'), { province: '山西' });
    expect(clauses[0].units).toEqual([
      { name: '省发展改革委', role: 'lead', asWritten: null },
      { name: '省商务厅', role: 'support', asWritten: null },
      { name: '省财政厅', role: 'support', asWritten: '财政厅' },
      { name: '省交通运输厅', role: 'support', asWritten: '交通运输厅' },
      { name: '太原海关', role: 'support', asWritten: null },
    ]);
  });

  it('labelled lines 牵头责任单位:…。 / 协同责任单位:…等。 form one clause', () => {
    const text = fixture('other-labelled-lines.txt');
    const { clauses } = findUnitClauses(text, { province: '江苏' });
    expect(clauses).toHaveLength(1);
    expect(text.slice(clauses[0].start, clauses[0].end)).toBe(
      '牵头责任单位:省生态环境厅、省水利厅。\n协同责任单位:省自然资源厅、省林业局等。',
    );
    expect(clauses[0].units.map((u) => `${u.role}:${u.name}`)).toEqual([
      'lead:省生态环境厅', 'lead:省水利厅', 'support:省自然资源厅', 'support:省林业局',
    ]);
    expect(clauses[0].units[3].asWritten).toBe('省林业局等');
  });

  it('(牵头单位:X;责任单位:Y): 责任单位 next to a lead are support; 等相关部门 removed', () => {
    expect(roles(fixture('other-lead-responsible.txt'))).toEqual(['lead:省大数据局', 'support:省发展改革委', 'support:省财政厅']);
  });

  it('full-width punctuation gives the same units, offsets into the original text', () => {
    const text = fixture('other-fullwidth.txt');
    const { clauses } = findUnitClauses(text, { province: '山西' });
    expect(text.slice(clauses[0].start, clauses[0].end)).toMatch(/^（牵头单位：省国资委；.*）$/);
    expect(roles(text)).toEqual(['lead:省国资委', 'support:省财政厅', 'support:省人力资源社会保障厅']);
  });

  it('without a role word, 责任单位 stays responsible', () => {
    expect(roles('1.任务。(责任单位:省财政厅;省商务厅)')).toEqual(['responsible:省财政厅', 'responsible:省商务厅']);
  });
});

describe('errors and non-clauses', () => {
  it('a list that never closes is read to the end of the text, flagged unclosed and warned about', () => {
    const text = fixture('other-unclosed.txt');
    const { clauses, warnings } = findUnitClauses(text, { province: '湖北' });
    const open = clauses.find((c) => c.unclosed);
    expect(open?.start).toBe(text.indexOf('(责任单位'));
    expect(open?.units.map((u) => u.name)).toContain('省地方金融监管局');
    expect(warnings.join('\n')).toMatch(new RegExp(`offset ${text.indexOf('(责任单位')} never closes`));
  });

  it('a list swallowing the next labelled list is reported as unclosed', () => {
    const { clauses, warnings } = findUnitClauses('任务。(责任单位:省财政厅、(牵头单位:省商务厅)', { province: '山西' });
    expect(warnings.join('\n')).toMatch(/offset 3 never closes/);
    expect(clauses[0]).toMatchObject({ start: 3, unclosed: true });
  });

  it('leaves policy sentences with 牵头 and plain parentheses alone', () => {
    const text = '坚持政府牵头,社会参与。建立健全省级统筹、中心城市牵头的推进机制。开展试点(国函〔2016〕204号)(5G)(IPv6)。';
    expect(findUnitClauses(text, { province: '湖北' })).toEqual({ clauses: [], warnings: [] });
  });

  it('warns about an empty labelled list instead of inventing units', () => {
    const { clauses, warnings } = findUnitClauses('任务。(责任单位:)', { province: '山西' });
    expect(clauses).toEqual([{ start: 3, end: 10, units: [], leaders: [] }]);
    expect(warnings).toEqual(['unit list at offset 3 is empty']);
  });
});

describe('a role in brackets after one unit', () => {
  it('(责任单位:省发展改革委(牵头)、省财政厅、省商务厅) leads with one unit, the rest support', () => {
    expect(roles('1.任务。(责任单位:省发展改革委(牵头)、省财政厅、省商务厅)')).toEqual([
      'lead:省发展改革委', 'support:省财政厅', 'support:省商务厅',
    ]);
  });
});

describe('the province written out', () => {
  it('reads 山西省财政厅 in a 山西 document as 省财政厅, keeping what was written', () => {
    const [unit] = findUnitClauses('任务。(责任单位:山西省财政厅、山西证监局)', { province: '山西省' }).clauses[0].units;
    expect(unit).toEqual({ name: '省财政厅', role: 'responsible', asWritten: '山西省财政厅' });
    expect(roles('任务。(责任单位:湖北省财政厅)', '山西')).toEqual(['responsible:湖北省财政厅']);
  });
});
