import { describe, expect, it } from 'vitest';
import { roleKey } from '../../../src/shared/department-roles';
import { buildPortfolio, countRows, facets, matchCount, parseFilters, NO_FILTERS, type PortfolioSource } from '../../../src/views/department/model/portfolio';
import { rowsFromDocument, type DepartmentRow } from '../../../src/views/department/model/rows';
import { idOf, shanxi2016, shanxi2017 } from '../heatmap/fixtures/excerpts';

const docs = [
  { ...shanxi2016, title: '山西省国家资源型经济转型综合配套改革试验2016年行动计划' },
  { ...shanxi2017, title: '山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案' },
];
const sourcesOf = (id: string): PortfolioSource[] => docs.map((d) => ({ id: d.id, title: d.title, docNumber: null, date: null, sha256: 'x', counts: countRows(rowsFromDocument(id, d)), page: null }));

describe('rows and portfolio', () => {
  it('省发展改革委 across the 2016 and 2017 Shanxi plans: counts by role per document and in total', () => {
    const id = idOf('省发展改革委');
    expect(docs.map((d) => rowsFromDocument(id, d).map((t) => t.title))).toEqual([['加快推进化解产能过剩'], ['加快推进综合交通运输网络建设', '提高能源保障水平']]);
    const p = buildPortfolio(sourcesOf(id));
    expect(p.documents.map((d) => [d.docId, d.counts])).toEqual([
      ['001', { lead: 1, support: 0, responsible: 0, listedFirst: 0, total: 1 }],
      ['000', { lead: 0, support: 0, responsible: 2, listedFirst: 2, total: 2 }],
    ]);
    expect(p.totals).toEqual({ lead: 1, support: 0, responsible: 2, listedFirst: 2, total: 3 });
  });
  it('a sole unit is listed first (as on the heatmap: it heads its one-name list); unit count gives context', () => {
    expect(rowsFromDocument(idOf('省水利厅'), docs[1])).toMatchObject([{ role: 'responsible', listedFirst: true, departmentCount: 1 }]);
  });
  it('a department not named anywhere has an empty portfolio per document', () => {
    const p = buildPortfolio(sourcesOf('nobody'));
    expect(p.totals.total).toBe(0);
    expect(p.documents.every((d) => d.counts.total === 0)).toBe(true);
  });
});

const row = (docId: string, taskId: string, role: DepartmentRow['role'], listedFirst = false): DepartmentRow => ({
  docId, taskId, path: [taskId], title: `任务${taskId}`, section: 's', citation: { docId, start: 0, end: 1, line: 1, quote: 'q' }, role, listedFirst, departmentCount: 2,
});
const sample = [row('a', '1', 'lead'), row('a', '2', 'support'), row('a', '3', 'responsible', true), row('b', '1', 'responsible'), row('b', '2', 'lead'), row('b', '3', 'responsible', true)];

// The same rows as counts per document (what the index holds).
const sampleSources: PortfolioSource[] = ['a', 'b'].map((id) => ({ id, title: id, docNumber: null, date: null, sha256: id, counts: countRows(sample.filter((r) => r.docId === id)), page: 0 }));

describe('filters', () => {
  it('four disjoint roles: 牵头, 配合, 列于首位 and 未分 (no role given, not first)', () => {
    expect(sample.map(roleKey)).toEqual(['lead', 'support', 'first', 'none', 'lead', 'first']);
  });
  it('each facet is counted under the other filter, from the counts alone', () => {
    expect(facets(sampleSources, NO_FILTERS).roles).toEqual({ lead: 2, support: 1, first: 2, none: 1 });
    expect(facets(sampleSources, { role: null, doc: 'b' }).roles).toEqual({ lead: 1, support: 0, first: 1, none: 1 });
    expect([...facets(sampleSources, { role: 'first', doc: 'b' }).documents]).toEqual([['a', 1], ['b', 1]]);
    expect([...facets(sampleSources, { role: 'support', doc: null }).documents]).toEqual([['a', 1]]);
  });
  it('what the filters select, loaded or not', () => {
    expect(matchCount(sampleSources, NO_FILTERS)).toBe(6);
    expect(matchCount(sampleSources, { role: 'first', doc: null })).toBe(2);
    expect(matchCount(sampleSources, { role: 'first', doc: 'b' })).toBe(1);
    expect(matchCount(sampleSources, { role: null, doc: 'a' })).toBe(3);
  });
  it('parses ?role= and ?doc=; an unknown value is named and dropped', () => {
    expect(parseFilters({ role: 'first', doc: 'b' }, ['a', 'b'])).toEqual({ filters: { role: 'first', doc: 'b' }, bad: [] });
    expect(parseFilters({ role: 'boss', doc: 'zzz' }, ['a', 'b'])).toEqual({ filters: { role: null, doc: null }, bad: [['role', 'boss'], ['doc', 'zzz']] });
    expect(parseFilters({ role: null, doc: null }, [])).toEqual({ filters: NO_FILTERS, bad: [] });
  });
});
