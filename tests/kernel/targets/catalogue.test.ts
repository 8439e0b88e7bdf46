import { describe, expect, it } from 'vitest';
import { buildEntries, categoryOrder, drawnGroups, facets, filterEntries, groupByCategory, NO_FILTERS } from '../../../src/kernel/targets/catalogue';
import { documentOrder, sortEntries } from '../../../src/views/indicators/model/sort';
import { HUBEI, JIANGSU, rows, sampleDocs, hubeiUrban } from '../../views/indicators/make';

const entries = buildEntries(sampleDocs(), rows(hubeiUrban.id, '%', [['2020', 62], ['2021', 64]]));

describe('buildEntries', () => {
  it('joins every target with its document, units and supplied progress', () => {
    expect(entries).toHaveLength(9);
    const hb = entries.find((e) => e.indicator.id === hubeiUrban.id)!;
    expect(hb).toMatchObject({ docId: HUBEI, province: '湖北' });
    expect(hb.units!.map((u) => u.name)).toEqual(['省发改委', '省自然资源厅', '省住建厅']);
    expect(hb.progress).toHaveLength(2);
    expect(hb.assessment.status).toBe('on-track');
    // No task, or a task without units: null, so the card says the document names none.
    expect(entries.find((e) => e.indicator.id === '002-urban')!.units).toBeNull();
    expect(entries.find((e) => e.indicator.id === '002-urban')!.assessment.status).toBe('unknown');
  });
});

describe('filters and facets', () => {
  it('filters by province, document, year and category together', () => {
    expect(filterEntries(entries, { ...NO_FILTERS, province: '江苏' }).map((e) => e.docId)).toEqual(Array(4).fill(JIANGSU));
    expect(filterEntries(entries, { ...NO_FILTERS, category: 'livelihood' }).map((e) => e.indicator.id)).toEqual(['002-urban', '003-i1']);
    expect(filterEntries(entries, { ...NO_FILTERS, category: 'livelihood', province: '湖北' }).map((e) => e.indicator.id)).toEqual(['003-i1']);
    expect(filterEntries(entries, { ...NO_FILTERS, year: '2023' }).map((e) => e.indicator.id)).toEqual(['004-mfg']);
    expect(filterEntries(entries, { ...NO_FILTERS, year: 'none' }).map((e) => e.indicator.id)).toEqual(['004-open']);
    expect(filterEntries(entries, { ...NO_FILTERS, category: 'none' }).map((e) => e.indicator.id)).toEqual(['004-open']);
    expect(filterEntries(entries, { ...NO_FILTERS, doc: HUBEI })).toHaveLength(3);
  });

  it('filters by a responsible unit (any role) and counts the units under the other filters', () => {
    // 省自然资源厅 is named on 湖北's urbanisation task only; a target with no named units never matches.
    expect(filterEntries(entries, { ...NO_FILTERS, unit: '省自然资源厅' }).map((e) => e.indicator.id)).toEqual([hubeiUrban.id]);
    const byUnit = facets(entries, NO_FILTERS).unit;
    expect(byUnit.find((u) => u.value === '省自然资源厅')).toEqual({ value: '省自然资源厅', count: 1 });
    // Under a unit filter, the other facets count only that unit's targets; the unit facet ignores its own filter.
    const f = facets(entries, { ...NO_FILTERS, unit: '省自然资源厅' });
    expect(f.province).toEqual([{ value: '湖北', count: 1 }]);
    expect(f.unit).toEqual(byUnit);
    const slow = new Map<string, number>();
    for (const e of filterEntries(entries, { ...NO_FILTERS, province: '湖北' })) for (const u of new Set((e.units ?? []).map((x) => x.name))) slow.set(u, (slow.get(u) ?? 0) + 1);
    expect(facets(entries, { ...NO_FILTERS, province: '湖北' }).unit.map((x) => [x.value, x.count]).sort()).toEqual([...slow].sort());
  });

  it('counts each facet under the other filters, in a meaningful order', () => {
    const f = facets(entries, { ...NO_FILTERS, province: '山西' });
    // The province facet ignores its own filter, so every province stays choosable.
    expect(f.province.map((x) => x.value).sort()).toEqual(['山西', '江苏', '湖北'].sort());
    expect(f.year).toEqual([{ value: '2023', count: 1 }, { value: 'none', count: 1 }]);
    expect(f.category).toEqual([{ value: 'industry-innovation', count: 1 }, { value: 'none', count: 1 }]);
    const all = facets(entries, NO_FILTERS);
    expect(all.category.map((c) => c.value)).toEqual(['industry-innovation', 'energy-environment', 'infrastructure', 'livelihood', 'none']);
  });

  it('counts under two filters exactly what filtering by the other filters gives', () => {
    // The definition, spelled out slowly: facet k counts the entries that pass every filter but k.
    const slow = (f: typeof NO_FILTERS, k: keyof typeof NO_FILTERS, key: (e: (typeof entries)[number]) => string) => {
      const counts = new Map<string, number>();
      for (const e of filterEntries(entries, { ...f, [k]: null })) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
      return [...counts].sort();
    };
    const fast = (list: { value: string; count: number }[]) => list.map((x) => [x.value, x.count]).sort();
    const filters = [
      { ...NO_FILTERS, province: '江苏', category: 'industry-innovation' },
      { ...NO_FILTERS, province: '湖北', year: '2025' },
      { ...NO_FILTERS, doc: HUBEI, category: 'livelihood', year: 'none' },
    ];
    for (const f of filters) {
      const got = facets(entries, f);
      expect(fast(got.province)).toEqual(slow(f, 'province', (e) => e.province));
      expect(fast(got.doc)).toEqual(slow(f, 'doc', (e) => e.docId));
      expect(fast(got.year)).toEqual(slow(f, 'year', (e) => (e.indicator.targetYear === null ? 'none' : String(e.indicator.targetYear))));
      expect(fast(got.category)).toEqual(slow(f, 'category', (e) => e.indicator.category ?? 'none'));
    }
    // 江苏 + industry-innovation: the category facet still lists 江苏's other categories.
    expect(facets(entries, filters[0]).category.length).toBeGreaterThan(1);
  });

  it('groups by category in the plans’ order, unclassified last', () => {
    expect(groupByCategory(entries).map((g) => [g.category, g.entries.length])).toEqual([
      ['industry-innovation', 4], ['energy-environment', 1], ['infrastructure', 1], ['livelihood', 2], ['none', 1],
    ]);
  });
});

