// The "include achieved" switch, the count line and the target colour: small pieces whose
// behaviour the page shows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/views/indicators/strings';
import { buildEntries, facets, NO_FILTERS } from '../../../src/kernel/targets/catalogue';
import { includeAchievedPatch, validFilters } from '../../../src/views/indicators/use-indicator-params';
import { makeDoc, makeIndicator, SHANXI } from './make';

// 004: a 2023 target and a figure the report says was achieved in 2022.
const docs = [makeDoc(SHANXI, '山西', '山西省政府工作报告', [
  makeIndicator({ id: '004-t', name: '地区生产总值增长', value: 5, unit: '%', kind: 'growth', comparator: '~', targetYear: 2023, category: 'economy' }),
  makeIndicator({ id: '004-a', name: '全省地区生产总值增长', value: 4.5, unit: '%', kind: 'growth', comparator: '~', targetYear: 2022, stage: 'achieved', category: 'reform-opening' }),
])];
const all = buildEntries(docs, []);
const targetFacets = facets(all.filter((e) => e.indicator.stage === 'target'), NO_FILTERS);

describe('include achieved', () => {
  it('turning it off drops a year only achieved figures have, in the same URL change', () => {
    const filters = { ...NO_FILTERS, year: '2022' };
    // The year is valid while achieved figures are in…
    expect(validFilters(filters, facets(all, NO_FILTERS)).bad).toEqual([]);
    expect(includeAchievedPatch(false, filters, targetFacets)).toEqual({ achieved: null, year: null });
  });

  it('drops any other filter that no longer applies, and keeps the ones that do', () => {
    expect(includeAchievedPatch(false, { ...NO_FILTERS, province: '山西', category: 'reform-opening' }, targetFacets)).toEqual({ achieved: null, cat: null });
    expect(includeAchievedPatch(false, { ...NO_FILTERS, year: '2023', category: 'economy' }, targetFacets)).toEqual({ achieved: null });
  });

  it('turning it on changes only the switch', () => {
    expect(includeAchievedPatch(true, { ...NO_FILTERS, year: '2023' }, targetFacets)).toEqual({ achieved: '1' });
  });

  it('a year typed in a link that the data lacks is still reported', () => {
    expect(validFilters({ ...NO_FILTERS, year: '2022' }, targetFacets).bad).toEqual([['year', '2022']]);
  });
});

describe('count line', () => {
  it('says 目标 for targets alone and 指标 when achieved figures are included', () => {
    expect(t.indicators.count(5, 9)).toBe('显示 5 / 9 项目标');
    expect(t.indicators.count(5, 9, true)).toContain('项指标');
    expect(t.indicators.count(5, 9, true)).not.toContain('项目标');
  });
});

describe('target colour', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const cssVar = (file: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(readFileSync(resolve(root, file), 'utf8'))![1].toLowerCase();
  const target = cssVar('src/shell/styles.css', 'target');
  const behind = cssVar('src/views/indicators/indicators.css', 'behind');

  it('is not the "behind" red', () => {
    expect(target).not.toBe(behind);
    const [r, , b] = [1, 3, 5].map((i) => parseInt(target.slice(i, i + 2), 16));
    // Blue-ish ink, not a red.
    expect(b).toBeGreaterThan(r);
  });

  it('reads well on a white card (WCAG AAA, 7:1)', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(1.05 / (lum(target) + 0.05)).toBeGreaterThanOrEqual(7);
  });
});
