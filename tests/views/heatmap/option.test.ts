import { describe, expect, it } from 'vitest';
import { buildHeatmapOption } from '../../../src/views/heatmap/option/heatmap-option';
import { initialWindow } from '../../../src/views/heatmap/option/layout';
import { truncateName } from '../../../src/views/heatmap/option/encoding';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { hubei, registry, shanxi2016 } from './fixtures/excerpts';
import { syntheticData } from '../../fixtures/heatmap/synthetic';

const vp = { width: 1366, height: 640 };
type S = { id: string; name?: string; type: string; data: unknown[]; itemStyle?: { color?: string } };

function chartFor(doc: typeof hubei, kind: 'tasks' | 'sections', ordering: Parameters<typeof orderRows>[1] = 'workload') {
  const base = buildResponsibilityBase(doc, registry([doc]));
  const matrix = buildMatrix(base, base.assignments, kind);
  const order = orderRows(matrix, ordering);
  const chart = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport: vp });
  const series = chart.option.series as S[];
  const tip = (chart.option.tooltip as { formatter: (p: object) => string }).formatter;
  return { base, matrix, order, chart, series, tip };
}

describe('buildHeatmapOption — per task', () => {
  const pieces = (o: object) => ((o as { visualMap?: unknown }).visualMap as { pieces?: { value: number; label: string; color: string }[] }[])[0].pieces!;
  const cellData = (series: S[]) => series.find((s) => s.id === 'cells')!.data as number[][];

  it('a document without roles gets listed-first and responsible classes, never lead', () => {
    const { series, chart } = chartFor(hubei, 'tasks');
    expect(pieces(chart.option).map((p) => p.label)).toEqual(['负责（列于首位）', '负责（未列首位）']);
    const [first] = pieces(chart.option);
    expect(cellData(series).filter((d) => d[2] === first.value)).toHaveLength(6); // one listed-first unit per task
  });

  it('a 牵头 document draws lead cells in the lead colour', () => {
    const { series, chart } = chartFor(shanxi2016, 'tasks');
    expect(pieces(chart.option)).toEqual([{ value: 4, label: '牵头', color: '#b03a48' }]);
    expect(cellData(series)).toHaveLength(5);
  });

  it('every heatmap series has a visualMap (ECharts requires it outside production)', () => {
    for (const kind of ['tasks', 'sections'] as const) {
      const { series, chart } = chartFor(hubei, kind);
      const mapped = (chart.option.visualMap as { seriesIndex: number | number[] }[]).flatMap((v) => v.seriesIndex);
      series.forEach((s, i) => s.type === 'heatmap' && expect(mapped, `${kind} ${s.id}`).toContain(i));
    }
  });

  it('places rows in the given order (workload: 省发改委 at the top)', () => {
    const { series, chart } = chartFor(hubei, 'tasks');
    const yNames = (chart.option.yAxis as { data?: string[] }[])[0].data!;
    expect(yNames[0]).toBe('省发改委');
    expect(cellData(series).filter((d) => d[1] === 0).map((d) => d[0])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('marginal bars: stacked row bars add up to tasks per department; column bars count departments', () => {
    const { series, matrix, order } = chartFor(hubei, 'tasks');
    const rowBars = series.filter((s) => s.id.startsWith('rowbar-'));
    const sums = order.map((_, pos) => rowBars.reduce((a, s) => a + (s.data[pos] as number), 0));
    expect(sums).toEqual(order.map((r) => matrix.rowTotals[r]));
    expect(series.find((s) => s.id === 'colbar')!.data).toEqual([4, 5, 5, 4, 9, 3]);
  });

  it('tooltip names department, task and role, escaped', () => {
    const doc = structuredClone(hubei);
    doc.tasks[1].title = '强化武汉<img src=x onerror=alert(1)>引领功能';
    const { chart, tip, matrix } = chartFor(doc, 'tasks');
    const idx = chart.lookup.cells.findIndex((r) => matrix.cells[r.cell!].row === 0 && matrix.columns[matrix.cells[r.cell!].col].label === '四·一·2');
    const html = tip({ seriesId: 'cells', dataIndex: idx });
    expect(html).toContain('省发改委');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('列于首位');
    expect(html).not.toContain('牵头');
  });

  it('row bar tooltip gives the department totals', () => {
    const { tip } = chartFor(hubei, 'tasks');
    const html = tip({ seriesId: 'rowbar-listedFirst', dataIndex: 0 });
    expect(html).toContain('省发改委');
    expect(html).toContain('承担任务数：6');
  });
});

describe('buildHeatmapOption — axis label tooltips', () => {
  type Axis = { data: string[]; axisLabel: { formatter?: (v: string) => string }; tooltip: { show: boolean; formatter: (p: object) => string } };
  it('a truncated department name shows in full (escaped) when its label is hovered, for the row in that place of the window', () => {
    const doc = structuredClone(hubei);
    const long = '长江中游城市群省会城市合作<b>协调</b>会议办公室';
    doc.tasks[0].units.unshift({ name: long, role: 'responsible', departmentId: `fx:${long}`, asWritten: null });
    const base = buildResponsibilityBase(doc, registry([doc]));
    const matrix = buildMatrix(base, base.assignments, 'tasks');
    const order = orderRows(matrix, 'workload');
    // A window one row shorter than the matrix, started one row down: tick index and row differ.
    const rows = matrix.rows.length;
    const chart = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport: { width: 1366, height: 142 + 16 * (rows - 1) }, start: { row: 1, col: 0 } });
    expect(chart.window.y).toEqual([1, rows - 1]);
    const y = (chart.option.yAxis as Axis[])[0];
    const tick = y.data.indexOf(long);
    expect(tick).toBeGreaterThanOrEqual(0);
    expect(y.axisLabel.formatter!(long)).not.toBe(long); // drawn truncated
    expect(y.tooltip.show).toBe(true);
    const html = y.tooltip.formatter({ tickIndex: tick, value: long });
    expect(html).toContain('长江中游城市群省会城市合作&lt;b&gt;协调&lt;/b&gt;会议办公室');
    expect(html).not.toContain('<b>');
    // Tick 0 is the window's first row (display position 1), not the matrix's first.
    expect(y.tooltip.formatter({ tickIndex: 0 })).toContain(`${matrix.rows[order[1]].name}</div>`);
    expect(y.tooltip.formatter({ tickIndex: 0 })).not.toContain(`${matrix.rows[order[0]].name}</div>`);
  });
  it('a column label shows its task or section title; panned windows map to the right column', () => {
    const { doc, registry: reg } = syntheticData();
    const base = buildResponsibilityBase(doc, reg);
    const matrix = buildMatrix(base, base.assignments, 'tasks');
    const chart = buildHeatmapOption({ matrix, order: orderRows(matrix, 'first'), documentHasRoles: base.anyRoles, viewport: { width: 1366, height: 640 }, start: { row: 0, col: 500 } });
    const x0 = chart.window.x[0];
    expect(x0).toBeGreaterThan(0);
    const x = (chart.option.xAxis as Axis[])[0];
    expect(x.data[0]).toBe(matrix.columns[x0].label);
    const html = x.tooltip.formatter({ tickIndex: 1, value: x.data[1] });
    expect(html).toContain(matrix.columns[x0 + 1].label);
    expect(html).toContain(matrix.columns[x0 + 1].title);
    expect(x.tooltip.formatter({})).toBe('');
  });
});

describe('buildHeatmapOption — per section', () => {
  type CellSeries = Omit<S, 'data' | 'itemStyle'> & { data: [number, number, number][]; itemStyle: { borderColor: string }; label?: { show: boolean; formatter?: unknown } };
  const cellSeries = (series: S[]) => series.filter((s) => s.type === 'heatmap') as unknown as CellSeries[];
  it('cells carry counts with a continuous colour scale up to the largest count', () => {
    const { series, chart, tip } = chartFor(hubei, 'sections');
    const [cells, lead] = cellSeries(series);
    expect(cells.id).toBe('cells');
    expect(lead.data).toEqual([]); // the Hubei plan gives no roles: nothing is framed as lead
    expect(cells.data.find((d) => d[0] === 0 && d[1] === 0)![2]).toBe(3);
    expect((chart.option.visualMap as { max: number; seriesIndex: number[] }[])[0]).toMatchObject({ max: 3, seriesIndex: [0, 1] });
    expect(tip({ seriesId: 'cells', dataIndex: 0 })).toContain('负责 3（列于首位 3）');
    // The label is ECharts' default for a heatmap (the value's third dimension, the count): no per-cell formatter.
    expect(cells.label).toEqual({ show: true, fontSize: 11 });
  });
  it('frames cells where a department leads: a second series with the frame, tooltips still find the cell', () => {
    const { series, matrix, order, tip } = chartFor(shanxi2016, 'sections');
    const [cells, lead] = cellSeries(series);
    expect(lead.id).toBe('cells-lead');
    expect(lead.itemStyle.borderColor).toBe('#b03a48');
    expect(cells.itemStyle.borderColor).not.toBe('#b03a48');
    const leading = matrix.cells.filter((c) => c.counts.lead > 0);
    expect(lead.data).toHaveLength(leading.length);
    expect(cells.data).toHaveLength(matrix.cells.length - leading.length);
    // Each framed data item sits where a leading cell is drawn (column, display row).
    const at = new Set(lead.data.map(([x, y]) => `${x},${y}`));
    expect(leading.every((c) => at.has(`${c.col},${order.indexOf(c.row)}`))).toBe(true);
    expect(tip({ seriesId: 'cells-lead', dataIndex: 0 })).toContain('牵头');
  });
});

describe('layout', () => {
  it('opens a large matrix on a window of readable cells', () => {
    const w = initialWindow(300, 3000, 'tasks', { width: 1366, height: 640 });
    expect(w.x[0]).toBe(0);
    expect(w.x[1]).toBeLessThan(120);
    expect(w.y[1]).toBeLessThan(40);
    expect(initialWindow(5, 6, 'tasks', { width: 1366, height: 640 })).toEqual({ x: [0, 5], y: [0, 4] });
  });
  it('truncates long names by character with an ellipsis', () => {
    expect(truncateName('长江中游城市群相关城市人民政府', 9)).toBe('长江中游城市群相…');
    expect(truncateName('省发改委', 9)).toBe('省发改委');
  });
});

describe('windowing (300 departments × 3,000 tasks, synthetic)', async () => {
  const { syntheticData } = await import('../../fixtures/heatmap/synthetic');
  const { doc, registry: reg } = syntheticData();
  const base = buildResponsibilityBase(doc, reg);
  const matrix = buildMatrix(base, base.assignments, 'tasks');
  const order = orderRows(matrix, 'workload');
  it('puts only the visible window into the option', () => {
    const { option, window: w } = buildHeatmapOption({ matrix, order, documentHasRoles: true, viewport: vp });
    const x = (option.xAxis as { data?: string[] }[])[0].data!;
    const y = (option.yAxis as { data?: string[] }[])[0].data!;
    expect(x).toHaveLength(w.x[1] - w.x[0] + 1);
    expect(y).toHaveLength(w.y[1] - w.y[0] + 1);
    expect(x.length).toBeLessThan(120);
    const cells = (option.series as S[]).filter((s) => s.type === 'heatmap').flatMap((s) => s.data as number[][]);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every(([cx, cy]) => cx >= 0 && cx < x.length && cy >= 0 && cy < y.length)).toBe(true);
  });
  it('a start offset shifts the window and is clamped at the far edge', () => {
    const { window: w, option } = buildHeatmapOption({ matrix, order, documentHasRoles: true, viewport: vp, start: { row: 10_000, col: 2990 } });
    expect(w.x[1]).toBe(2999);
    expect(w.y[1]).toBe(299);
    expect((option.xAxis as { data?: string[] }[])[0].data!.at(-1)).toBe(matrix.columns[2999].label);
    expect((option.yAxis as { data?: string[] }[])[0].data!.at(-1)).toBe(matrix.rows[order[299]].name);
  });
});

