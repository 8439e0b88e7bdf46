// The corpus scorer itself (scripts/corpus/score.ts, report.ts), on small hand-made inputs.
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../pipeline/text/convert';
import { formatReport, plain, summaryLine } from '../../scripts/corpus/report';
import {
  type Annotation, type AnnotatedTask, type ParsedDoc, type ParsedTask,
  labelTokens, matchTasks, pathTokens, rates, scoreCrash, scoreDocument, scoreUnits, sumCounts, titlesAgree,
} from '../../scripts/corpus/score';

const same = (s: string) => s;
const ann = (label: string | null, title: string, roles: Partial<Pick<AnnotatedTask, 'lead' | 'support' | 'responsible'>> = {}, position?: number): AnnotatedTask => ({
  label, title, lead: roles.lead ?? [], support: roles.support ?? [], responsible: roles.responsible ?? [], ...(position ? { position } : {}),
});
const task = (path: string[], title: string, units: [string, ParsedTask['units'][number]['role']][] = []): ParsedTask => ({
  path, title, units: units.map(([name, role]) => ({ name, role })),
});
const doc = (...tasks: ParsedTask[]): ParsedDoc => ({ tasks });
const annotation = (...tasks: AnnotatedTask[]): Annotation => ({ file: 'x.txt', tasks });

describe('label normalisation', () => {
  it('reduces a label as written to its numbering tokens', () => {
    expect(labelTokens('四、（一）1.')).toEqual(['四', '一', '1']);
    expect(labelTokens('一、(一)2.')).toEqual(['一', '一', '2']);
    expect(labelTokens('二、（三）')).toEqual(['二', '三']);
    expect(labelTokens('三十、')).toEqual(['三十']);
    expect(labelTokens('二十一、')).toEqual(['二十一']);
    expect(labelTokens('1')).toEqual(['1']);
    expect(labelTokens('二、(一)10.')).toEqual(['二', '一', '10']);
    expect(labelTokens('１２．')).toEqual(['12']);
  });

  it('reads parsed paths the same way, whatever brackets they keep', () => {
    expect(pathTokens(['四', '一', '1'])).toEqual(['四', '一', '1']);
    expect(pathTokens(['四、', '（一）', '1.'])).toEqual(['四', '一', '1']);
  });
});

describe('task matching', () => {
  it('matches by path tokens, each parsed task at most once', () => {
    const d = doc(task(['一', '1'], '甲甲甲甲甲甲'), task(['一', '1'], '乙乙乙乙乙乙'), task(['二', '2'], '丙丙丙丙丙丙'));
    const m = matchTasks(d, annotation(ann('一、1.', '甲甲甲甲甲甲'), ann('二、2.', '丙丙丙丙丙丙'), ann('一、1.', '乙乙乙乙乙乙')), same);
    expect(m.map((x) => [x.task, x.by])).toEqual([[0, 'path'], [2, 'path'], [1, 'path']]);
  });

  it('does not match a path of another depth', () => {
    const m = matchTasks(doc(task(['四', '1'], '完全不同的标题内容')), annotation(ann('四、（一）1.', '拓展两个市场')), same);
    expect(m[0].task).toBeNull();
  });

  it('matches unnumbered annotations by order among the tasks left', () => {
    const d = doc(task(['一'], '第一项工作内容'), task(['二'], '第二项工作内容'));
    const m = matchTasks(d, annotation(ann(null, '第二项工作内容', {}, 2), ann(null, '第一项工作内容', {}, 1)), same);
    expect(m.map((x) => [x.task, x.by])).toEqual([[1, 'position'], [0, 'position']]);
  });

  it('falls back to a title prefix of at least 6 characters when the path differs', () => {
    const d = doc(task(['一', '一', '1'], '实施优质高效增粮示范行动,安排资金'));
    const m = matchTasks(d, annotation(ann('一、1.', '实施优质高效 增粮示范行动')), same);
    expect(m[0]).toMatchObject({ task: 0, by: 'title' });
    expect(titlesAgree('完善产业链', '完善产业链条', same)).toBe(false); // 5-character prefix is too short
    expect(titlesAgree('完善产业链条', '完善产业链条,推动融合', same)).toBe(true);
    expect(titlesAgree('完善产业链条', '健全产业标准体系', same)).toBe(false);
    expect(titlesAgree('推动融合发展步伐', '加快推动融合发展步伐', same)).toBe(false); // inside, not a prefix
  });

  it('compares titles across scripts with the project converter', () => {
    expect(titlesAgree('推進民航基礎設施建設', '推进民航基础设施建设,今明两年投资30亿元', toSimplified)).toBe(true);
    expect(titlesAgree('推進民航基礎設施建設', '推进民航基础设施建设', same)).toBe(false);
  });
});

