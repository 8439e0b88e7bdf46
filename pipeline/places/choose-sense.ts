// Which of the things a name can mean is meant here. Never a guess: when the context, the full
// name, the document's province and the prefecture level all fail to single out one place, the
// answer is "ambiguous" and the caller leaves the name out with a warning.
import type { Sense } from './name-index';

export type Choice =
  | { kind: 'place'; sense: Sense }
  | { kind: 'ambiguous'; codes: string[] }
  /** The name sits inside a place just named and is not part of it (太原西山 is not 昆明's 西山区). */
  | { kind: 'inside'; };

/** The name written just before this one, with no gap (长治市城区, 浙江嘉善, 武汉天河机场). */
export type Preceding = { kind: 'province'; province: string } | { kind: 'place'; code: string } | null;

const distinct = (senses: Sense[]) => [...new Set(senses.map((s) => s.code))];
const isPrefectureLevel = (s: Sense) => s.kind === 'prefecture' || s.kind === 'prefectureShort';

function inContext(s: Sense, preceding: NonNullable<Preceding>): boolean {
  return preceding.kind === 'province' ? s.province === preceding.province : s.code === preceding.code;
}

export function chooseSense(senses: Sense[], documentProvince: string | null, preceding: Preceding): Choice {
  let pool = senses;
  if (preceding) {
    const kept = pool.filter((s) => inContext(s, preceding));
    if (kept.length > 0) pool = kept;
    else if (pool.every((s) => !isPrefectureLevel(s))) return { kind: 'inside' };
    // A prefecture right after another place is a new place in its own right (太原晋中): keep only
    // the prefecture-level readings.
    else pool = pool.filter(isPrefectureLevel);
  }
  const steps: ((s: Sense) => boolean)[] = [
    () => true,
    // A full name beats a short name (西安 the prefecture vs 西安区 of 辽源 is decided below, but
    // 通州区 written in full never competes with a short name).
    (s) => s.kind === 'prefecture' || s.kind === 'county',
  ];
  for (const step of steps) {
    const narrowed = pool.filter(step);
    if (narrowed.length > 0 && distinct(narrowed).length === 1) return { kind: 'place', sense: narrowed[0] };
  }
  if (documentProvince) {
    const home = pool.filter((s) => s.province === documentProvince);
    const codes = distinct(home);
    if (codes.length === 1) return { kind: 'place', sense: home[0] };
    if (codes.length > 1) return { kind: 'ambiguous', codes };
  }
  const prefectures = pool.filter(isPrefectureLevel);
  if (prefectures.length > 0 && distinct(prefectures).length === 1) return { kind: 'place', sense: prefectures[0] };
  return { kind: 'ambiguous', codes: distinct(pool) };
}
