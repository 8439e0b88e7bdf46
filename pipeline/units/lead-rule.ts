// Document-level role rules. Many documents say once how to read every unit list that follows:
//   列第一位者为牵头单位，下同 · 排在第一位的部门为牵头部门，下同 · 首位单位为牵头单位 ·
//   除标注“分别牵头”外,列第一位为牵头或汇总单位,下同
// Such a rule applies from the place it is stated onwards (下同: "the same below"; stated in the
// covering notice, it covers the whole plan). A rule without 下同 applies to its own list only.
// The rule's words never become a unit: callers blank them before the list is split.

export interface LeadRule {
  /** [start, end) of the rule's words in the cleaned text. */
  start: number;
  end: number;
  /** 下同 / 以下同 / 全文同: the rule covers every later list, not just its own. */
  onwards: boolean;
}

const FIRST = '(?:列|排|排列|排名|列于|排在|位列)?(?:在)?(?:第一位|第一|首位|首位的|前面)';
const BODY = `(?:除[^,;。()]{0,20}外[,，]?)?(?:各项任务中|以上|所列|每项任务)?(?:[^,;。()]{0,8})?${FIRST}(?:者|的|单位|部门)?(?:单位|部门)?(?:为|是|即为)(?:牵头|主办|总牵头|汇总|牵头或汇总)(?:单位|部门)?(?:或汇总单位)?`;
/** The rule with its 下同. */
export const LEAD_RULE = new RegExp(`${BODY}(?:[,，]?\\s*(?:下同|以下同|全文同|后同))?`, 'g');

/** The rule's span, widened to its own brackets when it stands alone in them: "(除…外,列第一位…,下同)". */
function ruleSpans(text: string): Array<[number, number, string]> {
  return [...text.matchAll(LEAD_RULE)].map((m) => {
    let a = m.index;
    let b = m.index + m[0].length;
    // Leading separator of the rule inside a list: "…负责,排在第一位…" / "…负责。列第一位…".
    while (a > 0 && /[,，。;\s]/.test(text[a - 1]) && text[a - 2] !== '(') a--;
    if (text[m.index - 1] === '(' && text[b] === ')') { a = m.index - 1; b += 1; }
    return [a, b, m[0]];
  });
}

/** A rule written as a sentence of its own (in the notice, before the plan) governs the whole text after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 1);
  return (before === '' || /[\n。:]/.test(before)) && (after === '' || /[\n。]/.test(after));
}

export function findLeadRules(text: string): LeadRule[] {
  return ruleSpans(text).map(([start, end, words]) => ({
    start, end, onwards: /下同|以下同|全文同|后同/.test(words) || standsAlone(text, start, end),
  }));
}

/** Whether a unit list spanning [start, end) is read by a rule. */
export function ruleApplies(rules: LeadRule[], start: number, end: number): boolean {
  return rules.some((r) => (r.start >= start && r.end <= end + 2) || (r.onwards && r.start < start));
}

/** The text with every rule's words blanked to spaces (same length, so offsets stay valid). */
export function blankRules(text: string): string {
  let out = text;
  for (const [a, b] of ruleSpans(text)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
