import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/kernel/progress/status';
import { hubeiRail, hubeiRd, hubeiUrban, jiangsuEnergy, makeIndicator, rows } from '../../views/indicators/make';

const urban = (points: [string, number][]) => rows(hubeiUrban.id, '%', points);

describe('assess: unknown unless stated or supplied figures decide it', () => {
  it('no baseline and no progress → unknown', () => {
    const a = assess(hubeiUrban, []);
    expect(a).toMatchObject({ status: 'unknown', reason: 'no-progress', required: null, implied: null, latest: null });
  });

  it('a stated baseline alone gives the required pace but no status', () => {
    const withBase = { ...hubeiUrban, baseline: { value: 61, unit: '%', year: 2020, citation: hubeiUrban.citation } };
    const a = assess(withBase, []);
    expect(a.status).toBe('unknown');
    expect(a.required).toBeCloseTo(1.2, 10);
  });

  it('one supplied figure below the target and no baseline → unknown (no pace can be read)', () => {
    expect(assess(hubeiUrban, urban([['2021', 64]]))).toMatchObject({ status: 'unknown', reason: 'one-point', implied: null });
  });

  it('a figure reported as achieved is not assessed', () => {
    expect(assess({ ...hubeiUrban, stage: 'achieved' }, urban([['2021', 64]])).reason).toBe('not-a-target');
  });

  it('no target year → unknown unless the target is already met', () => {
    const open = { ...hubeiUrban, targetYear: null };
    expect(assess(open, urban([['2020', 60], ['2021', 62]])).reason).toBe('no-target-year');
    // 达到67% says nothing about up or down: one figure above it is not "met" unless a word or a
    // starting figure says which way is better.
    expect(assess(open, urban([['2021', 68]]))).toMatchObject({ status: 'unknown', reason: 'one-point' });
    expect(assess({ ...open, direction: 'up' }, urban([['2021', 68]]))).toMatchObject({ status: 'on-track', reason: 'met' });
    expect(assess({ ...open, comparator: '>=' }, urban([['2021', 68]]))).toMatchObject({ status: 'on-track', reason: 'met' });
  });
});

describe('assess: linear targets', () => {
  it('on track when the pace so far reaches the target by its year', () => {
    // 62 → 64 over 2 years is 1/yr; 64 + 4 = 68 ≥ 67 by 2025.
    const a = assess(hubeiUrban, urban([['2019', 62], ['2021', 64]]));
    expect(a).toMatchObject({ status: 'on-track', reason: 'pace-enough', start: { year: 2019, value: 62 } });
    expect(a.implied).toBeCloseTo(1, 10);
    expect(a.required).toBeCloseTo(5 / 6, 10);
  });

  it('behind when it does not', () => {
    // 62 → 63 over 2 years is 0.5/yr; 63 + 2 = 65 < 67.
    expect(assess(hubeiUrban, urban([['2019', 62], ['2021', 63]]))).toMatchObject({ status: 'behind', reason: 'pace-short' });
  });

  it('uses the stated baseline as the start when there is one', () => {
    const withBase = { ...hubeiRail, baseline: { value: 5000, unit: '公里', year: 2020, citation: hubeiRail.citation } };
    const a = assess(withBase, rows(hubeiRail.id, '公里', [['2022', 6000]]));
    expect(a.start).toEqual({ year: 2020, value: 5000 });
    expect(a.required).toBeCloseTo(400, 10);
    expect(a.implied).toBeCloseTo(500, 10);
    expect(a.status).toBe('on-track');
  });

  it('behind once the target year has passed unmet', () => {
    expect(assess(hubeiUrban, urban([['2024', 60], ['2025', 66]]))).toMatchObject({ status: 'behind', reason: 'missed' });
  });

  it('a ceiling (控制在) is met from below and judged by its upper end', () => {
    const ceiling = makeIndicator({ id: 'x', name: '城镇调查失业率', value: 5.5, valueMax: 6, unit: '%', kind: 'share', comparator: '<=' });
    expect(assess(ceiling, rows('x', '%', [['2023', 5.8]]))).toMatchObject({ status: 'on-track', reason: 'met', threshold: 6 });
    expect(assess(ceiling, rows('x', '%', [['2022', 6.8], ['2023', 6.4]]))).toMatchObject({ status: 'on-track', reason: 'pace-enough' });
    expect(assess(ceiling, rows('x', '%', [['2022', 6.8], ['2023', 6.7]]))).toMatchObject({ status: 'behind' });
  });

  it('a 达到 level below its start is a target to come down to', () => {
    const down = { ...hubeiRail, baseline: { value: 9000, unit: '公里', year: 2020, citation: hubeiRail.citation } };
    expect(assess(down, rows(hubeiRail.id, '公里', [['2022', 8000]])).status).toBe('on-track');
    expect(assess(down, rows(hubeiRail.id, '公里', [['2022', 8900]])).status).toBe('behind');
  });
});

