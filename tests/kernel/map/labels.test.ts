import { describe, expect, it } from 'vitest';
import { HALO, labelFontSize, layoutLabels } from '../../../src/kernel/map/labels/layout';
import { boxesOverlap, leaderEnd, type Box } from '../../../src/kernel/map/labels/placement';
import { shortName, textWidth } from '../../../src/kernel/map/labels/text';
import { provinceProjection } from '../../../src/kernel/map/projection';
import { provinceFixture } from './geo-fixture';

function layout(file: string, w: number, h: number, values = false) {
  const { regions } = provinceFixture(file);
  const padding: [number, number, number, number] = [16, 16, 16, 16];
  const projection = provinceProjection(regions, { width: w, height: h, padding });
  const panel: Box = { x: 0, y: 0, w, h };
  const fontSize = labelFontSize(panel);
  const valueMap = values ? new Map(regions.features.map((f, i) => [f.properties.name, String(i * 7)])) : undefined;
  return { regions, labels: layoutLabels(regions, projection, panel, { fontSize, values: valueMap }), panel, fontSize };
}

describe('shortName', () => {
  it('says names the way presenters do', () => {
    expect(shortName('长治市')).toBe('长治');
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施州');
    expect(shortName('神农架林区')).toBe('神农架');
    expect(shortName('大兴安岭地区')).toBe('大兴安岭');
    expect(shortName('黔东南苗族侗族自治州')).toBe('黔东南州');
    expect(shortName('海西蒙古族藏族自治州')).toBe('海西州');
    expect(shortName('浦东新区')).toBe('浦东新区');
    expect(shortName('锡林郭勒盟')).toBe('锡林郭勒盟');
  });
});

describe('label layout', () => {
  const cases: [string, number, number][] = [
    ['hubei.json', 1400, 1000],
    ['hubei.json', 800, 560],
    ['shanxi.json', 1400, 1000],
    ['shanxi.json', 700, 900],
    ['jiangsu.json', 1400, 1000],
    ['jiangsu.json', 800, 560],
    ['guangdong.json', 1200, 900],
  ];
  for (const [file, w, h] of cases) {
    for (const values of [false, true]) {
      it(`${file} at ${w}×${h}${values ? ' with values' : ''}: every region named, no overlaps, all inside the panel`, () => {
        const { regions, labels, panel } = layout(file, w, h, values);
        expect(labels.map((l) => l.key).sort()).toEqual(regions.features.map((f) => f.properties.name).sort());
        for (const l of labels) {
          expect(l.box.x).toBeGreaterThanOrEqual(panel.x);
          expect(l.box.y).toBeGreaterThanOrEqual(panel.y);
          expect(l.box.x + l.box.w).toBeLessThanOrEqual(panel.w);
          expect(l.box.y + l.box.h).toBeLessThanOrEqual(panel.h);
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            expect(boxesOverlap(labels[i].box, labels[j].box), `${labels[i].key} / ${labels[j].key}`).toBe(false);
          }
        }
        // No label covers another region's label point (where its leader or name starts).
        for (const l of labels) {
          for (const o of labels) {
            if (o === l) continue;
            const [x, y] = o.anchor;
            const inside = x > l.box.x && x < l.box.x + l.box.w && y > l.box.y && y < l.box.y + l.box.h;
            expect(inside, `${l.key} covers ${o.key}'s label point`).toBe(false);
          }
        }
      });
    }
  }

  it('offsets the small Hubei units with leader lines and keeps the big ones on their region', () => {
    const { labels } = layout('hubei.json', 800, 560);
    const by = new Map(labels.map((l) => [l.key, l]));
    // 鄂州 (the smallest prefecture) cannot hold its name at this size; 仙桃/潜江/天门 are offset only
    // when their box does not fit, which depends on the panel.
    expect(by.get('鄂州市')!.leader).toBe(true);
    expect(labels.filter((l) => l.leader).length).toBeGreaterThanOrEqual(2);
    for (const big of ['十堰市', '宜昌市', '襄阳市', '恩施土家族苗族自治州', '黄冈市']) expect(by.get(big)!.leader, big).toBe(false);
    // Leader lines start at the label point and end on the label's edge.
    const ez = by.get('鄂州市')!;
    const [ex, ey] = leaderEnd(ez.anchor, ez.box);
    expect(ex === ez.box.x || ex === ez.box.x + ez.box.w || ey === ez.box.y || ey === ez.box.y + ez.box.h).toBe(true);
  });

  it('sizes boxes for the longest line plus halo', () => {
    const { labels, fontSize } = layout('hubei.json', 1400, 1000);
    const enshi = labels.find((l) => l.key === '恩施土家族苗族自治州')!;
    expect(enshi.box.w).toBeCloseTo(textWidth('恩施州', fontSize) + 2 * HALO, 6);
    expect(fontSize).toBe(22);
  });
});

describe('offset names stay off other small units', () => {
  // 潜江's name drawn inside 仙桃 reads as 仙桃's. Checked at the sizes presenters use, with values.
  const inside = (p: [number, number], polygons: [number, number][][][]) => {
    let c = false;
    for (const poly of polygons) for (const ring of poly) for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
    }
    return c;
  };
  for (const [file, w, h] of [['hubei.json', 1400, 1000], ['hubei.json', 800, 560], ['jiangsu.json', 1000, 700]] as const) {
    it(`${file} at ${w}×${h} with values: no offset name's centre lies in another offset unit`, () => {
      const { regions, labels } = layout(file, w, h, true);
      const padding: [number, number, number, number] = [16, 16, 16, 16];
      const projection = provinceProjection(regions, { width: w, height: h, padding });
      const poly = new Map(regions.features.map((f) => [f.properties.name, f.geometry.coordinates.map((pg) => pg.map((ring) => ring.map((p) => projection.project(p) as [number, number])))]));
      const offset = labels.filter((l) => l.leader);
      // The check needs two offset names at least (鄂州 and 仙桃 … in Hubei, 泰州 … in Jiangsu): a
      // layout that stops offsetting would otherwise pass it with nothing checked.
      expect(offset.length, 'offset names').toBeGreaterThanOrEqual(2);
      let checked = 0;
      for (const l of offset) {
        const c: [number, number] = [l.box.x + l.box.w / 2, l.box.y + l.box.h / 2];
        for (const o of offset) {
          if (o === l) continue;
          expect(inside(c, poly.get(o.key)!), `${l.key}'s name inside ${o.key}`).toBe(false);
          checked++;
        }
      }
      expect(checked).toBe(offset.length * (offset.length - 1));
    });
  }
});
