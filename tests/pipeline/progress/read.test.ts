import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/errors';
import { checkDate, parseProgressCsv, readProgress } from '../../../pipeline/progress/read';
import { progressRow } from '../../../src/shared/schema';
import { buildDocument } from '../../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../../pipeline/meta';
import { loadCorrections } from '../../../pipeline/text/load-corrections';
import { fixtureIndicators } from '../../fixtures/progress/indicators';

const fixtures = join(__dirname, '../../fixtures/progress');
const byId = new Map(fixtureIndicators.map((i) => [i.id, i]));
const HEADER = 'indicator,date,value,unit,source_note\n';

function errorOf(text: string): InputError {
  try {
    parseProgressCsv('x.csv', HEADER + text, byId);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readProgress', () => {
  it('reads the example file into schema-valid rows, naming file and row', () => {
    const rows = readProgress(join(fixtures, 'good'), fixtureIndicators);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(progressRow.safeParse(r).success).toBe(true);
    const coal = rows.find((r) => r.indicatorId === '004_a1bcdf2d9dcc1b5f/I051')!;
    expect(coal).toMatchObject({ date: '2022', value: 80, unit: '%', row: 2 });
    // Repo-relative, never the builder's absolute path (issue 16: output files carry no machine path).
    expect(coal.file).toBe('data/progress/example.csv');
    // The quoted note keeps its ASCII comma.
    expect(coal.sourceNote).toContain('政府工作报告,过去五年');
    expect(rows.find((r) => r.indicatorId === '004_a1bcdf2d9dcc1b5f/I052')!.value).toBe(40.25);
  });

  it('returns no rows for a folder that does not exist (no progress supplied)', () => {
    expect(readProgress(join(fixtures, 'no-such-folder'), fixtureIndicators)).toEqual([]);
  });

  it('refuses a unit mismatch naming the file and row', () => {
    expect(() => readProgress(join(fixtures, 'bad-unit'), fixtureIndicators)).toThrow('data/progress/progress.csv:3: column unit: "百分点"');
  });

  it('refuses the same indicator and date given twice, across files', () => {
    expect(() => readProgress(join(fixtures, 'duplicate'), fixtureIndicators)).toThrow(
      'data/progress/b.csv:3: 004_a1bcdf2d9dcc1b5f/I051 2022 already given at data/progress/a.csv:2',
    );
  });
});

describe('parseProgressCsv: bad rows', () => {
  const ok = '004_a1bcdf2d9dcc1b5f/I051,2022,80,%,年报\n';

  it.each([
    ['unknown indicator', 'no-such-id,2022,80,%,年报\n', 2, /unknown indicator "no-such-id"/],
    ['number with a unit', '004_a1bcdf2d9dcc1b5f/I051,2022,80%,%,年报\n', 2, /bad number "80%"/],
    ['number with separators', '004_a1bcdf2d9dcc1b5f/I051,2022,"1,200",%,年报\n', 2, /bad number "1,200"/],
    ['empty number', '004_a1bcdf2d9dcc1b5f/I051,2022,,%,年报\n', 2, /bad number ""/],
    ['bad date shape', '004_a1bcdf2d9dcc1b5f/I051,2022/5,80,%,年报\n', 2, /bad date "2022\/5"/],
    ['month 13', '004_a1bcdf2d9dcc1b5f/I051,2022-13,80,%,年报\n', 2, /month 13/],
    ['30 February', '004_a1bcdf2d9dcc1b5f/I051,2022-02-30,80,%,年报\n', 2, /day 30/],
    ['unit mismatch', '004_a1bcdf2d9dcc1b5f/I051,2022,80,个,年报\n', 2, /column unit: "个" does not match/],
    ['missing note', '004_a1bcdf2d9dcc1b5f/I051,2022,80,%,\n', 2, /column source_note: empty/],
    ['wrong field count', '004_a1bcdf2d9dcc1b5f/I051,2022,80,%\n', 2, /expected 5 fields, got 4/],
    ['bad row after a good one', ok + 'no-such-id,2022,1,%,年报\n', 3, /unknown indicator/],
  ])('%s → error at x.csv:%s', (_name, body, line, reason) => {
    const e = errorOf(body as string);
    expect(e.file).toBe('x.csv');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(reason as RegExp);
    expect(e.message.startsWith(`x.csv:${line}: `)).toBe(true);
  });

  it('refuses a wrong header and an empty file', () => {
    expect(() => parseProgressCsv('x.csv', 'id,date,value,unit,note\n', byId)).toThrow(/x\.csv:1: header must be/);
    expect(() => parseProgressCsv('x.csv', '', byId)).toThrow(/x\.csv: empty file/);
  });

  it('turns CSV syntax errors into InputErrors with the line', () => {
    expect(() => parseProgressCsv('x.csv', HEADER + ok + 'a,"b"c,1,%,n\n', byId)).toThrow(/x\.csv:3: text after a closing quote/);
  });

  it('accepts year, month and day dates and signed decimals', () => {
    const rows = parseProgressCsv(
      'x.csv',
      HEADER + '004_a1bcdf2d9dcc1b5f/I051,2021,-1.5,%,甲\n004_a1bcdf2d9dcc1b5f/I051,2022-06,.5,%,乙\n004_a1bcdf2d9dcc1b5f/I051,2024-02-29,80.,%,丙\n',
      byId,
    );
    expect(rows.map((r) => [r.date, r.value, r.row])).toEqual([
      ['2021', -1.5, 2],
      ['2022-06', 0.5, 3],
      ['2024-02-29', 80, 4],
    ]);
  });

  it('checkDate knows leap years', () => {
    expect(checkDate('2024-02-29')).toBeNull();
    expect(checkDate('2023-02-29')).toMatch(/day 29/);
  });
});

