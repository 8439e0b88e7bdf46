import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDamage, detectDamageInLine } from '../../../pipeline/text/damage';

const rawLines = (stem: string) => readFileSync(`data/raw/${stem}.txt`, 'utf8').split('\n');

describe('detectDamageInLine: garbled runs are found', () => {
  it('003: 三?。ㄒ韵潞?jiǎn)稱(chēng)三?。? — the intact reading (chēng) splits it in two spans', () => {
    const line = '長(cháng)江中游城市群地跨湖北、湖南、江西三?。ㄒ韵潞?jiǎn)稱(chēng)三?。?,規劃范圍包括';
    const found = detectDamageInLine(line, 51);
    expect(found.map((d) => d.original)).toEqual(['?。ㄒ韵潞?jiǎn)', '?。?']);
    expect(found[0]).toEqual({ line: 51, column: line.indexOf('?。ㄒ'), original: '?。ㄒ韵潞?jiǎn)' });
  });

  it('004: 地?zé)崮?、 (地热能)', () => {
    const found = detectDamageInLine('推進(jìn)氫能、地?zé)崮?、生物質(zhì)能等開發(fā)利用', 61);
    expect(found.map((d) => d.original)).toEqual(['?zé)崮?']);
  });

  it('003 line 91: private-use junk joins the ? into one span', () => {
    const found = detectDamageInLine('統籌布局區域性煤炭?jì)\ue6e7浠\ue2a6?,鼓勵煤炭應急儲備項目建設', 91);
    expect(found).toHaveLength(1);
    expect(found[0].original).toContain('\ue6e7');
  });

  it('002: ?? glued to a figure and rare characters', () => {
    const found = detectDamageInLine('常住人口城鎮化率達到75%??苿摦a業融合發展體系基本建立', 16);
    expect(found.map((d) => d.original)).toEqual(['??苿摦a']);
  });

  it('bopomofo or half-width katakana inside Han text', () => {
    expect(detectDamageInLine('三省ㄒ韵规划', 1)).toHaveLength(1);
    expect(detectDamageInLine('推进ｶﾞ建设', 1)).toHaveLength(1);
  });
});

describe('detectDamageInLine: ordinary text is left alone', () => {
  it.each([
    '1.常住人口城镇化率达到67%。(责任单位:省发改委、省自然资源厅、省住建厅)',
    '推進(jìn)京港澳高速(G4)等擴容改造,細顆粒物(PM2.5)和臭氧(O3)協同控制',
    '全面放開Ⅱ型大城市、中小城市及建制鎮落戶限制,實施國Ⅵ排放標準', // roman numerals are real
    '推进“7×24小时”自助政务服务工程', // × is real
    '这项改革是否可行?', // a real question mark after a question word
    '下一步怎样落实?',
    '为什么要推进一体化?因为区域协调发展是必由之路。',
    '编制出台桑干河、滹沱河、漳河、沁河等流域规划', // rare characters alone are not damage
  ])('%s', (line) => expect(detectDamageInLine(line, 1)).toEqual([]));

  it('finds nothing in the two undamaged documents 000 and 001', () => {
    expect(detectDamage(rawLines('000_63401f67e2388d77'))).toEqual([]);
    expect(detectDamage(rawLines('001_e3afc5ffeb36f5d0'))).toEqual([]);
  });
});

describe('detectDamage on the damaged documents', () => {
  // Hand-checked against every ? in the files: 18, 13 and 17 question marks group into these spans.
  it.each([
    ['002_f2685fdcc6131396', 10, [16, 16, 45, 48, 53, 53, 58, 64, 65, 93]],
    ['003_52b583d5c9b6873f', 7, [51, 51, 89, 91, 93, 101, 131]],
    ['004_a1bcdf2d9dcc1b5f', 11, [4, 5, 6, 7, 10, 17, 51, 61, 62, 88, 106]],
  ])('%s: %i spans', (stem, count, lines) => {
    const found = detectDamage(rawLines(stem));
    expect(found).toHaveLength(count);
    expect(found.map((d) => d.line)).toEqual(lines);
    const raw = rawLines(stem);
    for (const d of found) expect(raw[d.line - 1].slice(d.column, d.column + d.original.length)).toBe(d.original);
  });

  it('covers every ? glued to Han text in the raw files', () => {
    for (const stem of ['002_f2685fdcc6131396', '003_52b583d5c9b6873f', '004_a1bcdf2d9dcc1b5f']) {
      const raw = rawLines(stem);
      const found = detectDamage(raw);
      raw.forEach((line, i) => {
        for (let c = line.indexOf('?'); c >= 0; c = line.indexOf('?', c + 1)) {
          const covered = found.some((d) => d.line === i + 1 && d.column <= c && c < d.column + d.original.length);
          expect(covered, `${stem}:${i + 1}:${c}`).toBe(true);
        }
      });
    }
  });
});
