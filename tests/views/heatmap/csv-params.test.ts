import { describe, expect, it } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { matrixToCsv } from '../../../src/views/heatmap/model/csv';
import { csvField } from '../../../src/kernel/lib/export-table';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { parseHeatmapParams, serialiseHeatmapParams } from '../../../src/views/heatmap/model/params';
import { hubei, registry, shanxi2016 } from './fixtures/excerpts';

describe('matrixToCsv', () => {
  it('writes the matrix as shown: ordered rows, role words, totals', () => {
    const base = buildResponsibilityBase(hubei, registry([hubei]));
    const m = buildMatrix(base, base.assignments, 'tasks');
    const lines = matrixToCsv(m, orderRows(m, 'workload')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(m.rows.length + 2);
    expect(lines[0]).toContain('"四·一·1 构建“三核三圈三带多节点”的空间格局,推动大中小城市和小城镇协调发展"');
    expect(lines[1]).toBe('省发改委,省直部门,发展改革,6,负责（列于首位）,负责（列于首位）,负责（列于首位）,负责（列于首位）,负责,负责');
    expect(lines.at(-1)).toBe('涉及部门数,,,,4,5,5,4,9,3');
  });
  it('section matrix writes counts; 牵头 documents write 牵头', () => {
    const base = buildResponsibilityBase(shanxi2016, registry([shanxi2016]));
    const tasks = buildMatrix(base, base.assignments, 'tasks');
    expect(matrixToCsv(tasks, [0])).toContain('省发展改革委,省直部门,发展改革,1,牵头,,');
    const sections = buildMatrix(base, base.assignments, 'sections');
    expect(matrixToCsv(sections, [0]).split('\r\n')[1]).toBe('省发展改革委,省直部门,发展改革,1,1');
  });
  it('neutralises formula-like text and quotes separators', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('heatmap URL params', () => {
  it('round-trips', () => {
    const p = { matrix: 'sections' as const, ordering: 'seriation' as const, filters: { section: '四·一', categories: ['发展改革', ''], kinds: ['government' as const, 'city' as const], search: '武汉' } };
    const raw = serialiseHeatmapParams(p);
    expect(raw).toEqual({ m: 'sections', order: 'seriation', section: '四·一', cat: '发展改革,-', kinds: 'government,city', q: '武汉' });
    expect(parseHeatmapParams(raw).params).toEqual(p);
  });
  it('defaults are omitted from the URL', () => {
    expect(Object.values(serialiseHeatmapParams(parseHeatmapParams({}).params)).every((v) => v === null)).toBe(true);
  });
  it('reports bad values and falls back', () => {
    const { params, invalid } = parseHeatmapParams({ m: 'cities', order: 'size', kinds: 'government,martian' });
    expect(params.matrix).toBe('tasks');
    expect(params.ordering).toBe('workload');
    expect(params.filters.kinds).toEqual(['government']);
    expect(invalid).toEqual([['m', 'cities'], ['order', 'size'], ['kinds', 'government,martian']]);
  });
});

describe('decodeParam', async () => {
  const { decodeParam } = await import('../../../src/kernel/router/route-param');
  it('decodes reserved characters and keeps malformed escapes', () => {
    expect(decodeParam('420000%3A%E7%9C%81%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94')).toBe('420000:省发展改革委');
    expect(decodeParam('a%ZZ')).toBe('a%ZZ');
    expect(decodeParam(undefined)).toBe('');
  });
});
