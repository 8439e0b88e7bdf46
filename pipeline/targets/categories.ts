// Category of a measure from the reviewed keyword dictionary data/dict/indicator-categories.json:
// the name is tried first (it is the measure), the quote only when the name says nothing
// (产量达到13亿吨 — the quote may name the coal). null means unclassified, shown as such.
import dictionary from '../../data/dict/indicator-categories.json';

export const CATEGORY_IDS = [
  'economy',
  'industry-innovation',
  'energy-environment',
  'infrastructure',
  'livelihood',
  'reform-opening',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

interface Rule {
  keyword: string;
  category: string;
  reason: string;
}

const rules: Rule[] = dictionary.rules;
for (const r of rules) {
  if (!(CATEGORY_IDS as readonly string[]).includes(r.category)) {
    throw new Error(`indicator-categories.json: unknown category ${r.category} for keyword ${r.keyword}`);
  }
  if (!r.reason) throw new Error(`indicator-categories.json: keyword ${r.keyword} has no reason`);
}

function match(text: string): Rule | null {
  return rules.find((r) => text.includes(r.keyword)) ?? null;
}

export function categorize(name: string, quote: string): CategoryId | null {
  const rule = match(name) ?? match(quote);
  return rule ? (rule.category as CategoryId) : null;
}

/** The rule that decided, for review tools and tests. */
export function categoryRule(name: string, quote: string): Rule | null {
  return match(name) ?? match(quote);
}
