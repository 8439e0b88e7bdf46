import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../pipeline/places/find';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/places/excerpts.json', import.meta.url), 'utf8')) as {
  excerpts: Record<string, [string, string]>;
};
const PROVINCE: Record<string, string> = { '000': '140000', '001': '140000', '002': '320000', '003': '420000', '004': '140000' };
/** findPlaces on a real excerpt, with the province of the document it comes from. */
const places = (key: string, provinceCode?: string) => {
  const [doc, text] = fixture.excerpts[key];
  if (!text) throw new Error(`no excerpt ${key}`);
  return { text, ...findPlaces(text, { provinceCode: provinceCode ?? PROVINCE[doc] }) };
};

describe('findPlaces: names of the document province', () => {
  it('resolves a county to its prefecture (泽州县 → 晋城市)', () => {
    const r = places('zezhou');
    expect(r.codes).toEqual(['140500']);
    expect(r.mentions[0]).toMatchObject({ name: '泽州县', code: '140500', via: 'county' });
  });

  it('resolves the renamed 潞城市 through the alias table, and 新绛县', () => {
    const r = places('lucheng');
    expect(r.codes).toEqual(['140400', '140800']);
    expect(r.mentions.map((m) => [m.name, m.via])).toEqual([['潞城市', 'alias'], ['新绛县', 'county']]);
  });

  it('reads full prefecture names in order of first mention', () => {
    expect(places('jinzhongYangquan').codes).toEqual(['140700', '140300']);
  });

  it('gives 省直辖 units their own codes (仙桃/天门/潜江, 神农架林区)', () => {
    const r = places('hubeiCities');
    expect(r.codes).toEqual(['420100', '420200', '420700', '420900', '421100', '421200', '429004', '429006', '429005']);
    expect(places('shennongjia').codes).toEqual(['429021']);
  });

  it('accepts 恩施州 for 恩施土家族苗族自治州', () => {
    expect(places('enshi').codes).toEqual(['422800']);
  });

  it('offsets point at the name as written', () => {
    for (const key of ['lucheng', 'hubeiCities', 'hongqiao', 'railLines']) {
      const r = places(key);
      for (const m of r.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.name);
    }
  });
});

describe('findPlaces: other provinces keep their own codes', () => {
  it('000 rail lines: 保定, 延安, 张家口, 郑州, 合肥, 焦作 are not Shanxi', () => {
    expect(places('railLines').codes).toEqual(['140900', '130600', '140100', '610600', '140200', '130700', '410100', '340100', '410800']);
  });

  it('002: 杭州 330100 and 合肥 340100 in a Jiangsu document', () => {
    expect(places('hangzhouHefei').codes).toEqual(['310000', '320100', '320500', '320200', '330100', '340100']);
  });

  it('002: 虹桥—昆山—相城 → 上海 (虹桥, landmark) and 苏州 (昆山, 相城区); 浦口—南谯, 江宁—博望 cross into Anhui', () => {
    const r = places('hongqiao');
    // 嘉定 → 上海, 太仓 → 苏州; 浦口/江宁 → 南京, 南谯区 → 滁州, 博望区 → 马鞍山.
    expect(r.codes).toEqual(['310000', '320500', '320100', '341100', '340500']);
    expect(r.mentions.map((m) => `${m.name}:${m.via}`).slice(0, 3)).toEqual(['虹桥:landmark', '昆山:county', '相城:county']);
    expect(places('hongqiaoHub').codes).toEqual(['310000']);
  });

  it('002: 上海青浦、江苏吴江、浙江嘉善 → 310000, 320500, 330400 (province names are context, not places)', () => {
    expect(places('demonstrationZone').codes).toEqual(['310000', '320500', '330400']);
  });

  it('003: 长沙, 南昌, 岳阳, 上饶 … in a Hubei document keep their codes', () => {
    const r = places('changsha');
    expect(r.codes).toEqual(expect.arrayContaining(['430100', '420100', '430600', '360100', '421300', '430200', '361100', '420500']));
    expect(r.codes).not.toContain('420700'); // nothing resolves to 鄂州 here
  });

  it('003: bare 华容 is 华容县 (岳阳) by the reviewed alias, not 鄂州 华容区', () => {
    expect(places('huarong').codes).toEqual(['421000', '430600', '360400', '421100']);
  });

  it('a short name found in several provinces prefers the document province only when it has one there', () => {
    // 002: 南通通州湾 — 通州 is a district of 北京 and of 南通; after 南通 it is 南通's.
    expect(places('tongzhouBay').codes).toEqual(['320600']);
    // 大同 is 大同市 (Shanxi) and 大同区 (大庆): in a Hubei document the prefecture-level reading wins.
    expect(findPlaces('原平至大同高速铁路', { provinceCode: '420000' }).codes).toEqual(['140900', '140200']);
  });
});

