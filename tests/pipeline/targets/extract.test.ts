import { describe, expect, it } from 'vitest';
import { extractTargets, type DroppedFigure } from '../../../pipeline/targets/extract';
import type { RawTarget } from '../../../pipeline/targets/types';
import { fixture } from './helpers';

const brief = (t: RawTarget) => [t.name, t.stage, t.value, t.valueMax, t.unit, t.comparator, t.kind, t.targetYear];

describe('extractTargets on real excerpts', () => {
  it('003 三、主要指标分工: the four indicators', () => {
    const text = fixture('003-indicators.txt');
    const got = extractTargets(text, { stage: 'target', year: 2025 });
    expect(got.map(brief)).toEqual([
      ['常住人口城镇化率', 'target', 67, null, '%', '=', 'share', 2025],
      ['铁路总里程', 'target', 7000, null, '公里', '=', 'level', 2025],
      ['全社会研发经费投入年均增长', 'target', 7, null, '%', '>=', 'growth', 2025],
      ['城市生活污水集中收集率', 'target', 70, null, '%', '>=', 'share', 2025],
    ]);
    // the quote is the clause, and the offsets point at it
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.quote);
    expect(got[1].quote).toBe('2.铁路总里程达到7000公里');
  });

  it('002 2025 paragraph: year carried across sentences, ranges, compound units', () => {
    const got = extractTargets(fixture('002-goals-2025.txt'), { stage: 'target', year: null });
    const byName = new Map(got.map((t) => [t.name, t]));
    expect(got.every((t) => t.targetYear === 2025 && t.stage === 'target')).toBe(true);
    expect(got).toHaveLength(12);
    expect(brief(byName.get('常住人口城镇化率')!)).toEqual(['常住人口城镇化率', 'target', 75, null, '%', '=', 'share', 2025]);
    expect(byName.get('研发投入强度')).toMatchObject({ value: 3, comparator: '>=', kind: 'share' });
    expect(byName.get('铁路网密度')).toMatchObject({ value: 550, unit: '公里/万平方公里', kind: 'level' });
    expect(byName.get('单位GDP能耗较2017年下降')).toMatchObject({ value: 10, valueMax: 11, unit: '%', kind: 'growth' });
    expect(byName.get('人均期望寿命')).toMatchObject({ value: 80, unit: '岁', comparator: '~' });
    // PM2.5 and 优良天数 have no figure (完成国家下达目标任务): nothing invented for them
    expect([...byName.keys()].some((n) => n.includes('PM'))).toBe(false);
  });

  it('004 five-year goals: 一个百分点 is a growth of 1 百分点; year unknown', () => {
    const got = extractTargets(fixture('004-goals.txt'), { stage: 'target', year: null });
    expect(got.map(brief)).toEqual([
      ['地区生产总值', 'target', 3.5, null, '万亿元', '=', 'level', null],
      ['人均地区生产总值', 'target', 10, null, '万元', '>', 'level', null],
      ['制造业增加值占规上工业比重每年提高', 'target', 1, null, '百分点', '=', 'growth', null],
      ['数字经济规模年均增长', 'target', 15, null, '%', '>=', 'growth', null],
      ['煤炭先进产能占比', 'target', 95, null, '%', '~', 'share', null],
      ['新能源和清洁能源装机占比', 'target', 54, null, '%', '=', 'share', null],
    ]);
  });

  it('004 review: achieved figures, 分别 lists paired with their subjects', () => {
    const got = extractTargets(fixture('004-review.txt'), { stage: 'achieved', year: null });
    expect(got.every((t) => t.stage === 'achieved')).toBe(true);
    const names = got.map((t) => `${t.name}=${t.value}${t.unit}`);
    expect(names).toEqual([
      '工业战略性新兴产业增加值年均增长=11.6%',
      '高技术制造业增加值年均增长=11.7%',
      '服务业增加值=1万亿元',
      '数字经济规模=5000亿元',
      '5A级景区=10家',
      '开发区数量=93个',
      '工业类开发区规划面积=1.86%',
      '规上工业增加值=31%',
      '煤炭先进产能占比=80%',
      '产量=13亿吨',
      '新能源和清洁能源装机占比=40.25%',
      '能耗强度累计下降=16%',
    ]);
  });

  it('004 2023 targets paragraph: the year from the section, 控制在…左右 is ~', () => {
    const got = extractTargets(fixture('004-targets-2023.txt'), { stage: 'target', year: 2023 });
    expect(got.map(brief)).toEqual([
      ['地区生产总值增长', 'target', 6, null, '%', '~', 'growth', 2023],
      ['固定资产投资增长', 'target', 7, null, '%', '>=', 'growth', 2023],
      ['社会消费品零售总额增长', 'target', 7, null, '%', '~', 'growth', 2023],
      ['一般公共预算收入增长', 'target', 5, null, '%', '=', 'growth', 2023],
      ['城镇新增就业', 'target', 45, null, '万人', '=', 'level', 2023],
      ['城镇调查失业率', 'target', 5.5, null, '%', '~', 'share', 2023],
      ['居民消费价格涨幅', 'target', 3, null, '%', '~', 'growth', 2023],
    ]);
  });

  it('004 key work: counts in a 、 list share their noun; 2-3家 keeps both ends', () => {
    const got = extractTargets(fixture('004-keywork.txt'), { stage: 'target', year: 2023 });
    const names = got.map((t) => [t.name, t.value, t.valueMax, t.unit, t.kind]);
    expect(names).toContainEqual(['国家级区域医疗中心建设', 3, null, '个', 'count']);
    expect(names).toContainEqual(['省级区域医疗中心建设', 4, null, '个', 'count']);
    expect(names).toContainEqual(['重组全国重点实验室', 2, 3, '家', 'count']);
    expect(names).toContainEqual(['新建省实验室', 2, 3, '家', 'count']);
  });

  it('000 education: each 到2020年 sets its clause; 建设100个… are count targets', () => {
    const got = extractTargets(fixture('000-education.txt'), { stage: 'target', year: null });
    expect(got.map((t) => `${t.name}|${t.value}${t.unit}|${t.comparator}|${t.targetYear}`)).toEqual([
      '学前教育毛入园率|90%|=|2020',
      '九年义务教育巩固率|97%|>=|2020',
      '高中阶段教育毛入学率|95%|=|2020',
      '省级以上骨干专业实训基地覆盖率|80%|=|2020',
      '建设高职省级重点专业|100个|=|2020',
      '建设中职省级重点专业|300个|=|2020',
    ]);
  });

  it('001 annual plan: 2016年…完成… are targets; a year range gives its end', () => {
    const got = extractTargets(fixture('001-annual.txt'), { stage: 'target', year: 2016 });
    expect(got.map((t) => `${t.name}|${t.value}${t.unit}|${t.comparator}|${t.stage}|${t.targetYear}`)).toEqual([
      '棚改货币化安置比例|50%|>=|target|2016',
      '完成国家级开发区上年度土地节约集约利用评价成果更新|6个|=|target|2016',
      '完成省级开发区上年度土地节约集约利用评价成果更新|14个|=|target|2016',
      '城中村拆除并同步启动建设|85个|=|target|2016',
    ]);
  });

  it('003 projects: 4.5米水深航道 is a specification, 培训50万人次 a target of the plan period', () => {
    const dropped: DroppedFigure[] = [];
    const got = extractTargets(fixture('003-projects.txt'), { stage: 'target', year: 2025 }, dropped);
    expect(got.map((t) => `${t.name}|${t.value}${t.unit}|${t.targetYear}`)).toEqual([
      '完成“三项岗位”人员培训|50万人次|2025',
      '建立高水平的安全生产技能实训基地|10家|2025',
    ]);
    expect(dropped).toContainEqual(expect.objectContaining({ raw: '4.5米', reason: 'specification' }));
  });

  it('a minimum written in words (至少有一个/一所) is a floor target, named without 实现/至少有', () => {
    // 003 五、(六)2 and 004 今后五年 (education), as cleaned
    const lab = '推进传染病医院或综合医院传染病区、疾控中心标准化建设,建设标准化菌种保藏中心、生物样本库和菌毒种基因库、代谢组学和基因组学等实验室,实现每个地市至少有一个达到P2水平的实验室,建设一批区域应急医疗物资储备基地。';
    const school = '全力推动教育高质量发展,实现“双一流”高校“保二争三”、“双一流”学科“保三争五”,每个县至少有一所优质公办高中。';
    expect(extractTargets(lab, { stage: 'target', year: 2025 }).map(brief)).toEqual([
      ['每个地市达到P2水平的实验室', 'target', 1, null, '个', '>=', 'level', 2025],
    ]);
    expect(extractTargets(school, { stage: 'target', year: null }).map(brief)).toEqual([
      ['每个县优质公办高中', 'target', 1, null, '所', '>=', 'level', null],
    ]);
    // 一批 / 一个 without a floor word stay words: nothing is read from 建设一批 or 打造一个
    expect(extractTargets('建设一批区域应急医疗物资储备基地,打造一个区域中心。', { stage: 'target', year: 2025 })).toEqual([]);
  });

  it('a scope opening the sentence prefixes the measure (武汉都市圈, not 湖北)', () => {
    const text = '武汉都市圈同城化取得实质性突破,一小时通勤圈和一日生活圈基本形成,地区生产总值超过3.5万亿元,人均地区生产总值达到15万元,初步建成长江中游城市群协同发展主引擎;';
    const got = extractTargets(text, { stage: 'target', year: 2025 });
    expect(got.map((t) => t.name)).toEqual(['武汉都市圈地区生产总值', '武汉都市圈人均地区生产总值']);
  });
  it('004 review: 城乡居民…分别增长 a、b names 城镇居民 then 农村居民, not a numbered pair', () => {
    const text = '全民技能提升工程累计培训620万人,城镇新增就业255万人,农村劳动力转移就业216.7万人。城乡居民人均可支配收入预计分别增长10460元、5700元。';
    const got = extractTargets(text, { stage: 'achieved', year: null });
    expect(got.slice(3).map((t) => `${t.name}=${t.value}${t.unit}`)).toEqual([
      '城镇居民人均可支配收入增长=10460元',
      '农村居民人均可支配收入增长=5700元',
    ]);
    // no [k/n] placeholder names left
    expect(got.every((t) => !/\[\d\/\d\]/.test(t.name))).toBe(true);
  });
  it('004: 摘帽 and 提标 are goal verbs for counts; a lone 对 before the figure is no subject', () => {
    const review = extractTargets('全面推进乡村振兴,2022年粮食产量292.9亿斤、亩产619.7斤,双双创历史新高。58个贫困县全部摘帽,329万贫困人口全部脱贫。', { stage: 'achieved', year: null });
    expect(review.map(brief)).toContainEqual(['贫困县全部摘帽', 'achieved', 58, null, '个', '=', 'count', null]);
    const work = extractTargets('围绕促进人的全面发展和增进民生福祉,对17项民生政策进行提标扩面、动态调整,集中精力办好12件民生实事。', { stage: 'target', year: 2023 });
    expect(work.map(brief)).toEqual([
      ['民生政策进行提标扩面', 'target', 17, null, '项', '=', 'count', 2023],
      ['办好民生实事', 'target', 12, null, '件', '=', 'count', 2023],
    ]);
  });
});