describe('buildHeatmapOption — lead frame legend', () => {
  it('the sections matrix explains its red frame when a unit leads; not when the document has no roles', () => {
    const withRoles = chartFor(shanxi2016, 'sections').chart.option as { graphic?: { children: { style?: { text?: string } }[] }[] };
    expect(withRoles.graphic?.[0].children.some((c) => c.style?.text === '红框：该单位在此章节牵头至少一项任务')).toBe(true);
    expect((chartFor(hubei, 'sections').chart.option as { graphic?: unknown }).graphic).toBeUndefined();
    expect((chartFor(shanxi2016, 'tasks').chart.option as { graphic?: unknown }).graphic).toBeUndefined();
  });
  it('a row tooltip says the name opens the department page', () => {
    const { tip } = chartFor(hubei, 'tasks');
    expect(tip({ seriesId: 'rowbar-listedFirst', dataIndex: 0 })).toContain('点击单位名称查看其全部任务');
  });
});

describe('buildHeatmapOption — coloured by 督办 status', () => {
  const pieces = (o: object) => ((o as { visualMap?: unknown }).visualMap as { pieces?: { value: number; label: string; color: string }[] }[])[0].pieces!;
  it('each cell takes its task\'s status; legend and column labels carry icon and words; unreported stays 未报送', () => {
    const base = buildResponsibilityBase(shanxi2016, registry([shanxi2016]));
    const matrix = buildMatrix(base, base.assignments, 'tasks');
    const order = orderRows(matrix, 'workload');
    const columnStatus = matrix.columns.map((_, i) => (i === 0 ? 'behind' : null));
    const chart = buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport: vp, columnStatus });
    const legend = pieces(chart.option);
    expect(legend.map((p) => p.label)).toEqual(['✓ 已完成', '● 按期推进', '▲ 存在风险', '× 滞后', '○ 未报送']);
    const code = (label: string) => legend.find((p) => p.label === label)!.value;
    const cells = (chart.option.series as S[]).find((s) => s.id === 'cells')!.data as number[][];
    for (const [x, , v] of cells) expect(v).toBe(x === 0 ? code('× 滞后') : code('○ 未报送'));
    const labels = (chart.option.xAxis as { data?: string[] }[])[0].data!;
    expect(labels[0].startsWith('× ')).toBe(true);
    expect(labels.slice(1).every((l) => l.startsWith('○ '))).toBe(true);
    const tip = (chart.option.tooltip as { formatter: (p: object) => string }).formatter;
    expect(tip({ seriesId: 'cells', dataIndex: cells.findIndex((d) => d[0] === 0) })).toContain('督办状态');
    // By role again without statuses.
    expect(pieces(buildHeatmapOption({ matrix, order, documentHasRoles: base.anyRoles, viewport: vp }).option).map((p) => p.label)).toEqual(['牵头']);
  });
});