describe('findPlaces: false positives stay out', () => {
  it('晋北、晋中、晋东 as coal regions are not 晋中市', () => {
    expect(places('coalRegions').codes).toEqual([]);
  });
  it('mountain ranges (吕梁山, 太行山) and coalfields (沁水、河东) name no prefecture', () => {
    expect(places('mountains').codes).toEqual([]);
    expect(places('gasFields').codes).toEqual(['140200', '140300']);
  });
  it('rivers and lakes: 长江, 太湖, 洪泽湖, 高邮湖', () => {
    expect(places('yangtze').codes).toEqual([]);
    expect(places('lakes').codes).toEqual([]);
  });
  it('regional agencies named after a city are not the city (太原铁路局, 人行武汉分行)', () => {
    expect(places('railwayBureau').codes).toEqual([]);
    expect(places('customs').codes).toEqual([]);
  });
  it('a company (同煤) is not a place', () => {
    expect(places('tongmei').codes).toEqual([]);
  });
  it('syllables inside words: 提高县城 (高县), 新兴产业 (新兴县), 新出海口 (海口)', () => {
    expect(places('countyTown').codes).toEqual([]);
    expect(places('emergingIndustries').codes).toEqual([]);
    expect(places('seaOutlet').codes).toEqual(['320600']);
  });
  it('idioms and garments (constructed: no seed uses them)', () => {
    expect(findPlaces('大同小异,长治久安,穿中山装', { provinceCode: '140000' }).codes).toEqual([]);
  });
  it('a province name alone is not a prefecture (江苏, 山西), a municipality is (上海)', () => {
    expect(findPlaces('江苏、山西', { provinceCode: '320000' }).codes).toEqual([]);
    expect(findPlaces('上海', { provinceCode: '320000' }).mentions).toEqual([{ name: '上海', code: '310000', start: 0, end: 2, via: 'short' }]);
  });
});

describe('findPlaces: county short names need the look of a name', () => {
  it('a facility word after the name (介休机场) or a route (离石至隰县)', () => {
    expect(places('jiexiuAirport').codes).toEqual(['140600', '140700', '140100', '140400']);
    expect(places('lishi').codes).toEqual(['141100', '141000']);
  });
  it('003: 通(城)平(江)修(水) names three counties in three provinces (咸宁, 岳阳, 九江)', () => {
    expect(places('tongpingxiu').codes).toEqual(['420100', '421200', '430600', '360400']);
  });
  it('a landmark resolves to its prefecture (五台山 → 忻州)', () => {
    expect(places('wutaishan').mentions).toMatchObject([{ name: '五台山', code: '140900', via: 'landmark' }]);
  });
});

describe('findPlaces: context and ambiguity', () => {
  it('a name inside a place just named is not another place (太原西山 is not 昆明 西山区)', () => {
    expect(places('xishan').codes).toEqual(['140100', '140200']);
  });
  it('武汉天河机场 is 武汉 only (天河区 is in 广州)', () => {
    expect(places('tianheAirport').codes).toEqual(['420100']);
  });
  it('南京江北新区 is 南京 only (江北区 is in 宁波 and 重庆)', () => {
    expect(places('jiangbei').codes).toEqual(['320100']);
  });
  it('城区 inside a word is skipped silently', () => {
    const r = places('urbanArea');
    expect(r.codes).toEqual(['420100']);
    expect(r.warnings).toEqual([]);
  });
  // Constructed: no seed names an ambiguous district on its own.
  it('鼓楼区 alone in a Jiangsu document is left out with a warning (南京 and 徐州 both have one)', () => {
    const r = findPlaces('推进鼓楼区老旧小区改造。', { provinceCode: '320000' });
    expect(r.codes).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('鼓楼区');
    expect(r.warnings[0]).toMatch(/南京市 320100.*徐州市 320300/);
  });
  it('鼓楼区 after its city resolves by context, without a warning', () => {
    const r = findPlaces('推进南京市鼓楼区老旧小区改造。', { provinceCode: '320000' });
    expect(r.codes).toEqual(['320100']);
    expect(r.warnings).toEqual([]);
  });
  it('城区 after 阳泉市 is 阳泉; standing alone it is never guessed', () => {
    expect(findPlaces('阳泉市城区', { provinceCode: '140000' }).codes).toEqual(['140300']);
    const alone = findPlaces('城区、郊区', { provinceCode: '140000' });
    expect(alone.codes).toEqual([]);
    expect(alone.warnings).toHaveLength(2);
  });
  it('repeated ambiguous names give one warning with a count', () => {
    const r = findPlaces('鼓楼区、鼓楼区', { provinceCode: '320000' });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('2 times');
  });
  it('rejects a malformed province code', () => {
    expect(() => findPlaces('太原', { provinceCode: '14' })).toThrow(/invalid provinceCode: 14/);
  });
});
