// Target card exports: what the card shows, as lines (cardContent), drawn as ECharts graphics
// (buildCardExportOption) inside the citation frame (cardFrame); measure-history frames (historyFrame).
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { describe, expect, it } from 'vitest';
import { buildEntries } from '../../../src/kernel/targets/catalogue';
import { cardContent, cardFrame } from '../../../src/views/indicators/model/card-export';
import { historyFrame } from '../../../src/views/indicators/model/history-export';
import { buildCardExportOption, CARD_WIDTH } from '../../../src/views/indicators/option/card-export-option';
import { frameLayout } from '../../../src/kernel/echarts/export-frame';
import { renderSvg } from '../../../src/kernel/echarts/svg-export';
import '../../../src/views/indicators/echarts-setup';
import TargetCard from '../../../src/views/indicators/TargetCard';
import type { MeasureHistory } from '../../../src/views/indicators/model/measure-history';
import { HUBEI, hubeiRail, hubeiUrban, makeDoc, makeIndicator, rows, sampleDocs } from './make';

const entries = buildEntries(sampleDocs(), [...rows(hubeiUrban.id, '%', [['2020', 62], ['2021', 64]]), ...rows(hubeiRail.id, '公里', [['2021', 5000]])], 2026);
const byId = (id: string) => entries.find((e) => e.indicator.id === id)!;
const cardText = (id: string) => renderToStaticMarkup((<Router ssrPath="/indicators"><TargetCard entry={byId(id)} /></Router>) as ReactNode).replace(/<[^>]+>/g, '');
type G = { type: string; style?: { text?: string; fill?: string }; shape?: Record<string, number> };
const graphics = (x: ReturnType<typeof buildCardExportOption>) => (x.option as { graphic: { elements: G[] } }).graphic.elements;
const texts = (x: ReturnType<typeof buildCardExportOption>) => graphics(x).filter((g) => g.type === 'text').map((g) => g.style!.text!).join('');

describe('cardContent', () => {
  it('every line of the export is on the card as drawn (same facts, same words)', () => {
    for (const id of [hubeiUrban.id, hubeiRail.id, '004-open']) {
      const c = cardContent(byId(id));
      const shown = cardText(id).replace(/\s+/g, '');
      const lines = [c.name, c.figure, c.year, c.baseline, ...c.bulletLegend, ...c.pace, c.status?.word, c.status?.reason, c.units].filter((l): l is string => !!l);
      for (const l of lines) expect(shown, `${id}: ${l}`).toContain(l.replace(/\s+/g, ''));
    }
  });
  it('a supplied figure gives the bullet and its legend; the status is in words', () => {
    const c = cardContent(byId(hubeiUrban.id));
    expect(c.bullet).not.toBeNull();
    expect(c.bulletLegend).toEqual(['基期 62%', '最新值 64%', '目标 67%']); // the first supplied figure is the start
    expect(c.status).toMatchObject({ kind: 'on-track', word: '进度正常' });
    expect(c.units).toBe('责任单位：省发改委、省自然资源厅、省住建厅');
  });
  it('a target without a year or figures says so (未注明), with no bullet and unknown status', () => {
    const c = cardContent(byId('004-open'));
    expect(c.year).toBe('目标年份未注明');
    expect(c.bullet).toBeNull();
    expect(c.status?.kind).toBe('unknown');
  });
});

describe('cardFrame', () => {
  it('cites the source document with title, 文号 and date from its entry (not the manifest), and the build date', () => {
    const e = { ...byId(hubeiUrban.id), docTitle: '湖北方案', docNumber: '鄂政办发〔2022〕1号', docDate: '2022-03-01' };
    const f = cardFrame(e, '2026-11-30T08:00:00Z');
    expect(f.title).toBe('目标卡片 · 常住人口城镇化率 · 湖北');
    const footer = frameLayout(f, CARD_WIDTH).footerLines.join('');
    expect(footer).toContain('《湖北方案》');
    expect(footer).toContain('鄂政办发〔2022〕1号');
    expect(footer).toContain('2022年3月1日');
    expect(footer).toContain('数据生成日期：2026年11月30日');
  });
  it('the entry carries its document’s facts as built; a document without 文号, and an unknown build date, read 未注明', () => {
    const e = byId(hubeiUrban.id);
    const doc = sampleDocs().find((d) => d.id === e.docId)!;
    expect([e.docNumber, e.docDate]).toEqual([doc.docNumber, doc.date]);
    const f = cardFrame({ ...e, docNumber: null, docDate: null }, null);
    expect(f.sources).toEqual([{ title: e.docTitle, docNumber: null, date: null }]);
    const footer = frameLayout(f, CARD_WIDTH).footerLines.join('');
    expect(footer).toContain('文号：未注明');
    expect(footer).toContain('数据生成日期：未注明');
  });
});

describe('buildCardExportOption', () => {
  it('draws the card\'s lines, its bullet and its status colour; taller with more to say', () => {
    const full = buildCardExportOption(cardContent(byId(hubeiUrban.id)));
    const bare = buildCardExportOption(cardContent(byId('004-open')));
    expect(full.width).toBe(CARD_WIDTH);
    expect(texts(full)).toContain('常住人口城镇化率');
    expect(texts(full)).toContain('进度正常');
    expect(graphics(full).some((g) => g.type === 'circle')).toBe(true); // the latest figure's ring
    expect(graphics(bare).some((g) => g.type === 'circle')).toBe(false);
    expect(graphics(full)[1].style!.fill).toBe('#2f8f5b'); // on-track edge
    expect(full.height).toBeGreaterThan(bare.height);
  });
  it('document text: control and bidi characters go, markup stays text and is escaped in the SVG', () => {
    const evil = makeIndicator({ id: '003-evil', name: '<script>alert(1)</script>\u202e率\u0007', value: 5, unit: '%', kind: 'share' });
    const [e] = buildEntries([makeDoc(HUBEI, '湖北', 'T & <b>', [evil])], []);
    const x = buildCardExportOption(cardContent(e));
    expect([...texts(x)].some((ch) => ch === '\u202e' || ch === '\u0007')).toBe(false);
    expect(texts(x)).toContain('<script>');
    const svg = renderSvg(x.option, x.width, x.height);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('T &amp; &lt;b&gt;');
  });
});

describe('historyFrame', () => {
  const point = (docId: string, docTitle: string, year: number, docDate: string | null = null) => ({
    year, value: 1, stage: 'target' as const, docTitle, docNumber: null, docDate,
    indicator: makeIndicator({ id: `${docId}-x${year}`, name: 'x', value: 1, unit: '%', kind: 'share', citation: { docId, start: 0, end: 1, line: 1, quote: 'x' } }),
  });
  const h: MeasureHistory = { id: 'm', label: '人均地区生产总值', unit: '万元', reason: '', left: 0, series: [
    { label: '山西', points: [point('004', '山西省2023年政府工作报告', 2022, '2023-01-15'), point('004', '山西省2023年政府工作报告', 2027, '2023-01-15')] },
    { label: '湖北', points: [point('003', '湖北方案', 2025)] },
  ] };
  it('cites each document once, in the order of the points, with the facts its points carry', () => {
    const f = historyFrame(h, '2026-11-30T00:00:00Z');
    expect(f.title).toBe('同一指标的历年目标与实现值 · 人均地区生产总值（万元）');
    expect(f.sources).toEqual([
      { title: '山西省2023年政府工作报告', docNumber: null, date: '2023-01-15' },
      { title: '湖北方案', docNumber: null, date: null },
    ]);
  });
});
