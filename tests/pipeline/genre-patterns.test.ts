// One small fixture per layout pattern of the genre (issue 9): a few lines in the wording of real
// documents (the corpus files named in each test, or the forms the corpus README lists as not covered).
// Each goes through `npm run parse`'s own code path, so a rule that breaks shows here by name.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../pipeline/parse-cli';

const parse = (text: string, province: string | null = null) => parseBytes(new TextEncoder().encode(text), 'pattern.txt', province).doc;
const units = (text: string, id?: string) => {
  const doc = parse(text, '山西');
  const task = id ? doc.tasks.find((t) => t.id === id) : doc.tasks[0];
  return task?.units.map((u) => `${u.role}:${u.name}`);
};

describe('scope and metadata', () => {
  it('a State Council document is national, with no province and no warning about one', () => {
    const doc = parse('国务院办公厅关于加快发展 体育竞赛表演产业的指导意见 国办发〔2018〕121号 各省、自治区、直辖市人民政府: 一、重点任务 (一)大力发展职业赛事。着力发展足球。(体育总局、民政部负责) (二)支持引进国际重大赛事。引进一批赛事。(体育总局负责)');
    expect([doc.scope, doc.province, doc.provinceCode, doc.docNumber]).toEqual(['national', null, null, '国办发〔2018〕121号']);
    expect(doc.title).toBe('国务院办公厅关于加快发展体育竞赛表演产业的指导意见');
    expect(doc.issuer).toBe('国务院办公厅');
    expect(doc.warnings.join()).not.toMatch(/province unknown/);
  });

  it('a national document finds only places written in full (示范县 is not 范县, 一视同仁 not 同仁)', () => {
    const doc = parse('国务院关于加快推进农业机械化的指导意见 国发〔2018〕42号 一、重点任务 (一)推进示范。创建一批整体推进示范县,对购买农机产品一视同仁。在武汉市建设基地。(农业农村部负责) (二)加强培训。开展培训。(教育部负责)');
    expect(doc.scope).toBe('national');
    expect(doc.tasks[0].placeMentions.map((m) => m.name)).toEqual(['武汉市']);
  });

  it('a county-level issuer gives the province, the scope and its own code (监利市 → 湖北)', () => {
    const doc = parse('监利市人民政府办公室关于分解落实2022年重点工作的通知\n各乡、镇人民政府:\n2021年11月22日\n一、重点工作\n1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局)');
    expect([doc.province, doc.provinceCode, doc.scope, doc.issuerCode]).toEqual(['湖北', '420000', 'county', '421088']);
    expect([doc.issuer, doc.date]).toEqual(['监利市人民政府办公室', '2021-11-22']);
  });

  it('a city document whose text names no province parses with a warning (平顶山 excerpt)', () => {
    const doc = parse('各县(市、区)人民政府,市人民政府各部门:\n一、加快产业转型\n1.加大帮扶力度。\n牵头单位:市工业和信息化局\n责任单位:市发改委、市商务局');
    expect([doc.province, doc.provinceCode, doc.scope]).toEqual([null, null, 'city']);
    expect(doc.warnings[0]).toMatch(/province unknown/);
    expect(doc.tasks[0].units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:市工业和信息化局', 'support:市发改委', 'support:市商务局']);
  });

  it('a whole document on one line does not become its own title; Chinese-numeral dates are read', () => {
    const doc = parse('包头市人民政府关于印发2011年市政府重点工作任务分解意见的通知 各旗、县、区人民政府: 现将意见印发你们。 二○一一年四月六日 一、工业经济方面 1.调整优化工业经济结构。(市经信委牵头落实) 2.加强稀土资源保护。(市经信委、市国土资源局牵头落实)');
    expect(doc.title).toBe('包头市人民政府关于印发2011年市政府重点工作任务分解意见的通知');
    expect(doc.date).toBe('2011-04-06');
    expect(doc.tasks.map((t) => t.units.map((u) => `${u.role}:${u.name}`))).toEqual([['lead:市经信委'], ['lead:市经信委', 'lead:市国土资源局']]);
  });
});

describe('numbering schemes', () => {
  it.each([
    ['1、', '一、任务\n1、建设铁路。(责任单位:省交通运输厅)\n2、建设公路。(责任单位:省交通运输厅)'],
    ['1．', '一、任务\n1．建设铁路。(责任单位:省交通运输厅)\n2．建设公路。(责任单位:省交通运输厅)'],
    ['（1）', '一、任务\n（1）建设铁路。（责任单位：省交通运输厅）\n（2）建设公路。（责任单位：省交通运输厅）'],
    ['1)', '一、任务\n1)建设铁路。(责任单位:省交通运输厅)\n2)建设公路。(责任单位:省交通运输厅)'],
    ['①', '一、任务\n①建设铁路。(责任单位:省交通运输厅)\n②建设公路。(责任单位:省交通运输厅)'],
    ['1. with a space', '一、 任务\n1. 建设铁路。(责任单位:省交通运输厅)\n2. 建设公路。(责任单位:省交通运输厅)'],
  ])('reads %s items', (_, text) => {
    const doc = parse(text, '山西');
    expect(doc.tasks).toHaveLength(2);
    expect(doc.tasks.map((t) => t.title)).toEqual(['建设铁路', '建设公路']);
    expect(doc.anomalies).toEqual([]);
  });

  it('decimal numbering: 1 heading / 1.1 items, ids as written, a figure at a line start is not a label', () => {
    const doc = parse('1 产业发展\n1.1 推进技改。(责任单位:市工信局)\n1.2 培育企业。\n3.5万亿元投资落地。(责任单位:市发改委)\n2 民生保障\n2.1 稳定就业。(责任单位:市人社局)', '山西');
    expect(doc.tasks.map((t) => [t.id, t.title])).toEqual([['1.1', '推进技改'], ['1.2', '培育企业'], ['2.1', '稳定就业']]);
    expect(doc.tasks[1].units.map((u) => u.name)).toEqual(['市发改委']);
    expect(doc.anomalies).toEqual([]);
  });

  it('decimal items flattened on one line under 一、 parts are split at each label', () => {
    const doc = parse('一、产业发展 1.1 推进技改。(责任单位:市工信局) 1.2 培育企业,投资增长 3.5万亿元。(责任单位:市发改委) 二、民生保障 2.1 稳定就业。(责任单位:市人社局)', '山西');
    expect(doc.tasks.map((t) => [t.id, t.title])).toEqual([['一.1', '推进技改'], ['一.2', '培育企业,投资增长 3.5万亿元'], ['二.1', '稳定就业']]);
  });

  it('a lone "2.3 …" line in a document not numbered by decimals stays text', () => {
    const doc = parse('一、任务\n1.建设铁路。\n2.3 运能提升。(责任单位:省交通运输厅)\n2.建设机场。(责任单位:省发展改革委)', '山西');
    expect(doc.tasks.map((t) => t.id)).toEqual(['一.1', '一.2']);
  });

  it('keeps (1) and ① inside a 1. item as that item’s list', () => {
    const doc = parse('一、任务\n1.完善交通网络:\n(1)建设铁路;\n(2)建设公路。(责任单位:省交通运输厅)\n2.建设机场。(责任单位:省发展改革委)', '山西');
    expect(doc.tasks.map((t) => t.id)).toEqual(['一.1', '一.2']);
    expect(doc.tasks[0].units.map((u) => u.name)).toEqual(['省交通运输厅']);
  });

  it('items numbered on across sections keep their parents in the path, with no anomaly (国发〔2019〕3号)', () => {
    const doc = parse('一、指导思想 坚持改革开放。 二、主要任务 （一）打造加工制造中心。 1.拓展两个市场。推广试点。（税务总局、财政部负责） 2.提前适用政策。享受政策。（海关总署负责） （二）打造研发设计中心。 3.促进研发创新。支持研发。（海关总署、商务部负责）');
    expect(doc.tasks.map((t) => t.id)).toEqual(['二.一.1', '二.一.2', '二.二.3']);
    expect(doc.anomalies).toEqual([]);
  });

  it('top-level 一、 measures that name units are the tasks (国办发〔2018〕117号)', () => {
    const doc = parse('国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知 国办发〔2018〕117号 各省、自治区、直辖市人民政府: 一、对深化商事制度改革成效显著的市,给予表扬。（市场监管总局负责） 二、对促进外贸稳定增长的省,给予倾斜。（商务部会同有关部门负责） 各地区要加强组织。');
    expect(doc.tasks.map((t) => t.id)).toEqual(['一', '二']);
    expect(doc.tasks[1].units.map((u) => `${u.role}:${u.name}`)).toEqual(['lead:商务部', 'support:有关部门']);
  });

  it('a covering notice with its own 一、二、 before the attached plan: every label kept, the restart reported', () => {
    const doc = parse('关于印发重点工作分工方案的通知\n一、提高认识。各地要高度重视。\n二、加强督查。请按时报送进展。\n重点工作分工方案\n一、重点任务\n1.建设铁路。(责任单位:省交通运输厅)\n2.建设公路。(责任单位:省交通运输厅)', '山西');
    expect(doc.tasks.map((t) => t.title)).toEqual(['建设铁路', '建设公路']);
    expect(doc.anomalies?.map((a) => a.kind)).toEqual(['restart']);
  });

  it('numbered parts that are all context make a document with no tasks and a warning, not a refusal', () => {
    const doc = parse('一、总体要求\n坚持稳中求进。\n二、保障措施\n加强组织领导。', '山西');
    expect(doc.tasks).toEqual([]);
    expect(doc.warnings.join()).toMatch(/no tasks/);
    expect(() => parse('这是一段没有任何编号的文字。又一句话。', '山西')).toThrow(/no recognisable structure/);
  });

  it('a gap is an anomaly, not a refusal, and no item is dropped', () => {
    const doc = parse('一、任务\n1.建设铁路。(责任单位:省交通运输厅)\n3.建设公路。(责任单位:省交通运输厅)', '山西');
    expect(doc.tasks.map((t) => t.id)).toEqual(['一.1', '一.3']);
    expect(doc.anomalies).toEqual([expect.objectContaining({ kind: 'gap', path: ['一', '3'], line: 3 })]);
  });

  it('a document cut off mid-item keeps the last item, flagged truncated (page excerpt)', () => {
    const doc = parse('一、任务\n1.建设铁路。(责任单位:省交通运输厅)\n2.加强重点水利工程建设,今明两年投资494亿元。实施三江干流治理;', '山西');
    expect(doc.tasks.map((t) => [t.id, t.truncated])).toEqual([['一.1', false], ['一.2', true]]);
    expect(doc.anomalies?.at(-1)?.kind).toBe('truncated');
  });

  it('a unit list the excerpt cuts off keeps only whole unit names (监利市 item 7: "(牵头单位:市")', () => {
    const doc = parse('一、目标\n1.增长10%。(牵头单位:市发改局;责任单位:市统计局)\n2.高新技术产业增加值达到12%。(牵头单位:市', '湖北');
    expect(doc.tasks.map((t) => [t.truncated, t.units.map((u) => u.name)])).toEqual([[false, ['市发改局', '市统计局']], [true, []]]);
  });

  it('a table flattened one cell per line, rows between bare | lines (洋县 2024)', () => {
    const doc = parse('附件:\n|\n序号 |\n项目名称 |\n建设地点 |\n责任单位 |\n|\n1 |\n城北小学门前道路建设项目 |\n纸坊街道 |\n住建局 |\n|\n2 |\n高标准农田建设项目 |\n谢村镇 |\n农业农村局 |\n|', '陕西');
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.role}:${u.name}`).join()])).toEqual([
      ['1', '城北小学门前道路建设项目', 'responsible:住建局'],
      ['2', '高标准农田建设项目', 'responsible:农业农村局'],
    ]);
  });

  it('a |-separated table: cells mapped by the header, people in 责任领导 kept as leaders', () => {
    const doc = parse('序号 | 工作任务 | 牵头单位 | 配合单位 | 责任领导 | 完成时限\n1 | 建设铁路 | 省交通运输厅 | 省发展改革委、省财政厅 | 张三 | 2024年底\n2 | 建设机场 | 省发展改革委 | 省交通运输厅 | 李四 | 2025年6月', '山西');
    expect(doc.tasks.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`).join(), t.leaders])).toEqual([
      ['建设铁路', 'lead:省交通运输厅,support:省发展改革委,support:省财政厅', ['张三']],
      ['建设机场', 'lead:省发展改革委,support:省交通运输厅', ['李四']],
    ]);
  });

  it('a table flattened one cell per line with no pipes: rows start with their number', () => {
    const doc = parse('附件\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n1\n建设城北小学\n县教体局\n县财政局、县住建局\n2024年底\n2\n改造老旧小区\n县住建局\n县财政局\n2024年6月', '陕西');
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.role}:${u.name}`).join()])).toEqual([
      ['1', '建设城北小学', 'lead:县教体局,support:县财政局,support:县住建局'],
      ['2', '改造老旧小区', 'lead:县住建局,support:县财政局'],
    ]);
  });

  it('prose assignments: 由X牵头,A、B配合,在…前完成… (师宗县 news report)', () => {
    const doc = parse('曲道凯要求,由县发展和改革局牵头,县委党校、县自然资源局配合,在9月底前完成供地工作;由丹凤街道牵头,县自然资源局配合,在12月底前完成土地处置任务。', '云南');
    expect(doc.tasks.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`).join()])).toEqual([
      ['完成供地工作', 'lead:县发展和改革局,support:县委党校,support:县自然资源局'],
      ['完成土地处置任务', 'lead:丹凤街道,support:县自然资源局'],
    ]);
  });
});

