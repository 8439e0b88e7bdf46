import { describe, expect, it } from 'vitest';
import {
  compoundAnnual, growthReferenceYear, growthSign, impliedGrowth, linearPace, meanGrowth, paceMode, requiredGrowth,
} from '../../../src/kernel/progress/pace';
import { dateToYear } from '../../../src/kernel/progress/time';
import { hubeiRd, hubeiUrban, jiangsuEnergy } from '../../views/indicators/make';

describe('dateToYear', () => {
  it('puts a yearly figure at the end of its year and dated figures inside it', () => {
    expect(dateToYear('2022')).toBe(2022);
    expect(dateToYear('2023-06')).toBeCloseTo(2022.5, 10);
    expect(dateToYear('2023-12-31')).toBeCloseTo(2023, 10);
    expect(dateToYear('2024-02-29')).toBeCloseTo(2023 + 60 / 366, 10);
    expect(() => dateToYear('22')).toThrow(/bad date: 22/);
  });
});

describe('linear pace (levels, shares, counts)', () => {
  it('is the change per year between two points', () => {
    // 64.09% in 2021 → 67% by 2025: 0.7275 百分点 a year.
    expect(linearPace({ year: 2021, value: 64.09 }, { year: 2025, value: 67 })).toBeCloseTo(0.7275, 10);
    expect(linearPace({ year: 2020, value: 7000 }, { year: 2022, value: 6000 })).toBe(-500);
  });
  it('is null when the points do not span time', () => {
    expect(linearPace({ year: 2025, value: 1 }, { year: 2025, value: 2 })).toBeNull();
    expect(linearPace({ year: 2026, value: 1 }, { year: 2025, value: 2 })).toBeNull();
  });
  it('applies to everything but growth', () => {
    expect(paceMode({ kind: 'level', unit: '公里' })).toBe('linear');
    expect(paceMode({ kind: 'share', unit: '%' })).toBe('linear');
    expect(paceMode({ kind: 'count', unit: '个' })).toBe('linear');
    expect(paceMode({ kind: 'growth', unit: '%' })).toBe('compound');
    expect(paceMode(hubeiUrban)).toBe('linear');
  });
});

describe('growth in 百分点 adds up', () => {
  // 004: 制造业增加值占规上工业比重每年提高一个百分点 — an annual change in 百分点, not a compound rate.
  const mfg = { ...hubeiRd, name: '制造业增加值占规上工业比重提高', value: 1, unit: '百分点', citation: { ...hubeiRd.citation, quote: '制造业增加值占规上工业比重每年提高一个百分点' } };
  it('is linear, with the stated annual change as its pace and the mean of supplied changes as its pace so far', () => {
    expect(paceMode(mfg)).toBe('linear');
    expect(requiredGrowth(mfg)).toBe(1);
    expect(impliedGrowth(mfg, [{ year: 2023, value: 0.5 }, { year: 2024, value: 1.1 }])).toBeCloseTo(0.8, 10);
  });
  it('divides a cumulative change by the years', () => {
    const cum = { ...mfg, value: 5, targetYear: 2025, citation: { ...mfg.citation, quote: '较2020年提高5个百分点' } };
    expect(requiredGrowth(cum)).toBe(1);
    expect(impliedGrowth(cum, [{ year: 2022, value: 3 }])).toBe(1.5);
  });
});

describe('compound pace (growth)', () => {
  it('takes the annual root of a cumulative change, not a share of it', () => {
    // Down 10% over 8 years is −1.308% a year (a tenth would give −1.25%).
    expect(compoundAnnual(-10, 8)).toBeCloseTo((Math.pow(0.9, 1 / 8) - 1) * 100, 10);
    expect(compoundAnnual(-10, 8)).toBeCloseTo(-1.3084, 3);
    expect(compoundAnnual(21, 2)).toBeCloseTo(10, 10);
    expect(compoundAnnual(5, 0)).toBeNull();
    expect(compoundAnnual(-100, 3)).toBeNull();
  });

  it('averages yearly rates geometrically', () => {
    expect(meanGrowth([10, 10])).toBeCloseTo(10, 10);
    expect(meanGrowth([0, 21])).toBeCloseTo(10, 10);
    expect(meanGrowth([])).toBeNull();
  });

  it('reads a falling target as negative and an annual-rate target as its own pace', () => {
    expect(growthSign(jiangsuEnergy)).toBe(-1);
    expect(growthSign(hubeiRd)).toBe(1);
    expect(growthReferenceYear(hubeiRd)).toBeNull();
    expect(requiredGrowth(hubeiRd)).toBe(7);
  });

  it('counts a cumulative target from the year the text states (较2017年)', () => {
    expect(growthReferenceYear(jiangsuEnergy)).toBe(2017);
    expect(requiredGrowth(jiangsuEnergy)).toBeCloseTo(-1.3084, 3);
    expect(requiredGrowth({ ...jiangsuEnergy, targetYear: null })).toBeNull();
  });

  it('reads the pace so far from supplied figures', () => {
    expect(impliedGrowth(hubeiRd, [{ year: 2021, value: 0 }, { year: 2022, value: 21 }])).toBeCloseTo(10, 10);
    // Down 6% by 2021 against 2017: four years.
    expect(impliedGrowth(jiangsuEnergy, [{ year: 2021, value: 6 }])).toBeCloseTo((Math.pow(0.94, 1 / 4) - 1) * 100, 10);
    expect(impliedGrowth(jiangsuEnergy, [])).toBeNull();
  });
});
