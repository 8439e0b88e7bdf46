import { describe, expect, it } from 'vitest';
import { buildPortfolio } from '../../../src/views/department/model/portfolio';
import { idOf, shanxi2016, shanxi2017 } from '../heatmap/fixtures/excerpts';

const docs = [
  { ...shanxi2016, title: '山西省国家资源型经济转型综合配套改革试验2016年行动计划' },
  { ...shanxi2017, title: '山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案' },
];

describe('buildPortfolio', () => {
  it('省发展改革委 across the 2016 and 2017 Shanxi plans: counts by role per document and in total', () => {
    const p = buildPortfolio({ id: idOf('省发展改革委') }, docs);
    expect(p.documents.map((d) => [d.docId, d.tasks.map((t) => t.task.title), d.counts])).toEqual([
      ['001', ['加快推进化解产能过剩'], { lead: 1, support: 0, responsible: 0, listedFirst: 0, total: 1 }],
      ['000', ['加快推进综合交通运输网络建设', '提高能源保障水平'], { lead: 0, support: 0, responsible: 2, listedFirst: 2, total: 2 }],
    ]);
    expect(p.totals).toEqual({ lead: 1, support: 0, responsible: 2, listedFirst: 2, total: 3 });
  });
  it('a sole unit is listed first (as on the heatmap: it heads its one-name list); unit count gives context', () => {
    const p = buildPortfolio({ id: idOf('省水利厅') }, docs);
    expect(p.documents[1].tasks).toMatchObject([{ role: 'responsible', listedFirst: true, departmentCount: 1 }]);
  });
  it('a department not named anywhere has an empty portfolio per document', () => {
    const p = buildPortfolio({ id: 'nobody' }, docs);
    expect(p.totals.total).toBe(0);
    expect(p.documents.every((d) => d.tasks.length === 0)).toBe(true);
  });
});
