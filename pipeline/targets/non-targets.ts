// Figures that look like quantities but are not measures. Each rule names why, so the exploratory
// run can show what was dropped. The rules, in order:
// - years and year ranges (2025年, 2015-2017年): time, handled by year.ts;
// - anything inside 《》 〔〕 “” or () — titles, document numbers, slogans (“46条”, “111”) and
//   parenthetical glosses (快货国内1天送达 …) are not goals of the sentence;
// - figures glued to Latin letters or + × (PM2.5年, 5G, G42, IPv6, 9+13, 7×24): labels;
// - ordinals (第20位);
// - specifications, not goals: a unit followed by 级 / 水深 / 及以下 + noun (30万吨级航道,
//   4.5米水深航道, 4.3米及以下焦炉);
// - counts of policy articles (21条措施): the number of clauses in a policy is not a measure;
// - counts of things being listed rather than aimed at: preceded by 等 (南京…泰州等9个城市) or
//   followed by a colon that lists them (5个大型电力基地:晋北…);
// - counts with no goal or change verb in their clause (8个典型案例入选, 保供24个省份): a bare
//   number of things is only a target when the sentence builds, completes, reaches or adds them,
//   or sets a floor (每个县至少有一所优质公办高中).
//   摘帽 completes (58个贫困县全部摘帽), 提标 raises (对17项民生政策进行提标扩面).
import type { Quantity } from './numbers';
import { isCountUnit } from './measure-unit';

const OPEN_CLOSE: Record<string, string> = { '《': '》', '〔': '〕', '“': '”', '(': ')', '【': '】' };
const OPEN_CLOSE_CODES = new Map(Object.entries(OPEN_CLOSE).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));

/**
 * For every offset 0…text.length, whether it sits inside a bracket or quotation opened earlier on
 * its line: one pass over the text. (Rescanning from 0 for every figure made a 1 MB paragraph take
 * 80 s; the answers are memoised per text, since one text is asked about each of its figures.)
 */
function bracketMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  // Character codes, not one-character strings: a CJK character read as text[i] is a new string each time.
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    mask[i] = stack.length > 0 ? 1 : 0;
    const c = text.charCodeAt(i);
    const closer = OPEN_CLOSE_CODES.get(c);
    if (closer !== undefined) stack.push(closer);
    else if (stack.length && stack[stack.length - 1] === c) stack.pop();
    else if (c === 0x0a) stack.length = 0; // a bracket never spans a paragraph; damaged text must not leak
  }
  mask[text.length] = stack.length > 0 ? 1 : 0;
  return mask;
}

// A few texts at once: target extraction alternates between the document and its current clause.
const masks = new Map<string, Uint8Array>();

/** True when offset `at` sits inside a bracket or quotation opened earlier in `text`. */
export function insideBrackets(text: string, at: number): boolean {
  let mask = masks.get(text);
  if (!mask) {
    mask = bracketMask(text);
    if (masks.size >= 8) masks.delete(masks.keys().next().value!);
    masks.set(text, mask);
  }
  return mask[Math.max(0, Math.min(at, text.length))] === 1;
}

const COUNT_GOAL_VERBS =
  /建设|新建|建成|建立|创建|打造|培育|组建|重组|新增|增至|增加至|增加到|设立|推出|实施|转让|改造|拆除|开工|完成|达到|达|突破|超过|培训|引进|认定|确定|推动|推进|支持|发展|净增|累计|提升至|恢复|办好|至少|摘帽|提标/;
const POLICY_NOUN = /^(?:措施|政策|意见|举措|条例|规定|办法|文件|任务)/;
const SPEC_AFTER = /^(?:级|水深|及以下[\u4e00-\u9fff]|及以上[\u4e00-\u9fff])/;

export function nonTargetReason(
  text: string,
  q: Quantity,
  clause: { start: number; end: number },
): string | null {
  const before = text[q.start - 1] ?? '';
  const after = text.slice(q.end, clause.end);
  if (q.unit === '年' && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100) return 'year';
  if (insideBrackets(text, q.start)) return 'inside brackets or quotes';
  if (/[A-Za-z+×*.]/.test(before) || /^[A-Za-z+×*]/.test(text.slice(q.end))) return 'label';
  if (before === '第') return 'ordinal';
  if (SPEC_AFTER.test(after)) return 'specification';
  if (isCountUnit(q.unit)) {
    if (POLICY_NOUN.test(after)) return 'policy article count';
    if (/等\s*$/.test(text.slice(clause.start, q.start))) return 'listing (等)';
    if (/^[^,。;、]{0,16}:/.test(after)) return 'listing (colon)';
    const left = text.slice(clause.start, q.start);
    if (!COUNT_GOAL_VERBS.test(left) && !COUNT_GOAL_VERBS.test(after.slice(0, 12))) return 'count without goal';
  }
  return null;
}
