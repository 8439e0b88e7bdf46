import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../pipeline/structure/classify';
import { chineseToNumber, labelValue } from '../../../pipeline/structure/numerals';

describe('classifyLine', () => {
  it.each([
    ['二、重点任务与分工', 'part', '二'],
    ['(一)强化基础设施支撑,构建现代化、网络化、高品质、服务企业生产布局的基础设施体系。', 'section', '一'],
    ['【十二】坚决守住疫情防控和安全发展底线', 'bracket', '十二'],
    ['1.加快推进综合交通运输网络建设。', 'item', '1'],
    ['12﹒推进排污许可管理创新。', 'item', '12'],
    ['(3)完善转移支付制度。', 'item', '3'],
    ['1 以强烈使命担当坚决扛起能源保供政治责任。', 'item', '1'],
    ['一是全力做好治水兴水大文章,中部引黄县县域配套工程……', 'enum', '一是'],
  ])('%s → %s %s', (line, kind, label) => {
    const c = classifyLine(line);
    expect(c.kind).toBe(kind);
    expect(c.label).toBe(label);
  });

  it('does not read a year or a decimal at the start of a line as an item number', () => {
    expect(classifyLine('2016年是“十三五”开局之年,也是……').kind).toBe('para');
    expect(classifyLine('3.5万亿元的目标……').kind).not.toBe('part');
  });

  it('takes short unpunctuated lines as headings and sentences as paragraphs', () => {
    expect(classifyLine('2023年重点工作').kind).toBe('heading');
    expect(classifyLine('按照上述目标要求,重点抓好以下工作').kind).toBe('para');
  });
});

describe('numerals', () => {
  it.each([['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['四十', 40], ['二十三', 23]])('%s = %d', (s, n) => {
    expect(chineseToNumber(s)).toBe(n);
  });
  it('reads labels of every family', () => {
    expect(labelValue('40')).toBe(40);
    expect(labelValue('三是')).toBe(3);
    expect(labelValue('甲')).toBeNull();
  });
});
