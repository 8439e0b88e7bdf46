// Links a target to the achieved figure of the same measure in the same document — the five-year
// review's 煤炭先进产能占比80% for the goal 煤炭先进产能占比达到95%左右 — so progress can be shown
// from a stated starting point. Only when confidently the same measure:
// - same measure name once 全省/我省 … are set aside, same unit and same kind;
// - a stock (level, share, count), never a rate of change: last year's 增长4.5% is not a starting
//   point for this year's 增长6%;
// - never a per-period flow (新增, 累计, 新建, 完成, 培训 …): the review's five-year 城镇新增就业255万人
//   is no baseline for the year's 45万人;
// - the achieved year (when known) not after the target year; among several candidates the latest
//   dated one, and none at all when undated candidates disagree.
import type { RawTarget } from './types';

const SCOPE_WORDS = /^(?:全省|我省|全市|本省|全区)/;
const FLOW = /新增|累计|净增|新建|新改建|完成|培训|转移|新登记|开工|改造|建设|增长|下降|减少|降低|提高|带动|发放/;

export function measureKey(name: string): string {
  return name.replace(SCOPE_WORDS, '').replace(/[\s“”"]/g, '');
}

export function linkBaselines<T extends RawTarget & { id: string }>(targets: T[]): Map<string, T> {
  const links = new Map<string, T>();
  const achieved = targets.filter((t) => t.stage === 'achieved');
  for (const t of targets) {
    if (t.stage !== 'target' || t.kind === 'growth' || FLOW.test(t.name)) continue;
    const key = measureKey(t.name);
    const candidates = achieved.filter(
      (a) =>
        measureKey(a.name) === key &&
        a.unit === t.unit &&
        a.kind === t.kind &&
        !(a.targetYear !== null && t.targetYear !== null && a.targetYear > t.targetYear),
    );
    const chosen = pick(candidates);
    if (chosen) links.set(t.id, chosen);
  }
  return links;
}

function pick<T extends RawTarget>(candidates: T[]): T | null {
  if (candidates.length === 0) return null;
  const dated = candidates.filter((c) => c.targetYear !== null).sort((a, b) => b.targetYear! - a.targetYear!);
  if (dated.length > 0) return dated.length > 1 && dated[0].targetYear === dated[1].targetYear ? null : dated[0];
  const values = new Set(candidates.map((c) => `${c.value}/${c.valueMax}`));
  return values.size === 1 ? candidates[0] : null;
}
