// Issue 13.9/13.10: links the app makes stay short whatever the name; counts in words; option
// parameters and heatmap filters outside their choices are reported.
import { describe, expect, it } from 'vitest';
import { departmentKey, MAX_ID_IN_URL, routePaths } from '../../src/kernel/router/paths';
import { countWord } from '../../src/views/overview/strings';
import { badOptionParams } from '../../src/views/indicators/use-indicator-params';
import { unknownFilterValues } from '../../src/views/heatmap/model/params';

describe('department links', () => {
  it('a short registry id is written as itself', () => {
    expect(routePaths.department('420000:省发展改革委')).toBe(`/department/${encodeURIComponent('420000:省发展改革委')}`);
  });
  it('a 15,000-character name gives a short, stable link distinct from its neighbour', () => {
    const long = `420000:${'省'.repeat(15_000)}`;
    const href = routePaths.department(long);
    expect(href.length).toBeLessThan(40);
    expect(routePaths.department(long)).toBe(href);
    expect(departmentKey(`${long}厅`)).not.toBe(departmentKey(long));
    expect(departmentKey('x'.repeat(MAX_ID_IN_URL))).toBe('x'.repeat(MAX_ID_IN_URL));
  });
});

describe('counts', () => {
  it('in words up to ten, digits beyond', () => {
    expect([1, 2, 5, 6, 10].map(countWord)).toEqual(['一', '两', '五', '六', '十']);
    expect(countWord(11)).toBe('11 ');
  });
});

describe('URL option values', () => {
  it('indicators: tab, sort, dir, compare, achieved outside their choices are reported; valid ones are not', () => {
    expect(badOptionParams({ tab: 'x', sort: 'y', dir: 'up', compare: 'yes', achieved: '2' }).map(([k]) => k)).toEqual(['tab', 'sort', 'dir', 'compare', 'achieved']);
    expect(badOptionParams({ tab: 'table', sort: null, dir: 'desc', compare: '1', achieved: null })).toEqual([]);
  });
  it('heatmap: a section or category the document does not have is reported and dropped', () => {
    const sections = [{ key: '一' }, { key: '二·1' }];
    const categories = [{ category: '金融' }, { category: '' }];
    const f = { section: '九', categories: ['金融', '不存在'], kinds: null, search: '' };
    expect(unknownFilterValues(f, sections, categories)).toEqual({ bad: [['section', '九'], ['cat', '不存在']], patch: { section: null, cat: '金融' } });
    expect(unknownFilterValues({ ...f, section: '二·1', categories: [''] }, sections, categories)).toEqual({ bad: [], patch: {} });
  });
});