describe('unit scores', () => {
  it('counts unit names as a multiset, in simplified script, without whitespace', () => {
    const a = ann('1.', 't', { lead: ['市发改委'], support: ['市经信局', '市经信局'], responsible: ['相关县(市、区)政府'] });
    const u = scoreUnits(a, [
      { name: '市發改委', role: 'lead' }, { name: '市经信局', role: 'support' },
      { name: '相关县（市、区） 政府', role: 'responsible' }, { name: '县政府', role: 'responsible' },
    ], '1.', toSimplified);
    expect([u.annotated, u.parsed, u.matched, u.rolesRight]).toEqual([4, 4, 3, 3]);
    expect(u.misses).toEqual([
      { kind: 'missing-unit', label: '1.', unit: '市经信局', role: 'support' },
      { kind: 'extra-unit', label: '1.', unit: '县政府', role: 'responsible' },
    ]);
  });

  it('scores roles only among units found on both sides, naming expected and got', () => {
    const a = ann('4.', 't', { lead: ['市发改委'], support: ['市科技局', '市财政局'] });
    const u = scoreUnits(a, [
      { name: '市发改委', role: 'responsible' }, { name: '市科技局', role: 'support' }, { name: '市水利局', role: 'support' },
    ], '4.', same);
    expect([u.matched, u.rolesRight]).toEqual([2, 1]);
    expect(u.misses).toContainEqual({ kind: 'wrong-role', label: '4.', unit: '市发改委', expected: 'lead', got: 'responsible' });
    expect(rates({ ...sumCounts([]), matchedUnits: u.matched, rolesRight: u.rolesRight }).roleAccuracy).toBe(0.5);
  });

  it('pairs equal roles first when a name appears twice', () => {
    const a = ann('1.', 't', { lead: ['甲局'], responsible: ['甲局'] });
    const u = scoreUnits(a, [{ name: '甲局', role: 'responsible' }, { name: '甲局', role: 'support' }], '1.', same);
    expect([u.matched, u.rolesRight]).toEqual([2, 1]);
    expect(u.misses).toEqual([{ kind: 'wrong-role', label: '1.', unit: '甲局', expected: 'lead', got: 'support' }]);
  });
});

describe('document and corpus scores', () => {
  const a = annotation(
    ann('一、1.', '生产总值增长6%以上', { responsible: ['市发改委'] }),
    ann('一、2.', '规上工业增加值增长8%', { lead: ['市经信局'], support: ['市科技局'] }),
    ann('一、3.', '研发投入强度达到2.3%', { responsible: ['市科技局'] }),
  );
  const d = doc(
    task(['一', '1'], '生产总值增长6%以上', [['市发改委', 'responsible']]),
    task(['二', '2'], '规上工业增加值增长8%', [['市经信局', 'lead'], ['市科技局', 'lead'], ['市财政局', 'support']]),
    task(['一', '9'], '另一项工作的标题文字'),
  );
  const s = scoreDocument(d, a, same);

  it('counts found, title-only, missing and extra tasks; extra tasks do not lower recall', () => {
    expect(s).toMatchObject({ annotatedTasks: 3, foundTasks: 2, foundByTitle: 1, parsedTasks: 3, extraTasks: 1, crashes: 0 });
    expect(s.misses.filter((m) => m.kind === 'missing-task')).toEqual([{ kind: 'missing-task', label: '一、3.', title: '研发投入强度达到2.3%' }]);
    expect(s.misses).toContainEqual(expect.objectContaining({ kind: 'path-differs', label: '一、2.', path: ['二', '2'] }));
    expect(s.misses).toContainEqual(expect.objectContaining({ kind: 'extra-task', path: ['一', '9'] }));
  });

  it('micro-averages units and roles over matched tasks', () => {
    expect([s.annotatedUnits, s.parsedUnits, s.matchedUnits, s.rolesRight]).toEqual([3, 4, 3, 2]);
    expect(rates(s)).toEqual({ taskRecall: 2 / 3, unitPrecision: 3 / 4, unitRecall: 1, roleAccuracy: 2 / 3 });
  });

  it('counts a crash as every task missing, and sums documents by counts, not by their rates', () => {
    const c = scoreCrash(annotation(ann('1.', '某项任务内容标题', { lead: ['甲局'] })), 'x.txt: cannot tell the province');
    expect(c).toMatchObject({ crash: 'x.txt: cannot tell the province', crashes: 1, annotatedTasks: 1, foundTasks: 0 });
    expect(c.misses[0]).toEqual({ kind: 'crash', message: 'x.txt: cannot tell the province' });
    const total = sumCounts([s, c]);
    expect(rates(total).taskRecall).toBe(2 / 4); // macro-averaging would give (2/3 + 0) / 2
    expect(rates(c)).toEqual({ taskRecall: 0, unitPrecision: null, unitRecall: null, roleAccuracy: null });
  });

  it('prints the misses and ends with the one-line score', () => {
    const total = sumCounts([s]);
    const lines = formatReport([s], total).split('\n');
    expect(lines.at(-1)).toBe(summaryLine(total));
    expect(lines.at(-1)).toBe('corpus: tasks 2/3 (66.7%) · unit P 75.0% R 100.0% · roles 66.7% · crashes 0 · by title only 1 · extra tasks 1');
    expect(lines).toContain('  matched by title, path differs: 一、2. 规上工业增加值增长8% → parsed path 二.2');
    expect(lines).toContain('  wrong role 一、2.: 市科技局 expected support, got lead');
    expect(lines).toContain('  extra unit 一、2.: 市财政局 (support)');
    expect(lines).toContain('  missing task 一、3. 研发投入强度达到2.3%');
  });

  it('keeps control and bidi characters of document text out of the terminal', () => {
    expect(plain('甲\u202e局\u001b[2J')).toBe('甲 局 [2J');
  });
});
