import { describe, expect, it } from 'vitest';
import { frameLayout, framedSvg, wrap } from '../../../src/kernel/echarts/export-frame';
import { textWidth } from '../../../src/kernel/lib/text-width';

const frame = {
  title: '责任矩阵 · 某文件',
  sources: [
    { title: '山西省贯彻落实工作方案', docNumber: '晋政办发〔2017〕55号', date: '2017-05-15' },
    { title: '无文号的文件', docNumber: null, date: null },
  ],
  builtAt: '2026-12-01T21:00:00.000Z',
  note: '边界：示意图，非测绘地图',
  key: ['三·1 推进城镇化', '三·2 建设交通'],
};

describe('export frame', () => {
  it('names every source with 文号 and date, 未注明 where unknown, the build date, the note and the key', () => {
    const text = frameLayout(frame, 2000).footerLines.join('\n');
    expect(text).toContain('《山西省贯彻落实工作方案》 文号：晋政办发〔2017〕55号 · 日期：2017年5月15日');
    expect(text).toContain('《无文号的文件》 文号：未注明 · 日期：未注明');
    expect(text).toContain('数据生成日期：2026年12月1日');
    expect(text).toContain('边界：示意图，非测绘地图');
    expect(text).toContain('三·2 建设交通');
  });
  it('an unknown build date and no sources say 未注明, never a made-up date', () => {
    const text = frameLayout({ title: 'x', sources: [], builtAt: null }, 800).footerLines.join('\n');
    expect(text).toContain('来源：未注明');
    expect(text).toContain('数据生成日期：未注明');
  });
  it('wraps long lines to the width without losing a character', () => {
    const long = '很长的标题'.repeat(40);
    const lines = wrap(long, 12, 300);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(long);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(300);
  });
  it('puts the chart under the title and escapes document text and strips control characters', () => {
    const svg = framedSvg('<svg width="100" height="50"><rect/></svg>', 400, 50, { ...frame, title: '<b>&"\u202e\u0007' });
    const l = frameLayout({ ...frame, title: '<b>&"\u202e\u0007' }, 400);
    expect(svg).toContain(`height="${l.top + 50 + l.bottom}"`);
    expect(svg).toContain(`<g transform="translate(0 ${l.top})"><svg width="100"`);
    expect(svg).toContain('&lt;b&gt;&amp;&quot;</text>');
    expect(svg.includes('\u202e') || svg.includes('\u0007')).toBe(false);
  });
});
