import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/errors';
import { checkDate, parseProgressCsv, readProgress } from '../../../pipeline/progress/read';
import { progressRow } from '../../../src/shared/schema';
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
    const coal = rows.find((r) => r.indicatorId === '004_a1bcdf2d9dcc1b5f/I050')!;
    expect(coal).toMatchObject({ date: '2022', value: 80, unit: '%', row: 2 });
    expect(coal.file).toBe(join(fixtures, 'good', 'example.csv'));
    // The quoted note keeps its ASCII comma.
    expect(coal.sourceNote).toContain('政府工作报告,过去五年');
    expect(rows.find((r) => r.indicatorId === '004_a1bcdf2d9dcc1b5f/I051')!.value).toBe(40.25);
  });

  it('returns no rows for a folder that does not exist (no progress supplied)', () => {
    expect(readProgress(join(fixtures, 'no-such-folder'), fixtureIndicators)).toEqual([]);
  });

  it('refuses a unit mismatch naming the file and row', () => {
    const file = join(fixtures, 'bad-unit', 'progress.csv');
    expect(() => readProgress(join(fixtures, 'bad-unit'), fixtureIndicators)).toThrow(`${file}:3: unit "百分点"`);
  });

  it('refuses the same indicator and date given twice, across files', () => {
    expect(() => readProgress(join(fixtures, 'duplicate'), fixtureIndicators)).toThrow(
      /duplicate\/b\.csv:3: 004_a1bcdf2d9dcc1b5f\/I050 2022 already given at .*duplicate\/a\.csv:2/,
    );
  });
});

describe('parseProgressCsv: bad rows', () => {
  const ok = '004_a1bcdf2d9dcc1b5f/I050,2022,80,%,年报\n';

  it.each([
    ['unknown indicator', 'no-such-id,2022,80,%,年报\n', 2, /unknown indicator "no-such-id"/],
    ['number with a unit', '004_a1bcdf2d9dcc1b5f/I050,2022,80%,%,年报\n', 2, /bad number "80%"/],
    ['number with separators', '004_a1bcdf2d9dcc1b5f/I050,2022,"1,200",%,年报\n', 2, /bad number "1,200"/],
    ['empty number', '004_a1bcdf2d9dcc1b5f/I050,2022,,%,年报\n', 2, /bad number ""/],
    ['bad date shape', '004_a1bcdf2d9dcc1b5f/I050,2022/5,80,%,年报\n', 2, /bad date "2022\/5"/],
    ['month 13', '004_a1bcdf2d9dcc1b5f/I050,2022-13,80,%,年报\n', 2, /month 13/],
    ['30 February', '004_a1bcdf2d9dcc1b5f/I050,2022-02-30,80,%,年报\n', 2, /day 30/],
    ['unit mismatch', '004_a1bcdf2d9dcc1b5f/I050,2022,80,个,年报\n', 2, /unit "个" does not match/],
    ['missing note', '004_a1bcdf2d9dcc1b5f/I050,2022,80,%,\n', 2, /source_note is empty/],
    ['wrong field count', '004_a1bcdf2d9dcc1b5f/I050,2022,80,%\n', 2, /expected 5 fields, got 4/],
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
      HEADER + '004_a1bcdf2d9dcc1b5f/I050,2021,-1.5,%,甲\n004_a1bcdf2d9dcc1b5f/I050,2022-06,.5,%,乙\n004_a1bcdf2d9dcc1b5f/I050,2024-02-29,80.,%,丙\n',
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