describe('assess: growth targets', () => {
  it('an annual-rate target is compared with the mean rate supplied', () => {
    const rd = (pts: [string, number][]) => rows(hubeiRd.id, '%', pts);
    expect(assess(hubeiRd, rd([['2021', 8], ['2022', 7.5]]))).toMatchObject({ status: 'on-track', required: 7 });
    expect(assess(hubeiRd, rd([['2021', 8], ['2022', 5]])).status).toBe('behind');
    expect(assess(hubeiRd, [])).toMatchObject({ status: 'unknown', reason: 'no-progress', required: 7 });
  });

  it('a cumulative fall (较2017年下降10%) is on track when the fall so far is steep enough', () => {
    const e = (pts: [string, number][]) => rows(jiangsuEnergy.id, '%', pts);
    // 6% down in four years: −1.53%/yr, steeper than the −1.31%/yr needed.
    expect(assess(jiangsuEnergy, e([['2021', 6]]))).toMatchObject({ status: 'on-track', reason: 'pace-enough' });
    // 3% down in four years: −0.76%/yr.
    expect(assess(jiangsuEnergy, e([['2021', 3]]))).toMatchObject({ status: 'behind', reason: 'pace-short' });
  });
});

describe('assess: ceilings written with 左右 and verbs of direction', () => {
  // 004 2023年目标: 城镇调查失业率控制在5.5%左右 — '~' but from above (direction 'down').
  const unemployment = makeIndicator({
    id: '004-u', name: '城镇调查失业率', value: 5.5, unit: '%', kind: 'share', comparator: '~', direction: 'down', targetYear: 2023,
    citation: { docId: '004', start: 0, end: 14, line: 35, quote: '城镇调查失业率控制在5.5%左右' },
  });
  it('a rate under the ceiling is met; above it in the target year is missed', () => {
    expect(assess(unemployment, rows(unemployment.id, '%', [['2023', 5.0]]))).toMatchObject({ status: 'on-track', reason: 'met' });
    expect(assess(unemployment, rows(unemployment.id, '%', [['2023', 6.0]]))).toMatchObject({ status: 'behind', reason: 'missed' });
  });
  it('the same words without a direction would not be read as a floor', () => {
    // Before direction existed, 5.0 against "5.5左右" with no start was judged as "higher is better".
    expect(assess({ ...unemployment, direction: null }, rows(unemployment.id, '%', [['2023', 5.0]])).reason).toBe('one-point');
  });
  // 004: 居民消费价格涨幅控制在3%左右 — a growth figure with a ceiling.
  const cpi = makeIndicator({
    id: '004-c', name: '居民消费价格涨幅', value: 3, unit: '%', kind: 'growth', comparator: '~', direction: 'down', targetYear: 2023,
  });
  it('a growth ceiling: rates under it are on track, over it behind', () => {
    expect(assess(cpi, rows(cpi.id, '%', [['2022', 2], ['2023', 2]])).status).toBe('on-track');
    expect(assess(cpi, rows(cpi.id, '%', [['2022', 4], ['2023', 4]])).status).toBe('behind');
  });
  // 002: 全省城乡居民收入差距缩小到2:1左右 — one figure of 2.3 has not reached it.
  const gap = makeIndicator({ id: '002-g', name: '全省城乡居民收入差距', value: 2, unit: '', kind: 'level', comparator: '~', direction: 'down', targetYear: 2025 });
  it('缩小到…左右: a figure above the target is not met', () => {
    expect(assess(gap, rows(gap.id, '', [['2021', 2.3]])).reason).not.toBe('met');
    expect(assess(gap, rows(gap.id, '', [['2020', 2.4], ['2022', 2.2]]))).toMatchObject({ status: 'on-track', reason: 'pace-enough' });
  });
  it('超过 is passed only above the figure', () => {
    const over = makeIndicator({ id: '003-o', name: '地区生产总值', value: 3.5, unit: '万亿元', kind: 'level', comparator: '>', direction: 'up', targetYear: 2025 });
    expect(assess(over, rows(over.id, '万亿元', [['2025', 3.5]])).reason).not.toBe('met');
    expect(assess(over, rows(over.id, '万亿元', [['2025', 3.6]])).reason).toBe('met');
  });
});

describe('assess: overdue is computed from the year, never guessed', () => {
  it('a target whose year has ended with no figure reads overdue (逾期未报), not behind', () => {
    expect(assess(hubeiUrban, [], 2026)).toMatchObject({ status: 'overdue', reason: 'overdue' });
    // The target for 2025 is due at the end of 2025: not overdue during 2025.
    expect(assess(hubeiUrban, [], 2025)).toMatchObject({ status: 'unknown', reason: 'no-progress' });
    expect(assess({ ...hubeiUrban, targetYear: null }, [], 2026).status).toBe('unknown');
    // With a figure it is judged on the figure.
    expect(assess({ ...hubeiUrban, comparator: '>=' }, urban([['2025', 68]]), 2026).status).toBe('on-track');
  });
  it('a baseline without a year is named as such, not as "no baseline" (the card never contradicts itself)', () => {
    const undated = { ...hubeiUrban, baseline: { value: 61, unit: '%', year: null, citation: hubeiUrban.citation } };
    expect(assess(undated, urban([['2021', 64]])).reason).toBe('baseline-undated');
  });
  it('004: a five-year goal with its inferred year and the review baseline gets a pace', () => {
    const coal = { ...hubeiUrban, name: '煤炭先进产能占比', value: 95, comparator: '~' as const, targetYear: 2027, yearBasis: 'inferred' as const, baseline: { value: 80, unit: '%', year: 2022, yearBasis: 'inferred' as const, citation: hubeiUrban.citation } };
    expect(assess(coal, []).required).toBeCloseTo(3, 10);
  });
});
