// The department registry (issue 2e): one entry per distinct unit per province, with kind, aliases and
// a functional category from the reviewed dictionary. Units the dictionary does not know still get an
// entry — kind from the ordered pattern rules, category null — and a warning, never a crash.
import type { Department, DepartmentKind, UnitRole } from '../../src/shared/schema';
import { loadDepartmentDictionary, type DictionaryEntry } from './dictionary';
import { pinyinKey } from './pinyin';
import { loadDivisions } from '../places/divisions';

export interface Mention {
  name: string;
  province: string;
  provinceCode: string;
  docId: string;
  taskId: string;
  role: UnitRole;
  /** Other names the source gives for this unit (the 〈…〉 annotation), if any. */
  aliases?: string[];
}

export interface ResolvedDepartment {
  id: string;
  name: string;
  kind: DepartmentKind;
  category: string | null;
  categoryReason: string | null;
  aliases: string[];
  /** Set when the dictionary does not know the unit (kind guessed by a rule). */
  warning: string | null;
}


/** "420000:省发展改革委". Stable; encodeURIComponent makes it URL-safe. */
export function departmentId(provinceCode: string, canonicalName: string): string {
  if (!/^\d{6}$/.test(provinceCode)) throw new Error(`invalid province code: ${provinceCode}`);
  if (!canonicalName) throw new Error('empty department name');
  return `${provinceCode}:${canonicalName}`;
}

function findEntry(name: string, provinceCode: string): DictionaryEntry | undefined {
  const { dict } = loadDepartmentDictionary();
  for (const scope of [provinceCode, '*']) {
    const hit = dict.provinces[scope]?.entries.find((e) => e.name === name || e.aliases.includes(name));
    if (hit) return hit;
  }
  return undefined;
}

export function resolveDepartment(name: string, provinceCode: string): ResolvedDepartment {
  // 湖北省发改委 in a 湖北 document is the 省发改委 of the dictionary.
  const provinceName = loadDivisions().provinces.find((p) => p.code === provinceCode)?.name;
  const forms = [name];
  if (provinceName && name.startsWith(provinceName) && name.length > provinceName.length) forms.push('省' + name.slice(provinceName.length));

  for (const form of forms) {
    const entry = findEntry(form, provinceCode);
    if (!entry) continue;
    const aliases = [...new Set([...(name !== entry.name ? [name] : []), ...entry.aliases])].filter((a) => a !== entry.name);
    return {
      id: departmentId(provinceCode, entry.name),
      name: entry.name,
      kind: entry.kind,
      category: entry.category,
      categoryReason: entry.category === null ? null : entry.reason,
      aliases,
      warning: null,
    };
  }

  const { rules } = loadDepartmentDictionary();
  const rule = rules.find((r) => r.pattern.test(name));
  const kind = rule?.kind ?? 'other';
  const category = rule?.category ?? null;
  return {
    id: departmentId(provinceCode, name),
    name,
    kind,
    category,
    categoryReason: category === null ? null : (rule?.reason ?? null),
    aliases: [],
    // A rule that fixes the category (a named city's 人民政府) is as good as a dictionary entry.
    warning:
      category === null
        ? `unit not in departments.json (${provinceCode}): ${name} — kind ${kind} by rule /${rule?.source ?? ''}/, category unknown`
        : null,
  };
}

/**
 * One Department per distinct unit per province, in order of first mention.
 * extraAliases: mention name → other names for it (e.g. the 〈…〉 annotations collected by the parser).
 */
export function buildRegistry(
  mentions: Mention[],
  extraAliases?: Map<string, string[]>,
  opts: { warn?: (message: string) => void } = {},
): Department[] {
  const byId = new Map<string, Department>();
  const warned = new Set<string>();
  // A corpus names the same few hundred units per province over and over: each (province, name) is
  // resolved against the dictionary once, and a department's documents are a set while it is built.
  const resolved = new Map<string, ResolvedDepartment>();
  const docsOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.provinceCode}\u0000${m.name}`;
    let r = resolved.get(key);
    if (!r) resolved.set(key, (r = resolveDepartment(m.name, m.provinceCode)));
    if (r.warning && !warned.has(r.warning)) {
      warned.add(r.warning);
      opts.warn?.(r.warning);
    }
    let dep = byId.get(r.id);
    if (!dep) {
      dep = {
        id: r.id,
        province: m.province,
        provinceCode: m.provinceCode,
        name: r.name,
        aliases: [],
        pinyin: pinyinKey(r.name),
        kind: r.kind,
        category: r.category,
        categoryReason: r.categoryReason,
        placeCode: null,
        mentions: 0,
        documents: [],
      };
      byId.set(r.id, dep);
      docsOf.set(r.id, new Set());
    }
    dep.mentions += 1;
    const docs = docsOf.get(r.id)!;
    if (!docs.has(m.docId)) {
      docs.add(m.docId);
      dep.documents.push(m.docId);
    }
    for (const alias of [...r.aliases, ...(m.aliases ?? []), ...(extraAliases?.get(m.name) ?? [])]) {
      if (alias !== dep.name && !dep.aliases.includes(alias)) dep.aliases.push(alias);
    }
  }
  return [...byId.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
}