describe('indicator_name: a row cannot be attached to the wrong target', () => {
  const NAMED = 'indicator,date,value,unit,source_note,indicator_name\n';
  it('accepts the name of the indicator the id points at (or an empty name)', () => {
    const rows = parseProgressCsv('n.csv', NAMED + '004_a1bcdf2d9dcc1b5f/I051,2022,80,%,年报,煤炭先进产能占比\n004_a1bcdf2d9dcc1b5f/I052,2022,40.25,%,年报,\n', byId);
    expect(rows.map((r) => r.value)).toEqual([80, 40.25]);
  });
  it('refuses an id that now points at another target, naming both', () => {
    // The README example once used I050/I051 for these two targets; the ids had moved by one.
    expect(() => parseProgressCsv('n.csv', NAMED + '004_a1bcdf2d9dcc1b5f/I052,2022,80,%,年报,煤炭先进产能占比\n', byId)).toThrow(
      /n\.csv:2: column indicator_name: indicator 004_a1bcdf2d9dcc1b5f\/I052 is "新能源和清洁能源装机占比", not "煤炭先进产能占比"/,
    );
  });
  it('a header with another extra column is refused', () => {
    expect(() => parseProgressCsv('n.csv', 'indicator,date,value,unit,source_note,remark\n', byId)).toThrow(/n\.csv:1: header must be/);
  });
});

describe('the README example and the fixture are the real targets of document 004', () => {
  // Build 004 the way npm run data does, so a change in extraction that moves ids fails here.
  const root = join(__dirname, '../../..');
  const meta = loadDocumentMeta(join(root, 'data/documents.json')).find((m) => m.id.startsWith('004'))!;
  const file = `data/raw/${meta.id}.txt`;
  const real = buildDocument(readFileSync(join(root, file)), meta, { file, corrections: loadCorrections(join(root, 'data/corrections'), meta.id) }).doc.indicators;
  it('every fixture indicator matches the built one (id, name, value, unit, comparator)', () => {
    for (const f of fixtureIndicators) {
      const r = real.find((i) => i.id === f.id);
      expect(r, f.id).toBeTruthy();
      expect({ name: r!.name, value: r!.value, unit: r!.unit, comparator: r!.comparator }).toEqual({ name: f.name, value: f.value, unit: f.unit, comparator: f.comparator });
    }
  });
  it('the example file reads cleanly against the built indicators', () => {
    const rows = readProgress(join(fixtures, 'good'), real);
    expect(rows.map((r) => [r.indicatorId, r.value])).toEqual([
      ['004_a1bcdf2d9dcc1b5f/I051', 80],
      ['004_a1bcdf2d9dcc1b5f/I052', 40.25],
    ]);
    // The README shows the same lines as the fixture.
    const readme = readFileSync(join(root, 'data/progress/README.md'), 'utf8');
    for (const line of readFileSync(join(fixtures, 'good', 'example.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n')) expect(readme).toContain(line);
  });
});
