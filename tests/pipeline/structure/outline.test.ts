import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../pipeline/structure/outline';
import { reconcileNumbering } from '../../../pipeline/structure/reconcile';
import { splitRunOnLines } from '../../../pipeline/structure/runon';
import { isHeadline, taskCandidates } from '../../../pipeline/structure/tasks';
import { toLines } from './helpers';

// 001, 三、重大事项 item 8 wraps across a line break in the middle of a book title.
const WRAPPED = `一、总体要求
全面贯彻党的十八届三中、四中、五中全会精神。
三、重大事项
1.实施三大煤炭基地提质工程。以大型煤炭企业为主体。(牵头单位:省煤炭厅、省发展改革委)
2.实施燃煤发电机组超低排放。落实《山西省现役燃煤发电机组超低排放改造提速三年推进计划》(晋经信电力字〔
求》(GB/T23331-2012)建立能源管理体系。(牵头单位:省经信委)
七、工作措施
1.严格责任落实。各相关任务的牵头单位要切实加强组织领导。`;

describe('outline and task candidates', () => {
  it('keeps a wrapped line inside its item; items of context parts are tasks only if they name units', () => {
    const lines = toLines(WRAPPED);
    const tasks = taskCandidates(buildOutline(lines), lines);
    expect(tasks.filter((t) => !t.needsUnits).map((t) => t.path)).toEqual([['三', '1'], ['三', '2']]);
    // 七、工作措施 1. is kept as a candidate that the document stage drops unless it names units.
    expect(tasks.filter((t) => t.needsUnits).map((t) => t.path)).toEqual([['七', '1']]);
    expect(tasks[1].lines).toEqual([4, 5]);
    expect(tasks[1].kind).toBe('matter');
  });

  it('reads sections with items (000) and sections of headline paragraphs (002)', () => {
    const text = `二、重点任务与分工
(一)强化基础设施支撑,构建现代化的基础设施体系。
1.加快推进综合交通运输网络建设。沿大湛……(责任单位:省发展改革委)
2.着力完善水利基础设施建设。全面完成大水网骨干工程建设。(责任单位:省水利厅)
三、聚力“高质量”协同打造强劲活跃增长极
全面创新一体化发展体制机制,着力在区域产业创新协同……
(一)建设协同创新产业体系
联合提升原始创新能力。走“科创+产业”道路,加强基础性、战略性关键技术研发。
协同推进科技成果转移转化。依托苏南国家科技成果转移转化示范区。`;
    const lines = toLines(text);
    const tasks = taskCandidates(buildOutline(lines), lines);
    expect(tasks.map((t) => t.path.join('.'))).toEqual(['二.一.1', '二.一.2', '三.一.1', '三.一.2']);
    expect(tasks[2].numbering).toBe('paragraph');
  });

  it('treats a one-line section as the task and resumes the part after it (004)', () => {
    const text = `今后五年工作总体安排
(一)坚定不移推进转型发展,着力构建现代化产业体系。围绕建设国家资源型经济转型发展示范区……
(二)深入推进能源革命,加快能源绿色低碳转型发展。贯彻能源安全新战略……
各位代表,未来五年,我们要围绕2030年基本完成资源型经济转型……
一是全力做好治水兴水大文章,中部引黄县县域配套工程……
二是全力提升农业基础设施,新增、恢复水浇地300万亩……`;
    const lines = toLines(text);
    const tasks = taskCandidates(buildOutline(lines), lines);
    expect(tasks.map((t) => t.path.join('.'))).toEqual([
      '今后五年工作总体安排.一', '今后五年工作总体安排.二', '今后五年工作总体安排.一是', '今后五年工作总体安排.二是',
    ]);
  });

  it('takes a section naming its lead unit as a task ((一) as the item level)', () => {
    const text = `二、主要任务
(一)扩大有效投资(省发展改革委牵头,省财政厅、省商务厅配合)
(二)稳定外贸外资(省商务厅牵头)`;
    const lines = toLines(text);
    expect(taskCandidates(buildOutline(lines), lines).map((t) => t.path.join('.'))).toEqual(['二.一', '二.二']);
  });

  it('recognises headline paragraphs', () => {
    expect(isHeadline('打造宜居、韧性、智慧城市。做好城市体检评估')).toBe(true);
    expect(isHeadline('到2025年,区域一体化发展取得实质性进展。')).toBe(false);
  });
});

describe('numbering reconciliation', () => {
  it('reports a gap naming the section', () => {
    const lines = toLines(`一、重点任务与分工
(一)强化基础设施支撑。
1.加快推进综合交通运输网络建设。
3.提高能源保障水平。`);
    const problems = reconcileNumbering(buildOutline(lines));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'gap', line: 3, path: ['一', '一', '3'] });
    expect(problems[0].message).toContain('(一)强化基础设施支撑');
    expect(problems[0].message).toContain('expected 2 but found "3"');
  });

  it('reports duplicated parts', () => {
    const lines = toLines('一、总体要求\n甲。\n一、重点任务\n乙。');
    expect(reconcileNumbering(buildOutline(lines))).toEqual([expect.objectContaining({ kind: 'duplicate', path: ['一'], line: 2 })]);
  });

  it('accepts items numbered on across sections and parts, and restarting per section', () => {
    const runOn = toLines('一、甲\n(一)乙\n1.丙。\n2.丁。\n(二)戊\n3.己。\n二、庚\n(三)辛\n4.壬。');
    expect(reconcileNumbering(buildOutline(runOn))).toEqual([]);
    const restart = toLines('一、甲\n(一)乙\n1.丙。\n2.丁。\n(二)戊\n1.己。\n二、庚\n(一)辛\n1.壬。');
    expect(reconcileNumbering(buildOutline(restart))).toEqual([]);
    // A run that restarts in the middle of a section is an anomaly, never a refusal.
    const odd = toLines('一、甲\n1.丙。\n2.丁。\n1.戊。');
    expect(reconcileNumbering(buildOutline(odd)).map((p) => p.kind)).toEqual(['restart']);
  });
});

describe('run-on documents', () => {
  it('splits a document written on one line at its numbering', () => {
    const flat = '一、总体要求。坚持稳中求进。二、重点任务。(一)交通。1.建设铁路。(责任单位:省发展改革委)2.建设公路,投资3.5万亿元。(省交通运输厅牵头)';
    const lines = splitRunOnLines(toLines(flat));
    expect(lines.map((l) => l.text)).toEqual([
      '一、总体要求。坚持稳中求进。', '二、重点任务。', '(一)交通。', '1.建设铁路。(责任单位:省发展改革委)', '2.建设公路,投资3.5万亿元。(省交通运输厅牵头)',
    ]);
    expect(flat.slice(lines[3].start, lines[3].end)).toBe(lines[3].text);
    const tasks = taskCandidates(buildOutline(lines), lines);
    expect(tasks.map((t) => t.path.join('.'))).toEqual(['二.一.1', '二.一.2']);
  });
});
