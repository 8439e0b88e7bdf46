import { describe, expect, it } from 'vitest';
import { linkBaselines } from '../../../pipeline/targets/baseline';
import { extractTargets } from '../../../pipeline/targets/extract';
import type { RawTarget } from '../../../pipeline/targets/types';
import { fixture } from './helpers';

function withIds(targets: RawTarget[], prefix: string) {
  return targets.map((t, i) => ({ ...t, id: `${prefix}${i}` }));
}

function t(partial: Partial<RawTarget>): RawTarget {
  return {
    name: 'x', stage: 'target', value: 1, valueMax: null, unit: '%', comparator: '=', direction: null, kind: 'share',
    targetYear: null, yearBasis: null, start: 0, end: 1, quote: 'x', ...partial,
  };
}

describe('linkBaselines', () => {
  it('004: the review figures become baselines of the five-year goals of the same measure', () => {
    const review = withIds(extractTargets(fixture('004-review.txt'), { stage: 'achieved', year: null }), 'r');
    const goals = withIds(extractTargets(fixture('004-goals.txt'), { stage: 'target', year: null }), 'g');
    const all = [...review, ...goals];
    const links = linkBaselines(all);
    const pairs = [...links].map(([id, base]) => `${all.find((x) => x.id === id)!.name}:${all.find((x) => x.id === id)!.value}←${base.value}`);
    expect(pairs.sort()).toEqual(['新能源和清洁能源装机占比:54←40.25', '煤炭先进产能占比:95←80']);
    // 数字经济规模年均增长15% (growth) is not linked to 数字经济规模突破5000亿元 (level)
    expect([...links.keys()].some((id) => all.find((x) => x.id === id)!.name.startsWith('数字经济'))).toBe(false);
  });

  it('sets 全省/我省 aside but needs the same unit and kind', () => {
    const all = [
      t({ name: '全省市场主体', stage: 'achieved', value: 397.9, unit: '万户', kind: 'level', targetYear: 2022 }),
      t({ name: '市场主体', value: 600, unit: '万户', kind: 'level' }),
      t({ name: '常住人口城镇化率', stage: 'achieved', value: 60, unit: '百分点', kind: 'share' }),
      t({ name: '常住人口城镇化率', value: 67 }),
    ].map((x, i) => ({ ...x, id: String(i) }));
    const links = linkBaselines(all);
    expect(links.get('1')?.value).toBe(397.9);
    expect(links.has('3')).toBe(false);
  });

  it('never links rates of change or per-period flows', () => {
    const all = [
      t({ name: '地区生产总值增长', stage: 'achieved', value: 4.5, kind: 'growth', targetYear: 2022 }),
      t({ name: '地区生产总值增长', value: 6, kind: 'growth', targetYear: 2023 }),
      t({ name: '城镇新增就业', stage: 'achieved', value: 255, unit: '万人', kind: 'level' }),
      t({ name: '城镇新增就业', value: 45, unit: '万人', kind: 'level', targetYear: 2023 }),
    ].map((x, i) => ({ ...x, id: String(i) }));
    expect(linkBaselines(all).size).toBe(0);
  });

  it('takes the latest dated figure not after the target year; undated disagreeing figures link nothing', () => {
    const dated = [
      t({ name: '优良天数比例', stage: 'achieved', value: 70, targetYear: 2020 }),
      t({ name: '优良天数比例', stage: 'achieved', value: 74.5, targetYear: 2022 }),
      t({ name: '优良天数比例', stage: 'achieved', value: 80, targetYear: 2026 }),
      t({ name: '优良天数比例', value: 78, targetYear: 2025 }),
    ].map((x, i) => ({ ...x, id: String(i) }));
    expect(linkBaselines(dated).get('3')?.value).toBe(74.5);
    const undated = [
      t({ name: '优良天数比例', stage: 'achieved', value: 70 }),
      t({ name: '优良天数比例', stage: 'achieved', value: 74.5 }),
      t({ name: '优良天数比例', value: 78 }),
    ].map((x, i) => ({ ...x, id: String(i) }));
    expect(linkBaselines(undated).size).toBe(0);
  });
});
