import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { damageSpan, lineMapEntry } from '../../../src/shared/schema';
import { InputError } from '../../../pipeline/errors';
import { cleanDocument, cleanLine, lineOfOffset, type CleanResult } from '../../../pipeline/text/clean';
import { loadCorrections } from '../../../pipeline/text/load-corrections';
import { decodeRaw } from '../../../pipeline/text/decode';
import { matchFurniture } from '../../../pipeline/text/furniture';

const STEMS = [
  '000_63401f67e2388d77',
  '001_e3afc5ffeb36f5d0',
  '002_f2685fdcc6131396',
  '003_52b583d5c9b6873f',
  '004_a1bcdf2d9dcc1b5f',
];

function clean(stem: string): CleanResult {
  const file = `data/raw/${stem}.txt`;
  const raw = decodeRaw(readFileSync(file), file);
  return cleanDocument(raw, { docId: stem, file, corrections: loadCorrections('data/corrections', stem) });
}

const results = new Map(STEMS.map((s) => [s, clean(s)]));
const doc = (stem: string) => results.get(stem)!;

describe('cleanDocument on the five seeds', () => {
  it.each(STEMS.slice(2))('%s: no pinyin with tone marks in parentheses, no tone letters at all', (stem) => {
    const { text } = doc(stem);
    expect(text).not.toMatch(/\([a-zü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü ]*\)/);
    expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  it.each(STEMS)('%s: no furniture line survives', (stem) => {
    const { text } = doc(stem);
    for (const line of text.split('\n')) expect(matchFurniture(line), line).toBeNull();
    expect(text).not.toMatch(/浏览量|扫描二维码|本文链接|http|整理编辑|如有侵权|电话:|责任编辑|最新政策|据山西省政府网/);
  });

  it.each(STEMS)('%s: lines are trimmed, none blank, all simplified punctuation', (stem) => {
    const lines = doc(stem).text.split('\n');
    for (const line of lines) {
      expect(line).toBe(line.trim());
      expect(line).not.toBe('');
      expect(line).not.toMatch(/[（），：；！？]/);
    }
  });

  it('003 starts with its document title line and reads 三省(以下简称三省)', () => {
    const { text, lines } = doc('003_52b583d5c9b6873f');
    expect(text.split('\n')[0]).toBe(
      '鄂政办发〔2022〕16号《湖北省人民政府办公厅关于印发长江中游城市群发展“十四五”实施方案湖北省主要目标和任务分工方案的通知》',
    );
    expect(lines[0].rawLine).toBe(1);
    expect(text).toContain('地跨湖北、湖南、江西三省(以下简称三省),规划范围包括湖北省武汉市');
    expect(text).toContain('\n1.常住人口城镇化率达到67%。(责任单位:省发改委、省自然资源厅、省住建厅)\n');
  });

  it('keeps real Latin in parentheses', () => {
    expect(doc('000_63401f67e2388d77').text).toContain('(PPP)');
    expect(doc('001_e3afc5ffeb36f5d0').text).toContain('(GB/T23331-2012)');
    for (const s of ['(5G)', '(IPv6)', '(PM2.5)', '(O3)', '(G4)', '(G50)']) expect(doc('003_52b583d5c9b6873f').text).toContain(s);
    expect(doc('002_f2685fdcc6131396').text).toContain('(G42)');
  });

  it('002 opens with the repost line after the contact block and ends before the credits', () => {
    const lines = doc('002_f2685fdcc6131396').text.split('\n');
    expect(lines[0]).toBe('江苏省司法厅发布《长江三角洲区域一体化发展规划纲要》,全文如下:');
    expect(lines[lines.length - 1]).toMatch(/^各地各有关部门要把实施长三角一体化发展战略摆在突出位置/);
  });

  it.each(STEMS)('%s: the line map points every cleaned line at its raw line', (stem) => {
    const { text, lines, rawLines } = doc(stem);
    let expectedStart = 0;
    for (const entry of lines) {
      expect(lineMapEntry.parse(entry)).toEqual(entry);
      expect(entry.start).toBe(expectedStart);
      expectedStart = entry.end + 1;
      const cleaned = text.slice(entry.start, entry.end);
      // Lines without garbled text clean to exactly the same thing straight from the raw line.
      const rawLine = rawLines[entry.rawLine - 1];
      if (!rawLine.includes('?')) expect(cleaned).toBe(cleanLine(rawLine));
    }
    expect(expectedStart - 1).toBe(text.length);
  });

  it.each([
    ['002_f2685fdcc6131396', 10],
    ['003_52b583d5c9b6873f', 7],
    ['004_a1bcdf2d9dcc1b5f', 11],
  ])('%s: all %i damaged spans are corrected, reasoned and located in the cleaned text', (stem, count) => {
    const { damage, text, lines, warnings } = doc(stem);
    expect(damage).toHaveLength(count);
    for (const d of damage) {
      expect(damageSpan.parse(d)).toEqual(d);
      expect(d.replacement).not.toBeNull();
      expect(d.reason).toMatch(/\S{10}/);
      expect(d.start).not.toBeNull();
      expect(text.slice(d.start!, d.end!)).toBe(cleanLine(d.replacement!));
      expect(lineOfOffset(lines, d.start!)).toBe(d.line);
    }
    expect(text).not.toContain('?');
    expect(warnings).toEqual([]);
  });

  it('reads the corrected 2023 targets in 004', () => {
    const { text } = doc('004_a1bcdf2d9dcc1b5f');
    expect(text).toContain('实现“双一流”高校“保二争三”、“双一流”学科“保三争五”');
    expect(text).toContain('4.3米及以下焦炉全部关停');
    expect(text).toContain('推进氢能、地热能、生物质能等开发利用');
  });

  it('cleans all five documents well under a second', () => {
    const t0 = performance.now();
    for (const s of STEMS) clean(s);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('cleanDocument on small inputs', () => {
  const raw = '电话:0513-84185999\n\n  一、总体要求  \n推進(jìn)氫能、地?zé)崮?、生物質(zhì)能\n扫描二维码 关注我们';

  it('reports an uncorrected span with nulls and a warning, and still locates it', () => {
    const r = cleanDocument(raw, { docId: 'x', file: 'x.txt', corrections: [] });
    expect(r.text).toBe('一、总体要求\n推进氢能、地?zé)崮?、生物质能');
    expect(r.lines.map((l) => l.rawLine)).toEqual([3, 4]);
    expect(r.rawLines).toHaveLength(5);
    expect(r.damage).toEqual([
      // column: after 推進(jìn)氫能、地 (11 code units); start: after "一、总体要求\n推进氢能、地" (7 + 6).
      { line: 4, column: 11, original: '?zé)崮?', replacement: null, reason: null, start: 13, end: 19 },
    ]);
    expect(r.warnings).toEqual(['x.txt:4: damaged text left uncorrected: "?zé)崮?"']);
  });

  it('applies a correction before cleaning and names the corrections file when one is stale', () => {
    const fix = { original: '地?zé)崮?、', replacement: '地熱能、', reason: 'energy list' };
    expect(cleanDocument(raw, { docId: 'x', file: 'x.txt', corrections: [fix] }).text).toContain('氢能、地热能、生物质能');
    const stale = { ...fix, original: '三?。' };
    expect(() => cleanDocument(raw, { docId: 'x', file: 'x.txt', corrections: [stale] })).toThrow(InputError);
    expect(() => cleanDocument(raw, { docId: 'x', file: 'x.txt', corrections: [stale] })).toThrow(/^data\/corrections\/x\.json: correction 0/);
  });
});

describe('lineOfOffset', () => {
  const lines = [
    { start: 0, end: 5, rawLine: 3 },
    { start: 6, end: 10, rawLine: 7 },
    { start: 11, end: 20, rawLine: 8 },
  ];
  it.each([
    [0, 3], [4, 3], [5, 3], [6, 7], [10, 7], [11, 8], [19, 8],
  ])('offset %i → raw line %i', (offset, line) => expect(lineOfOffset(lines, offset)).toBe(line));
});
