// Measures across plans: targets and achieved figures of one measure over time, each point cited.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { likeMeasures } from '../../../pipeline/comparison/like-measures';
import { measureHistories } from '../../../src/views/indicators/model/measure-history';
import { buildHistoryOption } from '../../../src/views/indicators/option/history-option';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { buildDocument } from '../../../pipeline/document/build-document';
import { loadDocumentMeta } from '../../../pipeline/meta';
import { loadCorrections } from '../../../pipeline/text/load-corrections';

const root = join(import.meta.dirname, '../../..');
const docs = loadDocumentMeta(join(root, 'data/documents.json'))
  .filter((m) => ['003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f'].includes(m.id))
  .map((meta) => buildDocument(readFileSync(join(root, `data/raw/${meta.id}.txt`)), meta, { file: `data/raw/${meta.id}.txt`, corrections: loadCorrections(join(root, 'data/corrections'), meta.id) }).doc);
const spec = likeMeasures(JSON.parse(readFileSync(join(root, 'data/comparison/like-measures.json'), 'utf8')));

describe('measureHistories', () => {
  const histories = measureHistories(buildEntries(docs, []), spec);
  it('人均地区生产总值: 山西 achieved 7万元 (2022, review) then the goal 10万元 (2027); 湖北·武汉都市圈 apart', () => {
    const h = histories.find((x) => x.id === 'gdp-per-capita-level')!;
    const shanxi = h.series.find((s) => s.label.startsWith('山西'))!;
    expect(shanxi.points.map((p) => [p.year, p.value, p.stage, p.indicator.yearBasis])).toEqual([[2022, 7, 'achieved', 'inferred'], [2027, 10, 'target', 'inferred']]);
    expect(shanxi.points.map((p) => p.indicator.citation.quote)).toEqual(['人均地区生产总值迈上7万元新台阶', '人均地区生产总值突破10万元']);
    const hubei = h.series.find((s) => s.label.startsWith('湖北'))!;
    expect(hubei.label).toContain('武汉都市圈');
    expect(hubei.points.map((p) => [p.year, p.value])).toEqual([[2025, 15]]);
  });
  it('the rules added for 004 (each with its reason) place the review figure before the goal of the same measure', () => {
    const line = (id: string) => histories.find((x) => x.id === id)!.series.flatMap((x) => x.points.map((p) => `${p.year}:${p.value}:${p.stage}`));
    expect(line('coal-advanced-capacity-share')).toEqual(['2022:80:achieved', '2027:95:target']);
    expect(line('clean-power-capacity-share')).toEqual(['2022:40.25:achieved', '2027:54:target']);
    // 全省市场主体达到397.9万户 (2022) → 力争市场主体突破600万户; the five-year increase 189.2万户 stays out.
    expect(line('market-entities-count')).toEqual(['2022:397.9:achieved', '2027:600:target']);
  });
  it('the option draws targets and achieved figures with different symbols and quotes each point (escaped)', () => {
    const h = histories.find((x) => x.id === 'gdp-per-capita-level')!;
    const { option, points } = buildHistoryOption(h);
    const series = option.series as { symbol: string; data: number[][] }[];
    expect(series.map((s) => s.symbol).sort()).toEqual(['circle', 'diamond', 'diamond']);
    const tip = (option.tooltip as { formatter: (p: object) => string }).formatter;
    const k = points.findIndex((g) => g[0].stage === 'achieved');
    expect(tip({ seriesIndex: k, dataIndex: 0 })).toContain('“人均地区生产总值迈上7万元新台阶”');
    expect(tip({ seriesIndex: k, dataIndex: 0 })).toContain('推定');
    const evil = { ...h, series: [{ label: 'x', points: [{ ...points[k][0], indicator: { ...points[k][0].indicator, citation: { ...points[k][0].indicator.citation, quote: '<img src=x onerror=alert(1)>' } } }] }] };
    expect((buildHistoryOption(evil).option.tooltip as { formatter: (p: object) => string }).formatter({ seriesIndex: 0, dataIndex: 0 })).not.toContain('<img');
  });
});
