// The map's one-sentence text alternative: regions with a value (no data is not zero) and the highest.
import { describe, expect, it } from 'vitest';
import type { MapState, RegionState } from '../../../src/kernel/map/state/map-state';
import { regionsWithValue, topRegions } from '../../../src/views/map/state/summary';

const region = (code: string | null, name: string, mentions: number): RegionState => ({
  code, name, mentions: Array.from({ length: mentions }, (_, i) => ({ taskId: `t${i}` }) as unknown as RegionState['mentions'][number]), responsible: [], targets: [],
});
const state: MapState = {
  provinceCode: '420000', docIds: ['d'], departmentsNamed: false,
  regions: [region('420100', '武汉市', 12), region('420500', '宜昌市', 5), region('429004', '仙桃市', 5), region('420200', '黄石市', 0), region(null, '神农架林区', 0), region('420300', '十堰市', 9)],
};

describe('map summary', () => {
  it('the highest regions with their values, ties in list order, zero left out', () => {
    expect(topRegions(state, 'mentions', '、')).toBe('武汉市 12、十堰市 9、宜昌市 5');
    expect(topRegions(state, 'mentions', '、', 10)).toBe('武汉市 12、十堰市 9、宜昌市 5、仙桃市 5');
  });

  it('counts regions with a number apart from those with no data (no code; no departments named)', () => {
    expect(regionsWithValue(state, 'mentions')).toEqual({ withValue: 5, total: 6 });
    // The documents name no responsible departments: no region has a value, and none is "highest".
    expect(regionsWithValue(state, 'responsible')).toEqual({ withValue: 0, total: 6 });
    expect(topRegions(state, 'responsible', '、')).toBe('');
  });
});
