// The reviewed dictionary: loads, every entry has a reason and a listed category, conflicts fail.
import { describe, expect, it } from 'vitest';
import { checkDictionary, checkRules, loadDepartmentDictionary } from '../../../pipeline/units/dictionary';

describe('departments.json', () => {
  it('loads, with a reason on every entry and the three seed provinces plus *', () => {
    const { dict, rules } = loadDepartmentDictionary();
    expect(Object.keys(dict.provinces).sort()).toEqual(['*', '140000', '320000', '420000']);
    const entries = Object.values(dict.provinces).flatMap((s) => s.entries);
    expect(entries.length).toBeGreaterThan(60);
    expect(entries.every((e) => e.reason.length > 5)).toBe(true);
    expect(rules[rules.length - 1].source).toBe(''); // the catch-all comes last
  });

  const base: {
    about: string;
    categories: Array<{ name: string; reason: string }>;
    provinces: Record<string, { province: string | null; entries: Array<Record<string, unknown>> }>;
  } = {
    about: 'test',
    categories: [{ name: '财政', reason: 'r' }],
    provinces: { '*': { province: null, entries: [{ name: '省财政厅', aliases: [], kind: 'government', category: '财政', reason: 'r' }] } },
  };

  it('rejects an alias claimed by two entries of the same scope', () => {
    const bad = structuredClone(base);
    bad.provinces['*'].entries.push({ name: '省财政局', aliases: ['省财政厅'], kind: 'government', category: '财政', reason: 'r' });
    expect(() => checkDictionary(bad)).toThrow('name 省财政厅 claimed by both 省财政厅 and 省财政局');
  });

  it('rejects a category missing from the category list', () => {
    const bad = structuredClone(base);
    bad.provinces['*'].entries[0].category = '财务';
    expect(() => checkDictionary(bad)).toThrow('unknown category 财务');
  });

  it('rejects an entry without a reason and an invalid rule pattern', () => {
    const bad = structuredClone(base);
    bad.provinces['*'].entries[0].reason = '';
    expect(() => checkDictionary(bad)).toThrow();
    expect(() => checkRules({ about: '', rules: [{ pattern: '(', kind: 'other', category: null, reason: 'r' }] })).toThrow(/invalid pattern \(/);
  });
});
