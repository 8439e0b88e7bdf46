// The floor of issue 9: the parser, run as a new user would (parseFile(path, null)), on the 15
// documents of the development corpus against their hand-made annotations. Same scoring as
// `npm run eval:corpus`, which lists every miss.
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryLine } from '../../scripts/corpus/report';
import { type CorpusResult, evaluateCorpus } from '../../scripts/corpus/run';

const FLOOR = 0.95;

describe('the parser on the development corpus (≥ 95% and no crash)', () => {
  let result: CorpusResult;
  let score: string;
  beforeAll(() => {
    result = evaluateCorpus();
    score = `${summaryLine(result.total)} (npm run eval:corpus lists the misses)`;
  }, 60_000);

  it('scores all 155 annotated tasks of the 15 documents', () => {
    expect(result.docs).toHaveLength(15);
    expect(result.total.annotatedTasks).toBe(155);
  });

  it('crashes on no document', () => {
    expect(result.docs.filter((d) => d.crash !== null).map((d) => d.crash), score).toEqual([]);
  });

  it('finds at least 95% of the annotated tasks', () => {
    expect(result.rates.taskRecall ?? 0, score).toBeGreaterThanOrEqual(FLOOR);
  });

  it('names units with at least 95% precision and recall', () => {
    expect(result.rates.unitPrecision ?? 0, score).toBeGreaterThanOrEqual(FLOOR);
    expect(result.rates.unitRecall ?? 0, score).toBeGreaterThanOrEqual(FLOOR);
  });

  it('gives at least 95% of the units found the annotated role', () => {
    expect(result.rates.roleAccuracy ?? 0, score).toBeGreaterThanOrEqual(FLOOR);
  });
});
