// Place entries added while hand-checking 002 and 004 (tests/golden/REVIEW-002…, REVIEW-004…):
// real excerpts, each with the codes a reader of the sentence expects.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../pipeline/places/find';

const JS = { provinceCode: '320000' };
const SX = { provinceCode: '140000' };

describe('findPlaces: two-city names, landmarks and features met in 002/004', () => {
  it('宁淮 / 苏宿 name two cities, like 苏锡常 and 宁镇扬', () => {
    expect(findPlaces('推动扬州、镇江特色新型城市功能提升,强化宁淮深度合作,增强对周边区域辐射能力。', JS).codes)
      .toEqual(['321000', '321100', '320100', '320800']);
    expect(findPlaces('推进苏宿合作高质量发展创新实验区建设,形成一批可复制可推广的经验制度。', JS).codes).toEqual(['320500', '321300']);
  });

  it('太忻 is 太原 and 忻州; 秀容新城 is in 忻州', () => {
    expect(findPlaces('推动太忻一体化经济区高质量发展。适度超前谋划建设一批重大基础设施项目,推动大盂产业新城与现有开发区整合,促进秀容新城产城融合,加快太原火工区搬迁改造,打造太忻科创共同体。', SX).codes)
      .toEqual(['140100', '140900']);
  });

  it('rail-project abbreviations stay out (雄忻, 太绥, 集大原: 原 is 原平, not 太原)', () => {
    expect(findPlaces('扎实推进雄忻、集大原等高铁建设,推进太绥高铁等重点项目前期工作。', SX).codes).toEqual([]);
  });

  it('杭州湾 is a bay; 江阴沿江, 昆山杜克大学 and 硕放机场 are places', () => {
    expect(findPlaces('形成太湖调蓄、北向长江引排、东出黄浦江供排、南排杭州湾的流域综合治理格局。', JS).codes).toEqual([]);
    expect(findPlaces('参与建立重点区域环境风险应急统一管理平台,建设江阴沿江危险化学品应急救援基地。', JS).codes).toEqual(['320200']);
    expect(findPlaces('打造昆山杜克大学、西交利物浦大学等一批国际合作教育样板区。', JS).codes).toEqual(['320500']);
    expect(findPlaces('支持苏南硕放机场建设区域性枢纽机场,加快淮安航空货运枢纽建设。', JS).codes).toEqual(['320200', '320800']);
  });
});
