import { describe, expect, it } from 'vitest';
import { buildExportOption, MAX_SIDE } from '../../../src/views/heatmap/option/export-option';
import { syntheticData } from '../../fixtures/heatmap/synthetic';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { renderSvg } from '../../../src/kernel/echarts/svg-export';
import '../../../src/views/heatmap/option/echarts'; // registers the heatmap's chart types
import { hubei, registry } from './fixtures/excerpts';

type Opt = { yAxis: { data?: string[] }[]; xAxis: { data?: string[] }[]; grid: { bottom?: number }[]; graphic: { style?: { text?: string } }[] };

describe('buildExportOption: images hold the whole matrix', () => {
  it('a document-sized matrix exports every row and column, captioned', () => {
    const base = buildResponsibilityBase(hubei, registry([hubei]));
    const m = buildMatrix(base, base.assignments, 'tasks');
    const order = orderRows(m, 'workload');
    // Started from a window scrolled down: the export still starts at the top and holds everything.
    const x = buildExportOption({ matrix: m, order, documentHasRoles: base.anyRoles, documentTitle: '湖北 <分工>', start: { row: 3, col: 2 } });
    const o = x.option as unknown as Opt;
    expect(x.complete).toBe(true);
    expect(o.yAxis[0].data).toEqual(order.map((r) => m.rows[r].name));
    expect(o.xAxis[0].data).toEqual(m.columns.map((c) => c.label));
    expect(x.caption).toBe(`湖北 <分工> · 责任矩阵 部门 × 任务 · 全部 ${m.rows.length} 个单位 × ${m.columns.length} 列`);
    expect(o.graphic.at(-1)!.style!.text).toBe(x.caption);
    // The SVG is well-formed with the caption escaped.
    const svg = renderSvg(x.option, x.width, x.height);
    expect(svg).toContain('湖北 &lt;分工&gt;');
  });
  it('a matrix too big for one image exports the part that fits from the current window, and says so', () => {
    const { doc, registry: reg } = syntheticData();
    const base = buildResponsibilityBase(doc, reg);
    const m = buildMatrix(base, base.assignments, 'tasks');
    const x = buildExportOption({ matrix: m, order: orderRows(m, 'first'), documentHasRoles: base.anyRoles, documentTitle: 'S', start: { row: 10, col: 100 } });
    expect(x.complete).toBe(false);
    expect(x.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(x.height).toBeLessThanOrEqual(MAX_SIDE);
    // All 300 rows fit in the height (from the top); the columns start at the window's.
    expect(x.caption).toMatch(/^S · 责任矩阵 部门 × 任务 · 第 1–300 个单位、第 101–\d+ 列（共 300 × 3000，完整数据见 CSV）$/);
  });
});