describe('unit lists', () => {
  it('(牵头单位:X;配合单位:Y) inside a parenthesis', () => {
    expect(units('一、任务\n1.建设铁路。(牵头单位:省交通运输厅;配合单位:省财政厅)')).toEqual(['lead:省交通运输厅', 'support:省财政厅']);
  });

  it('a run of levels with the prefix and suffix written once is one unit per level (各乡、镇人民政府, 各省、自治区、直辖市人民政府)', () => {
    expect(units('一、任务\n1.建设铁路。(牵头单位:县交通运输局;责任单位:县财政局,各乡、镇人民政府)')).toEqual([
      'lead:县交通运输局', 'support:县财政局', 'support:各乡人民政府', 'support:各镇人民政府']);
    expect(units('一、任务\n1.建设铁路。(交通运输部、各省、自治区、直辖市人民政府负责)')).toEqual([
      'responsible:交通运输部', 'responsible:各省人民政府', 'responsible:各自治区人民政府', 'responsible:各直辖市人民政府']);
  });

  it('a time limit in words after the units is not a unit, and does not void the list (持续推进, 长期坚持)', () => {
    expect(units('一、任务\n1.建设铁路。(国家发展改革委牵头,交通运输部按职责分工负责,持续推进)')).toEqual([
      'lead:国家发展改革委', 'support:交通运输部']);
    expect(units('一、任务\n1.建设铁路。(交通运输部负责,长期坚持)')).toEqual(['responsible:交通运输部']);
  });

  it('collectives named by area or level are units: 各地区, 各级人民政府', () => {
    expect(units('一、任务\n1.建设铁路。(交通运输部、各地区负责)')).toEqual(['responsible:交通运输部', 'responsible:各地区']);
    expect(units('一、任务\n1.建设铁路。(各级人民政府负责)')).toEqual(['responsible:各级人民政府']);
  });

  it('short labels: (牵头:X;配合:Y)', () => {
    expect(units('一、任务\n1.建设铁路。(牵头:省交通运输厅;配合:省财政厅、省发展改革委)')).toEqual([
      'lead:省交通运输厅', 'support:省财政厅', 'support:省发展改革委']);
  });

  it('(X牵头,A、B按职责分工负责) with the 省 left off', () => {
    expect(units('一、任务\n1.建设铁路。(省发展改革委牵头,省财政厅、交通运输厅按职责分工负责)')).toEqual([
      'lead:省发展改革委', 'support:省财政厅', 'support:省交通运输厅']);
  });

  it('other fields on a unit line are not units: 完成时限, a deadline phrase', () => {
    expect(units('一、任务\n1.建设铁路。\n责任单位:省交通运输厅;完成时限:2023年底')).toEqual(['responsible:省交通运输厅']);
    expect(units('一、任务\n1.建设铁路。\n责任单位:省交通运输厅 完成时限:2023年底')).toEqual(['responsible:省交通运输厅']);
    expect(units('一、任务\n1.建设铁路。(责任单位:省交通运输厅,2023年底前完成)')).toEqual(['responsible:省交通运输厅']);
  });

  it('a bracketed label: 【牵头单位】X 【责任单位】Y', () => {
    expect(units('一、任务\n1.建设铁路。\n【牵头单位】省交通运输厅 【责任单位】省财政厅、省发展改革委')).toEqual([
      'lead:省交通运输厅', 'support:省财政厅', 'support:省发展改革委']);
    expect(units('一、任务\n1.建设铁路。\n【责任单位】省交通运输厅、省财政厅')).toEqual(['responsible:省交通运输厅', 'responsible:省财政厅']);
  });

  it('a unit list in 〔〕', () => {
    expect(units('一、任务\n1.建设铁路。〔责任单位:省交通运输厅、省财政厅〕')).toEqual(['responsible:省交通运输厅', 'responsible:省财政厅']);
  });

  it('two labels on one line: 责任部门:X 配合部门:Y makes X the lead (甘井子区)', () => {
    expect(units('1.建立区高校毕业生创业中心。\n责任部门:人社局 配合部门:各街道')).toEqual(['lead:人社局', 'support:各街道']);
  });

  it('a first-listed rule stated in the covering notice applies to every later list', () => {
    expect(units('各项任务中列第一位的为牵头单位。\n一、任务\n1.建设铁路。(省交通运输厅、省财政厅负责)')).toEqual(['lead:省交通运输厅', 'support:省财政厅']);
  });

  it('a rule wedged after a list applies from that list on, and its words never become a unit (丽水)', () => {
    const text = '一、目标\n1.生产总值增长6%。\n责任单位:市发改委\n2.投资增长10%。\n责任单位:市发改委、市经信局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n3.收入增长。\n责任单位:市财政局\n4.就业。\n责任单位:市人力社保局、市发改委分别牵头';
    const doc = parse(text, '浙江');
    expect(doc.tasks.map((t) => t.units.map((u) => `${u.role}:${u.name}`).join())).toEqual([
      'responsible:市发改委', 'lead:市发改委,support:市经信局', 'lead:市财政局', 'lead:市人力社保局,lead:市发改委',
    ]);
  });

  it('several unit groups in one item: each covers the sentences before it, a unit named twice counts once (国办发〔2018〕121号)', () => {
    expect(units('一、任务\n1.鼓励创新创业。推进改革。(市场监管总局负责)加强教育。(体育总局、教育部负责)培育人才。(体育总局、科技部负责)')).toEqual([
      'responsible:市场监管总局', 'responsible:体育总局', 'responsible:教育部', 'responsible:科技部']);
  });

  it('及, 和 and 与 split between whole units but not inside names (工业和信息化部)', () => {
    expect(units('一、任务\n1.推广农机。(工业和信息化部及农业农村部负责)\n2.扶贫。(扶贫办、全国妇联等和各省级人民政府负责)', '一.1')).toEqual([
      'responsible:工业和信息化部', 'responsible:农业农村部']);
    expect(units('一、任务\n1.推广农机。(工业和信息化部及农业农村部负责)\n2.扶贫。(扶贫办、全国妇联等和各省级人民政府负责)', '一.2')).toEqual([
      'responsible:扶贫办', 'responsible:全国妇联', 'responsible:各省级人民政府']);
  });

  it('restores an elided 自治区 / 市 prefix from the first unit, never invents one', () => {
    expect(units('一、任务\n1.增粮。(责任单位:自治区农牧厅、财政厅)')).toEqual(['responsible:自治区农牧厅', 'responsible:自治区财政厅']);
    expect(units('一、任务\n1.增粮。(责任单位:市发改委、财政局)')).toEqual(['responsible:市发改委', 'responsible:市财政局']);
    expect(units('1.建设公园。\n责任部门:城建局 配合部门:财政局')).toEqual(['lead:城建局', 'support:财政局']);
  });

  it('people are leaders, never units: 责任领导 and 分管省领导', () => {
    const doc = parse('一、任务\n1.建设铁路。(牵头单位:省交通运输厅;责任领导:张三、李四)\n2.建设机场。\n分管省领导:王五\n牵头单位:省发展改革委', '山西');
    expect(doc.tasks.map((t) => [t.units.map((u) => u.name).join(), t.leaders])).toEqual([
      ['省交通运输厅', ['张三', '李四']], ['省发展改革委', ['王五']]]);
  });

  it('shared suffixes and prefixes: 相关市、县政府; 哈尔滨、黑河市政府; 人民大垸、荒湖管理区', () => {
    expect(units('一、任务\n1.建设铁路。(省发改委、相关市、县政府负责)')).toEqual(['responsible:省发改委', 'responsible:相关市政府', 'responsible:相关县政府']);
    expect(units('一、任务\n1.建设机场。(哈尔滨、黑河、绥芬河市政府、省农垦总局负责)', undefined)).toEqual([
      'responsible:哈尔滨市政府', 'responsible:黑河市政府', 'responsible:绥芬河市政府', 'responsible:省农垦总局']);
    expect(units('一、任务\n1.增长。(牵头单位:市发改局;责任单位:市统计局,人民大垸、荒湖管理区)')).toEqual([
      'lead:市发改局', 'support:市统计局', 'support:人民大垸管理区', 'support:荒湖管理区']);
  });
});
