// Kind of measure. growth: a rate of change (增长/年均增长/下降 … a %, 百分点 or 倍; or a name that is
// itself a rate of change: 增速, 增幅, 涨幅). share: any other percentage level (率, 比重, 占比,
// 覆盖率, 强度 in %). count: 个/家/所/项/座 … of things. level: everything else (万亿元, 公里, 万亩).
// An absolute increase (增长189.2万户, 增长10460元) is not a rate: it stays level, the verb in its name.
import type { TargetKind } from './types';
import { isCountUnit, isPercentUnit } from './measure-unit';

const RATE_NAME = /增速|增幅|涨幅|增长率/;
// 万人发明专利拥有量42件, 人均…: a per-capita ratio written with a count unit is a level.
const PER_CAPITA = /人均|万人|每|密度|拥有量/;

export function kindFor(name: string, unit: string, change: boolean): TargetKind {
  if ((change && (isPercentUnit(unit) || unit === '倍')) || (unit === '%' && RATE_NAME.test(name))) return 'growth';
  if (isPercentUnit(unit)) return 'share';
  if (isCountUnit(unit) && !PER_CAPITA.test(name)) return 'count';
  return 'level';
}
