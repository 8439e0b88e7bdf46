import { describe, expect, it } from 'vitest';
import { docLabel, formatPace, paceUnit } from '../../../src/views/indicators/model/pace-format';
import { validFilters } from '../../../src/views/indicators/use-indicator-params';
import { hubeiRail, hubeiRd, hubeiUrban, shanxiMfg } from './make';

describe('formatPace', () => {
  it('shows a share’s pace in 百分点, a level’s in its unit, a growth rate in %', () => {
    expect(formatPace(0.7275, hubeiUrban, 'linear')).toBe('+0.73百分点/年');
    expect(formatPace(-500, hubeiRail, 'linear')).toBe('−500公里/年');
    expect(formatPace(-1.3084, hubeiRd, 'compound')).toBe('−1.31%/年');
    expect(formatPace(1, shanxiMfg, 'linear')).toBe('+1百分点/年');
    expect(paceUnit(hubeiRd, 'compound')).toBe('%');
  });
  it('says nothing when there is no pace', () => {
    expect(formatPace(null, hubeiUrban, 'linear')).toBeNull();
    expect(formatPace(Infinity, hubeiUrban, 'linear')).toBeNull();
  });
  it('shortens long titles for labels', () => {
    expect(docLabel('湖北', '长江中游城市群发展“十四五”实施方案湖北省主要目标和任务分工方案')).toBe('湖北·长江中游城市群发展“十四…');
    expect(docLabel('山西', '短标题')).toBe('山西·短标题');
  });
});

describe('validFilters', () => {
  const all = {
    province: [{ value: '湖北', count: 2 }],
    doc: [{ value: 'd1', count: 2 }],
    year: [{ value: '2025', count: 1 }, { value: 'none', count: 1 }],
    category: [{ value: 'livelihood', count: 2 }],
    unit: [{ value: '省发展改革委', count: 1 }],
  };
  it('keeps values the data offers and drops the rest, naming the URL parameter', () => {
    const r = validFilters({ province: '湖北', doc: null, year: '2031', category: 'nonsense', unit: '省教育厅' }, all);
    expect(r.filters).toEqual({ province: '湖北', doc: null, year: null, category: null, unit: null });
    expect(r.bad).toEqual([['year', '2031'], ['cat', 'nonsense'], ['unit', '省教育厅']]);
  });
});
