// Every strings table exists in both languages with the same keys (the type check catches a missing
// key at compile time too: `en` is declared with the zh table's type). Functions must take the same
// arguments and give a non-empty string; the department categories of the dictionary all have an
// English name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables as shared } from '../../../src/kernel/i18n/strings';
import { tables as brief } from '../../../src/views/brief/strings';
import { tables as department } from '../../../src/views/department/strings';
import { tables as heatmap } from '../../../src/views/heatmap/strings';
import { tables as indicators } from '../../../src/views/indicators/strings';
import { tables as map } from '../../../src/views/map/strings';
import { tables as overview } from '../../../src/views/overview/strings';
import { tables as place } from '../../../src/views/place/strings';
import { tables as reader } from '../../../src/views/reader/strings';
import { pageTables as searchPage, tables as search } from '../../../src/views/search/strings';
import { tables as exportTables } from '../../../src/kernel/i18n/export';
import { tables as mapDrawing } from '../../../src/kernel/map/strings';
import { tables as targets } from '../../../src/kernel/targets/strings';
import { tables as presenter } from '../../../src/shell/present/strings';
import { pickLang } from '../../../src/kernel/i18n/lang';

type Table = Record<string, unknown>;

/** Paths present in `a` and missing or of another shape in `b`. */
export function missing(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'function') {
    if (typeof b !== 'function') return [`${path} (function)`];
    return a.length === b.length ? [] : [`${path} (takes ${a.length} arguments, not ${b.length})`];
  }
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object') return [`${path} (object)`];
    return Object.keys(a).flatMap((k) => missing((a as Table)[k], (b as Table)[k], path ? `${path}.${k}` : k));
  }
  return typeof b === typeof a ? [] : [`${path} (${typeof a})`];
}

/** Every leaf string (or function result with sample arguments) of a table. */
function leaves(x: unknown, path = ''): [string, unknown][] {
  if (typeof x === 'function') return [[path, (x as (...a: unknown[]) => unknown)(...Array.from({ length: x.length }, () => '7'))]];
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, x]];
}

// Keys whose English form may be empty: English writes "= 5%" as plain "5%", and the Chinese table
// of department categories is empty (categories are shown as written).
const MAY_BE_EMPTY = new Set(['comparator.=']);
const LANGUAGE_SPECIFIC = new Set(['registry.categories']);

const all = { shared, brief, department, heatmap, indicators, map, overview, place, reader, search, searchPage, exportTables, mapDrawing, targets, presenter };

describe('strings tables', () => {
  for (const [name, t] of Object.entries(all)) {
    it(`${name}: zh and en have the same keys`, () => {
      const strip = (o: Table) => (name === 'shared' ? { ...o, registry: { ...(o.registry as Table), categories: undefined } } : o);
      expect(missing(strip(t.zh as Table), strip(t.en as Table)), 'missing in en').toEqual([]);
      expect(missing(strip(t.en as Table), strip(t.zh as Table)), 'missing in zh').toEqual([]);
    });
    it(`${name}: every English string is filled in`, () => {
      const empty = leaves(t.en)
        .filter(([p]) => ![...LANGUAGE_SPECIFIC].some((l) => p.startsWith(l)))
        .filter(([p, v]) => !MAY_BE_EMPTY.has(p) && (typeof v !== 'string' || v.trim() === ''));
      expect(empty.map(([p]) => p)).toEqual([]);
    });
  }

  it('the comparison finds a missing key, a missing function and a wrong arity', () => {
    expect(missing({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c (string)']);
    expect(missing({ f: (n: number) => String(n) }, { f: 'x' })).toEqual(['f (function)']);
    expect(missing({ f: (n: number) => String(n) }, { f: () => 'x' })).toEqual(['f (takes 1 arguments, not 0)']);
  });

  it('every department category of the dictionary has an English name', () => {
    const dict = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/dict/departments.json'), 'utf8')) as { categories: { name: string }[] };
    const names = dict.categories.map((c) => c.name);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !shared.en.registry.categories[n])).toEqual([]);
  });

  it('English tables contain no Chinese characters (document content is never in a table)', () => {
    const chinese = Object.entries(all).flatMap(([name, t]) =>
      leaves(t.en)
        .filter(([p]) => !(name === 'shared' && p.startsWith('lang.')))
        .filter(([, v]) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v))
        .map(([p]) => `${name}.${p}`),
    );
    expect(chinese).toEqual([]);
  });
});

describe('pickLang', () => {
  it('the URL wins, then the stored choice, then Chinese', () => {
    expect(pickLang('?lang=en', 'zh')).toBe('en');
    expect(pickLang('?lang=zh', 'en')).toBe('zh');
    expect(pickLang('', 'en')).toBe('en');
    expect(pickLang('?lang=fr', null)).toBe('zh');
    expect(pickLang('', 'xx')).toBe('zh');
  });
});

describe('strings tables type-check', () => {
  it('every en table has the type of its zh table (tsc on the strings modules)', async () => {
    const ts = (await import('typescript')).default;
    const root = resolve(import.meta.dirname, '../../..');
    const views = ['brief', 'department', 'heatmap', 'indicators', 'map', 'overview', 'place', 'reader', 'search'];
    const files = ['src/kernel/i18n/strings.ts', 'src/kernel/i18n/export.ts', 'src/kernel/map/strings.ts', 'src/kernel/targets/strings.ts', 'src/shell/present/strings.ts', ...views.map((n) => `src/views/${n}/strings.ts`)].map((f) => resolve(root, f));
    const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName.replace(root + '/', '') ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(errors).toEqual([]);
  }, 30_000);
});
