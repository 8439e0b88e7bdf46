import { describe, expect, it } from 'vitest';
import { buildPortfolio, facets, parseFilters, roleKey, roleLists, NO_FILTERS } from '../../../src/views/department/model/portfolio';
import { rowsFromDocument, rowsFromShard, type DepartmentRow } from '../../../src/views/department/model/rows';
import type { DepartmentTask, DepartmentTaskInfo } from '../../../src/shared/schema';
import { idOf, shanxi2016, shanxi2017 } from '../heatmap/fixtures/excerpts';

const docs = [
  { ...shanxi2016, title: '山西省国家资源型经济转型综合配套改革试验2016年行动计划' },
  { ...shanxi2017, title: '山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案' },
];
const facts = docs.map((d) => ({ id: d.id, title: d.title, docNumber: null, date: null, sha256: 'x' }));
const rowsOf = (id: string) => docs.flatMap((d) => rowsFromDocument(id, d));

describe('rows and portfolio', () => {
  it('省发展改革委 across the 2016 and 2017 Shanxi plans: counts by role per document and in total', () => {
    const p = buildPortfolio(rowsOf(idOf('省发展改革委')), facts);
    expect(p.documents.map((d) => [d.docId, d.rows.map((t) => t.title), d.counts])).toEqual([
      ['001', ['加快推进化解产能过剩'], { lead: 1, support: 0, responsible: 0, listedFirst: 0, total: 1 }],
      ['000', ['加快推进综合交通运输网络建设', '提高能源保障水平'], { lead: 0, support: 0, responsible: 2, listedFirst: 2, total: 2 }],
    ]);
    expect(p.totals).toEqual({ lead: 1, support: 0, responsible: 2, listedFirst: 2, total: 3 });
  });
  it('a sole unit is listed first (as on the heatmap: it heads its one-name list); unit count gives context', () => {
    const p = buildPortfolio(rowsOf(idOf('省水利厅')), facts);
    expect(p.documents[1].rows).toMatchObject([{ role: 'responsible', listedFirst: true, departmentCount: 1 }]);
  });
  it('a department not named anywhere has an empty portfolio per document', () => {
    const p = buildPortfolio(rowsOf('nobody'), facts);
    expect(p.totals.total).toBe(0);
    expect(p.documents.every((d) => d.rows.length === 0)).toBe(true);
  });
  it('the index gives the same rows as the document: listed first only where the task has no roles', () => {
    const doc = docs[0];
    const id = idOf('省发展改革委');
    // The shard as pipeline/indexes writes it: listedFirst = opens the unit list, roles or not.
    const pairs: DepartmentTask[] = doc.tasks.flatMap((t) => t.units.some((u) => u.departmentId === id)
      ? [{ departmentId: id, docId: doc.id, taskId: t.id, role: t.units.find((u) => u.departmentId === id)!.role, listedFirst: t.units[0].departmentId === id }] : []);
    const info: DepartmentTaskInfo[] = doc.tasks.map((t) => ({
      docId: doc.id, taskId: t.id, path: t.path, title: t.title, section: t.sectionTitle ?? t.partTitle, citation: t.citation,
      departments: new Set(t.units.map((u) => u.departmentId)).size, hasRoles: t.units.some((u) => u.role !== 'responsible'),
    }));
    expect(rowsFromShard(id, { tasks: pairs, taskInfo: info })).toEqual(rowsFromDocument(id, doc));
    expect(() => rowsFromShard(id, { tasks: pairs, taskInfo: [] })).toThrow(/has no task info/);
  });
});

const row = (docId: string, taskId: string, role: DepartmentRow['role'], listedFirst = false): DepartmentRow => ({
  docId, taskId, path: [taskId], title: `任务${taskId}`, section: 's', citation: { docId, start: 0, end: 1, line: 1, quote: 'q' }, role, listedFirst, departmentCount: 2,
});
const sample = [row('a', '1', 'lead'), row('a', '2', 'support'), row('a', '3', 'responsible', true), row('b', '1', 'responsible'), row('b', '2', 'lead'), row('b', '3', 'responsible', true)];

describe('filters', () => {
  it('four disjoint roles: 牵头, 配合, 列于首位 and 未分 (no role given, not first)', () => {
    expect(sample.map(roleKey)).toEqual(['lead', 'support', 'first', 'none', 'lead', 'first']);
  });
  it('each facet is counted under the other filter', () => {
    expect(facets(sample, NO_FILTERS).roles).toEqual({ lead: 2, support: 1, first: 2, none: 1 });
    expect(facets(sample, { role: null, doc: 'b' }).roles).toEqual({ lead: 1, support: 0, first: 1, none: 1 });
    expect([...facets(sample, { role: 'first', doc: 'b' }).documents]).toEqual([['a', 1], ['b', 1]]);
  });
  it('the three lists: led, supported, and no role given (first and none together)', () => {
    const all = roleLists(sample, NO_FILTERS);
    expect([all.lead, all.support, all.unassigned].map((l) => l.map((r) => `${r.docId}${r.taskId}`))).toEqual([['a1', 'b2'], ['a2'], ['a3', 'b1', 'b3']]);
    const first = roleLists(sample, { role: 'first', doc: null });
    expect([first.lead.length, first.support.length, first.unassigned.map((r) => `${r.docId}${r.taskId}`)]).toEqual([0, 0, ['a3', 'b3']]);
    expect(roleLists(sample, { role: null, doc: 'a' }).unassigned.map((r) => r.taskId)).toEqual(['3']);
  });
  it('parses ?role= and ?doc=; an unknown value is named and dropped', () => {
    expect(parseFilters({ role: 'first', doc: 'b' }, ['a', 'b'])).toEqual({ filters: { role: 'first', doc: 'b' }, bad: [] });
    expect(parseFilters({ role: 'boss', doc: 'zzz' }, ['a', 'b'])).toEqual({ filters: { role: null, doc: null }, bad: [['role', 'boss'], ['doc', 'zzz']] });
    expect(parseFilters({ role: null, doc: null }, [])).toEqual({ filters: NO_FILTERS, bad: [] });
  });
});
