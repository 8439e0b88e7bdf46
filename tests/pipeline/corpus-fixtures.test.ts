// The development corpus copied from ../shared/corpus (issue 9): texts byte-for-byte, one
// annotation per text and one text per annotation, every annotation well-formed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../pipeline/errors';
import { summaryLine } from '../../scripts/corpus/report';
import { CORPUS_DIR, evaluateCorpus, loadAnnotations } from '../../scripts/corpus/run';
import { type ParsedDoc, labelTokens } from '../../scripts/corpus/score';

const repo = join(import.meta.dirname, '../..');
const stem = (f: string) => f.replace(/\.(txt|json)$/, '');

describe('tests/fixtures/corpus', () => {
  const texts = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const annotations = readdirSync(join(CORPUS_DIR, 'annotations')).filter((f) => f.endsWith('.json')).sort();

  it('has an annotation for every text and a text for every annotation', () => {
    expect(texts).toHaveLength(15);
    expect(annotations.map(stem)).toEqual(texts.map(stem));
  });

  it('holds every file unchanged (SHA256SUMS, made from ../shared/corpus)', () => {
    const sums = readFileSync(join(CORPUS_DIR, 'SHA256SUMS'), 'utf8').trim().split('\n')
      .map((line) => line.match(/^([0-9a-f]{64}) {2}(.+)$/)!);
    const listed = sums.map((m) => m[2]);
    for (const t of texts) expect(listed).toContain(t);
    for (const a of annotations) expect(listed).toContain(`annotations/${a}`);
    expect(listed).toContain('README.md');
    for (const [, sum, file] of sums) {
      expect(createHash('sha256').update(readFileSync(join(CORPUS_DIR, file))).digest('hex'), file).toBe(sum);
    }
  });

  it('reads every annotation: 155 tasks, each with a title and at least one unit', () => {
    const all = loadAnnotations(CORPUS_DIR);
    expect(all.map((a) => a.file)).toEqual(texts);
    expect(all.flatMap((a) => a.tasks)).toHaveLength(155);
    for (const a of all) for (const t of a.tasks) {
      expect(t.lead.length + t.support.length + t.responsible.length, `${a.file} ${t.label}`).toBeGreaterThan(0);
    }
  });
});

describe('npm run eval:corpus', () => {
  it('prints the overall score as its last line, exits 0, and gives raw figures with --json', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/run.ts', ...args], { cwd: repo, encoding: 'utf8' });
    const text = run();
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(/^corpus: tasks \d+\/155 \(.+\) · unit P .+ R .+ · roles .+ · crashes \d+/);
    const json = run('--json');
    expect(json.status, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.docs).toHaveLength(15);
    expect(result.total.annotatedTasks).toBe(155);
  }, 60_000);

  it('exits 1 naming the file and field of a malformed annotation', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/run.ts', 'tests/fixtures/corpus-bad'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/corpus-bad\/annotations\/a\.json: field tasks\.0\.lead: /);
  }, 60_000);
});

describe('the corpus score itself', () => {
  const byFile = new Map(loadAnnotations(CORPUS_DIR).map((a) => [a.file, a]));
  // A parser that returns exactly what the annotation says (units in simplified script as annotated,
  // the label as written split into its path): the harness must give it full marks on all 155 tasks.
  const oracle = (file: string): ParsedDoc => ({
    tasks: byFile.get(basename(file))!.tasks.map((t, i) => ({
      path: t.label ? labelTokens(t.label) : [String(i + 1)],
      title: t.title,
      units: [
        ...t.lead.map((name) => ({ name, role: 'lead' as const })),
        ...t.support.map((name) => ({ name, role: 'support' as const })),
        ...t.responsible.map((name) => ({ name, role: 'responsible' as const })),
      ],
    })),
  });

  it('gives a parser that agrees with every annotation 100% and no miss', () => {
    const r = evaluateCorpus(CORPUS_DIR, oracle);
    expect(summaryLine(r.total)).toBe('corpus: tasks 155/155 (100.0%) · unit P 100.0% R 100.0% · roles 100.0% · crashes 0 · by title only 0 · extra tasks 0');
    expect(r.docs.flatMap((d) => d.misses)).toEqual([]);
  });

  it('counts each throwing document as a crash with its message and goes on', () => {
    const r = evaluateCorpus(CORPUS_DIR, (file) => {
      if (file.includes('national_')) throw new InputError(file, 3, 'numbering does not reconcile');
      return oracle(file);
    });
    expect(r.total).toMatchObject({ crashes: 5, annotatedTasks: 155, foundTasks: 155 - 102 });
    expect(r.docs.find((d) => d.file.startsWith('national_2019'))!.crash)
      .toBe('national_2019_guofa3_zonghe_baoshuiqu.txt:3: numbering does not reconcile');
  });
});
