import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../pipeline/parse-cli';

const repo = join(import.meta.dirname, '../..');
const fixture = join(repo, 'tests/fixtures/parse/henan-style.txt');

describe('npm run parse on a document nobody has reviewed', () => {
  const { doc } = parseFile(fixture, null);

  it('reads province and metadata from the text, leaving the rest null', () => {
    expect([doc.province, doc.provinceCode]).toEqual(['河南', '410000']);
    expect(doc.docNumber).toBe('豫政办〔2021〕12号');
    expect(doc.date).toBe('2021-03-05');
    expect(doc.issuer).toBe('河南省人民政府办公厅');
  });

  it('finds the tasks and their units with roles, restoring an elided 省', () => {
    expect(doc.tasks.map((t) => t.id)).toEqual(['二.一.1', '二.一.2', '二.二.1']);
    expect(doc.tasks[1].units.map((u) => `${u.name}|${u.role}`)).toEqual([
      '省市场监管局|lead', '省公安厅|support', '省税务局|support',
    ]);
    expect(doc.tasks[2].units.map((u) => `${u.name}|${u.role}`)).toEqual([
      '省发展改革委|lead', '省财政厅|support', '省市场监管局|support',
    ]);
  });

  it('resolves places and targets', () => {
    expect(doc.tasks[1].places).toEqual(['410100', '410300']);
    const target = doc.indicators.find((i) => i.unit === '%');
    expect(target).toMatchObject({ value: 95, comparator: '>=', targetYear: 2021, taskId: '二.一.1' });
  });

  it('honours --province and rejects an unknown one', () => {
    expect(parseFile(fixture, '河南省').doc.provinceCode).toBe('410000');
    expect(() => parseFile(fixture, '火星')).toThrow(/unknown province "火星"/);
  });

  it('exits non-zero naming the file for bad input', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/parse-cli.ts', 'tests/fixtures/parse/README.md'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/README\.md/);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/parse-cli.ts', 'no/such/file.txt'], { cwd: repo, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no\/such\/file\.txt: cannot read file: ENOENT/);
  }, 60_000);
});
