// Every unit named in 000, 001 and 003 is parsed and found in the reviewed dictionary (or fixed by a
// rule, like a named city's 人民政府) — no unit of the seed documents is left uncategorised.
// Lines go through the real clean stage; unit lists in these three documents sit on one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../pipeline/text/clean';
import { findUnitClauses } from '../../../pipeline/units/clauses';
import { buildRegistry, type Mention } from '../../../pipeline/units/registry';

const seeds = [
  { id: '000', file: '000_63401f67e2388d77.txt', province: '山西', code: '140000', clauses: 32, distinct: 30 },
  { id: '001', file: '001_e3afc5ffeb36f5d0.txt', province: '山西', code: '140000', clauses: 60, distinct: 31 },
  { id: '003', file: '003_52b583d5c9b6873f.txt', province: '湖北', code: '420000', clauses: 54, distinct: 60 },
];

describe.each(seeds)('units of $id', ({ id, file, province, code, clauses, distinct }) => {
  const raw = readFileSync(new URL(`../../../data/raw/${file}`, import.meta.url), 'utf8');
  const mentions: Mention[] = [];
  const parseWarnings: string[] = [];
  let clauseCount = 0;
  raw.split(/\r?\n/).forEach((line, i) => {
    const found = findUnitClauses(cleanLine(line), { province });
    clauseCount += found.clauses.length;
    parseWarnings.push(...found.warnings);
    for (const c of found.clauses)
      for (const u of c.units) mentions.push({ name: u.name, province, provinceCode: code, docId: id, taskId: `l${i + 1}`, role: u.role });
  });

  it(`has ${clauses} unit clauses and ${distinct} distinct units, all known`, () => {
    expect(parseWarnings).toEqual([]);
    expect(clauseCount).toBe(clauses);
    const warnings: string[] = [];
    const registry = buildRegistry(mentions, undefined, { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(registry).toHaveLength(distinct);
    expect(registry.filter((d) => d.category === null).map((d) => d.name)).toEqual(
      id === '003' ? ['省战略性新兴产业发展领导小组成员单位'] : [],
    );
  });
});
