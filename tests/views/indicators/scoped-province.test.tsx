// A catalogue beyond the budget loads one province's shard: the province menu names that province
// (it read 全部 — all — while only one province was on screen, e.g. after a link with ?doc=… or
// with no filter at all), offers no 全部 to go back to, and clearing is offered only for filters
// the URL holds.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Facet, type Filters } from '../../../src/kernel/targets/catalogue';
import FilterBar from '../../../src/views/indicators/FilterBar';
import { scopedFilters, validFilters } from '../../../src/views/indicators/use-indicator-params';

const provinces: Facet[] = [{ value: '北京', count: 1476 }, { value: '西藏', count: 1470 }];
const facets = (province: Facet[]): Record<keyof Filters, Facet[]> => ({ province, doc: [], year: [], category: [{ value: 'economy', count: 3 }], unit: [] });

/** The province select's options and which one is selected, from the markup React renders. */
function provinceMenu(html: string): { options: string[]; selected: string | null } {
  const select = /<select data-testid="filter-province"[^>]*>(.*?)<\/select>/.exec(html)![1];
  const options = [...select.matchAll(/<option value="([^"]*)"([^>]*)>/g)];
  return { options: options.map((m) => m[1]), selected: options.find((m) => m[2].includes('selected'))?.[1] ?? null };
}

describe('scoped province', () => {
  it('filters a scoped catalogue to the province it shows when the URL names none', () => {
    expect(scopedFilters(NO_FILTERS, '北京', provinces)).toEqual({ ...NO_FILTERS, province: '北京' });
    // The URL's own choice stands; an unscoped catalogue (null) and a province not among the choices change nothing.
    const chosen = { ...NO_FILTERS, province: '西藏' };
    expect(scopedFilters(chosen, '北京', provinces)).toBe(chosen);
    expect(scopedFilters(NO_FILTERS, null, provinces)).toBe(NO_FILTERS);
    expect(scopedFilters(NO_FILTERS, '湖北', provinces)).toBe(NO_FILTERS);
    // ?doc=… scoped to the document's province: the doc filter is kept, the province filled in.
    expect(scopedFilters({ ...NO_FILTERS, doc: 's1' }, '西藏', provinces)).toEqual({ ...NO_FILTERS, doc: 's1', province: '西藏' });
    // An unknown ?province= is dropped (and reported) first; the menu then shows the loaded province, not 全部.
    const { filters, bad } = validFilters({ ...NO_FILTERS, province: '火星' }, facets(provinces));
    expect(bad).toEqual([['province', '火星']]);
    expect(scopedFilters(filters, '北京', provinces).province).toBe('北京');
  });

  it('the menu of a scoped catalogue shows its province and has no 全部', () => {
    const filters = scopedFilters(NO_FILTERS, '北京', provinces);
    const html = renderToStaticMarkup(<FilterBar filters={filters} facets={facets(provinces)} docTitles={new Map()} onChange={() => {}} onClear={() => {}} scoped canClear={false} />);
    expect(provinceMenu(html)).toEqual({ options: ['北京', '西藏'], selected: '北京' });
    // Nothing in the URL to clear.
    expect(/<button type="button" disabled="">/.test(html)).toBe(true);
  });

  it('an unscoped catalogue keeps 全部 and clears what is chosen', () => {
    const html = renderToStaticMarkup(<FilterBar filters={NO_FILTERS} facets={facets(provinces)} docTitles={new Map()} onChange={() => {}} onClear={() => {}} />);
    expect(provinceMenu(html)).toEqual({ options: ['', '北京', '西藏'], selected: '' });
    const chosen = renderToStaticMarkup(<FilterBar filters={{ ...NO_FILTERS, category: 'economy' }} facets={facets(provinces)} docTitles={new Map()} onChange={() => {}} onClear={() => {}} />);
    expect(/<button type="button" disabled="">/.test(chosen)).toBe(false);
  });
});