describe('card order', () => {
  it('orders by category group in the plans’ order, document order inside a group', () => {
    expect(categoryOrder(entries).map((e) => e.indicator.id)).toEqual([
      '002-rd', '002-mfg', '003-i3', '004-mfg', '002-energy', '003-i2', '002-urban', '003-i1', '004-open',
    ]);
  });

  it('draws any prefix of that order as whole groups and partial last group, each counted in full', () => {
    const ordered = categoryOrder(entries);
    for (let limit = 1; limit <= ordered.length + 1; limit++) {
      const groups = drawnGroups(ordered, limit);
      // What is drawn is exactly the first `limit` cards: a new page only appends below.
      expect(groups.flatMap((g) => g.entries)).toEqual(ordered.slice(0, limit));
      for (const g of groups) expect(g.total).toBe(ordered.filter((e) => (e.indicator.category ?? 'none') === g.category).length);
    }
    // One card drawn: its group heading still counts all four.
    expect(drawnGroups(ordered, 1).map((g) => [g.category, g.total, g.entries.length])).toEqual([['industry-innovation', 4, 1]]);
  });
});

describe('sortEntries', () => {
  it('sorts by the figure whatever its unit, both ways, and keeps missing years last either way', () => {
    const values = (list: typeof entries) => list.map((e) => e.indicator.value);
    // 1百分点, 3%, 7%, 10%, 35%, 50万户, 67%, 75%, 7000公里: by number, not by unit name first.
    expect(values(sortEntries(entries, 'value', 'asc'))).toEqual([1, 3, 7, 10, 35, 50, 67, 75, 7000]);
    expect(values(sortEntries(entries, 'value', 'desc'))).toEqual([7000, 75, 67, 50, 35, 10, 7, 3, 1]);
    expect(sortEntries(entries, 'year', 'asc').at(-1)!.indicator.id).toBe('004-open');
    expect(sortEntries(entries, 'year', 'desc').at(-1)!.indicator.id).toBe('004-open');
    expect(sortEntries(entries, 'year', 'desc')[0].indicator.targetYear).toBe(2025);
  });
  it('breaks a tie in the figure by unit, then keeps document order (stable)', () => {
    const tied = buildEntries(sampleDocs(), []).map((e, i) => ({
      ...e, indicator: { ...e.indicator, value: 5, unit: i % 3 === 0 ? '个' : '%' },
    }));
    const sorted = sortEntries(tied, 'value', 'asc');
    const units = sorted.map((e) => e.indicator.unit);
    expect(units.filter((u, i) => i === 0 || u !== units[i - 1])).toHaveLength(2);
    for (const u of ['个', '%']) {
      const ids = (list: typeof tied) => list.filter((e) => e.indicator.unit === u).map((e) => e.indicator.id);
      expect(ids(sorted)).toEqual(ids(tied));
      expect(ids(sortEntries(tied, 'value', 'desc'))).toEqual(ids(tied));
    }
  });
  it('puts behind first when sorting by status ascending', () => {
    const e2 = buildEntries(sampleDocs(), rows(hubeiUrban.id, '%', [['2020', 62], ['2021', 62.1]]));
    expect(sortEntries(e2, 'status', 'asc')[0].assessment.status).toBe('behind');
  });
  it('document order is by document then position in the text', () => {
    expect(documentOrder([...entries].reverse()).map((e) => e.docId)[0]).toBe(JIANGSU);
  });
});
