// Loading the reviewed department dictionary and the kind rules (data/dict/). Both are validated on
// load and checked for conflicts — an alias claimed by two entries of the same scope, or a category
// missing from the category list — so a bad edit fails the build instead of silently merging units.
// Imported, not read: the stage also runs in the browser's import worker.
import departmentsJson from '../../data/dict/departments.json';
import kindRulesJson from '../../data/dict/department-kind-rules.json';
import { z } from 'zod';
import { departmentKind } from '../../src/shared/schema';

const entry = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: departmentKind,
  category: z.string().nullable(),
  reason: z.string().min(1),
});
export type DictionaryEntry = z.infer<typeof entry>;

const dictionaryFile = z.object({
  about: z.string(),
  categories: z.array(z.object({ name: z.string().min(1), reason: z.string().min(1) })),
  provinces: z.record(z.string().regex(/^(\*|\d{6})$/), z.object({ province: z.string().nullable(), entries: z.array(entry) })),
});
export type DepartmentDictionary = z.infer<typeof dictionaryFile>;

const rulesFile = z.object({
  about: z.string(),
  rules: z.array(
    z.object({ pattern: z.string(), kind: departmentKind, category: z.string().nullable(), reason: z.string().min(1) }),
  ),
});
export interface KindRule {
  pattern: RegExp;
  source: string;
  kind: DictionaryEntry['kind'];
  category: string | null;
  reason: string;
}


/** Validate a dictionary object; throws naming the offending entry. */
export function checkDictionary(raw: unknown, file = 'departments.json'): DepartmentDictionary {
  const dict = dictionaryFile.parse(raw);
  const categories = new Set(dict.categories.map((c) => c.name));
  for (const [code, section] of Object.entries(dict.provinces)) {
    const claimed = new Map<string, string>();
    for (const e of section.entries) {
      if (e.category !== null && !categories.has(e.category)) throw new Error(`${file}: ${code}/${e.name}: unknown category ${e.category}`);
      for (const n of [e.name, ...e.aliases]) {
        const owner = claimed.get(n);
        if (owner !== undefined) throw new Error(`${file}: ${code}: name ${n} claimed by both ${owner} and ${e.name}`);
        claimed.set(n, e.name);
      }
    }
  }
  return dict;
}

export function checkRules(raw: unknown, file = 'department-kind-rules.json'): KindRule[] {
  return rulesFile.parse(raw).rules.map((r) => {
    try {
      return { pattern: new RegExp(r.pattern, 'u'), source: r.pattern, kind: r.kind, category: r.category, reason: r.reason };
    } catch (err) {
      throw new Error(`${file}: invalid pattern ${r.pattern}: ${(err as Error).message}`, { cause: err });
    }
  });
}

let cached: { dict: DepartmentDictionary; rules: KindRule[] } | null = null;

export function loadDepartmentDictionary(): { dict: DepartmentDictionary; rules: KindRule[] } {
  cached ??= {
    dict: checkDictionary(departmentsJson),
    rules: checkRules(kindRulesJson),
  };
  return cached;
}
