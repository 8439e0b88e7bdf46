// Comparator from the words around a figure: 以上/不低于/不少于 → >=; 以内/以下/控制在 → <=;
// 左右/约/近 → ~; 超过/突破 → >; 达到 or a plain figure → =.
// A suffix beats a prefix: 控制在5.5%左右 is a figure "around 5.5%" (the ceiling is approximate),
// and 达到97%以上 is ">= 97".
import type { TargetComparator, TargetDirection } from './types';

const SUFFIX: [RegExp, TargetComparator][] = [
  [/^(?:及以上|以上)/, '>='],
  [/^(?:及以下|以下|以内)/, '<='],
  [/^左右/, '~'],
];

const PREFIX: [RegExp, TargetComparator][] = [
  [/(?:不低于|不少于|不小于|至少有?)$/, '>='],
  [/(?:不超过|不高于|控制在|低于)$/, '<='],
  [/(?:约|近|接近)$/, '~'],
  [/(?:超过|突破|高于|逾|超)$/, '>'],
  // 迈上7万元新台阶: reached and passed the mark
  [/迈上$/, '>='],
];

/** Reads the comparator; `suffixLength` is how many characters after the figure it used. */
export function comparatorFor(before: string, after: string): { comparator: TargetComparator; suffixLength: number } {
  for (const [re, c] of SUFFIX) {
    const m = re.exec(after);
    if (m) return { comparator: c, suffixLength: m[0].length };
  }
  for (const [re, c] of PREFIX) if (re.test(before)) return { comparator: c, suffixLength: 0 };
  return { comparator: '=', suffixLength: 0 };
}

// Words that say which way is better. A bound says it outright (以上 → up, 控制在/以内 → down);
// with 左右 or a plain 达到 only a verb of change into the figure does (缩小到2:1左右 → down,
// 提高到 → up). 达到 alone says nothing: air quality can 达到 a lower figure, output a higher one —
// then the direction is null, and progress can only be read against a stated starting figure.
const DOWN_BEFORE = /(?:控制在|不超过|不高于|低于|(?:缩小|下降|降低|减少|压减|压缩|回落)(?:到|至)|降至|减至)$/;
const UP_BEFORE = /(?:(?:提高|提升|增加|增长|扩大|上升)(?:到|至)|增至|升至)$/;

export function directionFor(before: string, comparator: TargetComparator): TargetDirection | null {
  if (comparator === '>=' || comparator === '>') return 'up';
  if (comparator === '<=') return 'down';
  if (DOWN_BEFORE.test(before)) return 'down';
  if (UP_BEFORE.test(before)) return 'up';
  return null;
}
