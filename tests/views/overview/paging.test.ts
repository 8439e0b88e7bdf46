import { describe, expect, it } from 'vitest';
import type { DocumentSummary, OverviewIndex } from '../../../src/shared/schema';
import { NO_OVERVIEW_FILTERS, overviewFacets, pageDocuments, planPage, validOverviewFilters } from '../../../src/views/overview/model/paging';

// 3 provinces × 2 years, 10 documents per shard; genre alternates.
const docs: DocumentSummary[] = [];
const provinces = ['140000', '320000', '420000'];
for (const p of provinces)
  for (const y of [2020, 2021])
    for (let i = 0; i < 10; i++)
      docs.push({
        id: `${p}-${y}-${i}`, title: `t${i}`, province: p, provinceCode: p, issuer: null, docNumber: null, date: `${y}-01-01`, year: y,
        genre: i % 2 ? 'action-plan' : 'task-division', scope: 'province', reviewed: true, tasks: 1, units: 1, targets: 0, achieved: 0, places: 0,
        tasksWithUnits: 1, damagedFound: 0, damagedCorrected: 0, warnings: [],
      });
const index: OverviewIndex = {
  schemaVersion: 1, total: docs.length, tasks: docs.length, first: { id: docs[0].id, provinceCode: '140000' }, failures: [],
  provinces: provinces.map((code) => ({ code, name: code, count: 20 })),
  shards: provinces.flatMap((p) => ['2020', '2021'].map((year) => ({ provinceCode: p, year, count: 10, combos: [['task-division', 'province', 5], ['action-plan', 'province', 5]] as OverviewIndex['shards'][number]['combos'] }))),
};
const shardDocs = (p: { provinceCode: string; year: string }) => docs.filter((d) => d.provinceCode === p.provinceCode && String(d.year) === p.year);

describe('overview paging over shards', () => {
  it('a page fetches only the shards it shows, in order', () => {
    const plan = planPage(index, NO_OVERVIEW_FILTERS, 2, 8);
    expect(plan).toMatchObject({ total: 60, pages: 8, page: 2 });
    expect(plan.parts).toEqual([{ provinceCode: '140000', year: '2020', skip: 8, take: 2 }, { provinceCode: '140000', year: '2021', skip: 0, take: 6 }]);
    const groups = pageDocuments(plan, plan.parts.map(shardDocs), NO_OVERVIEW_FILTERS);
    expect(groups.flatMap((g) => g.documents.map((d) => d.id))).toEqual(docs.slice(8, 16).map((d) => d.id));
  });
  it('genre filters count from the shard combos and take only matching documents', () => {
    const f = { ...NO_OVERVIEW_FILTERS, genre: 'action-plan', province: '320000' };
    const plan = planPage(index, f, 1, 8);
    expect(plan.total).toBe(10);
    const ids = pageDocuments(plan, plan.parts.map(shardDocs), f).flatMap((g) => g.documents);
    expect(ids.length).toBe(8);
    expect(ids.every((d) => d.genre === 'action-plan' && d.provinceCode === '320000')).toBe(true);
    expect(overviewFacets(index, f).year).toEqual([{ value: '2021', count: 5 }, { value: '2020', count: 5 }]);
  });
  it('an unknown filter value is dropped and reported; a page past the end shows the last', () => {
    const { filters, bad } = validOverviewFilters({ ...NO_OVERVIEW_FILTERS, year: '1999' }, index);
    expect(filters.year).toBeNull();
    expect(bad).toEqual([['year', '1999']]);
    expect(planPage(index, NO_OVERVIEW_FILTERS, 99, 24).page).toBe(3);
  });
});
