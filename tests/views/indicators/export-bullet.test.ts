import { describe, expect, it } from 'vitest';
import { bulletGeometry } from '../../../src/views/indicators/model/bullet';
import { buildEntries, categoryOrder } from '../../../src/views/indicators/model/catalogue';
import { t } from '../../../src/views/indicators/strings';
import type { Comparator } from '../../../src/shared/schema';
import { CSV_COLUMNS, targetsTable, toCsv } from '../../../src/views/indicators/model/csv';
import { csvField } from '../../../src/kernel/lib/export-table';
import { assess } from '../../../src/kernel/progress/status';
import { parseCsv } from '../../../pipeline/progress/csv';
import { hubeiRail, hubeiRd, hubeiUrban, jiangsuEnergy, rows, sampleDocs } from './make';

describe('CSV export', () => {
  const entries = buildEntries(sampleDocs(), rows(hubeiUrban.id, '%', [['2020', 62], ['2021', 64]]));

  it('writes a BOM, the header and exactly the given rows in their order', () => {
    const shown = [entries[5], entries[4]];
    const csv = toCsv(shown);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const records = parseCsv(csv);
    // Headers in the UI language (Chinese), one per column id.
    expect(records[0].fields).toEqual(targetsTable([]).columns.map((c) => c.header));
    expect(records[0].fields.slice(0, 5)).toEqual(['省份', '文件', '指标编号', '类别', '指标']);
    expect(records.slice(1).map((r) => r.fields[2])).toEqual([entries[5].indicator.id, entries[4].indicator.id]);
  });

  it('carries the figures, the status and the units the document names', () => {
    const hb = entries.find((e) => e.indicator.id === hubeiUrban.id)!;
    const r = parseCsv(toCsv([hb]))[1].fields;
    const col = (name: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(name)];
    expect(col('value')).toBe('67');
    expect(col('latest')).toBe('64');
    expect(col('latest_date')).toBe('2021');
    expect(col('implied_per_year')).toBe('2');
    expect(col('status')).toBe('进度正常');
    expect(col('responsible_units')).toBe('省发改委、省自然资源厅、省住建厅');
    expect(col('target_year')).toBe('2025');
    expect(col('baseline')).toBe('');
  });

  it('writes the comparator in the words the cards use, so no cell is a defused "=" ', () => {
    const col = CSV_COLUMNS.indexOf('comparator');
    const comparators: Comparator[] = ['=', '>=', '~', '>', '<='];
    const withEach = comparators.map((c, i) => ({ ...entries[i], indicator: { ...entries[i].indicator, comparator: c } }));
    const records = parseCsv(toCsv(withEach)).slice(1);
    expect(records.map((r) => r.fields[col])).toEqual(['达到', '不低于', '左右', '超过', '控制在']);
    expect(records.map((r) => r.fields[col])).toEqual(comparators.map((c) => t.comparator[c]));
    for (const r of records) for (const f of r.fields) expect(f.startsWith("'=")).toBe(false);
  });

  it('target_text is the figure as the card writes it; direction says which way is better', () => {
    const cap = { ...entries[0], indicator: { ...entries[0].indicator, comparator: '~' as const, direction: 'down' as const, value: 5.5, valueMax: null, unit: '%' } };
    const r = parseCsv(toCsv([cap]))[1].fields;
    expect(r[CSV_COLUMNS.indexOf('target_text')]).toBe('控制在5.5%左右');
    expect(r[CSV_COLUMNS.indexOf('comparator')]).toBe('左右');
    expect(r[CSV_COLUMNS.indexOf('direction')]).toBe('越低越好');
    const plain = parseCsv(toCsv([entries[0]]))[1].fields;
    expect(plain[CSV_COLUMNS.indexOf('direction')]).toBe('');
  });

  it('exports the cards in their category-grouped order when given it', () => {
    const records = parseCsv(toCsv(categoryOrder(entries))).slice(1);
    const cat = CSV_COLUMNS.indexOf('category');
    const cats = records.map((r) => r.fields[cat]);
    // Each category in one run (grouped), in the plans' order, by name (not code).
    expect(cats.filter((c, i) => i === 0 || c !== cats[i - 1])).toEqual(['产业与创新', '能源与环境', '基础设施', '民生与公共服务', '未分类']);
  });

  it('labels the export with the number of rows it writes', () => {
    expect(t.indicators.exportCsv(123)).toBe('导出 CSV（当前筛选的 123 行）');
  });

  it('quotes commas and quotes and defuses spreadsheet formulas from document text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(null)).toBe('');
  });
});

describe('bulletGeometry', () => {
  it('places start, latest and target on one scale and fills from start to latest', () => {
    const a = assess(hubeiUrban, rows(hubeiUrban.id, '%', [['2020', 62], ['2021', 64]]));
    const g = bulletGeometry(hubeiUrban, a)!;
    expect(g.marks.map((m) => m.kind)).toEqual(['start', 'latest', 'target']);
    const [start, latest, target] = g.marks.map((m) => m.pct);
    expect(start).toBeLessThan(latest);
    expect(latest).toBeLessThan(target);
    expect(target).toBeLessThan(100);
    expect(g.fill).toEqual({ from: start, to: latest });
    // 62–67 is far from zero: the scale does not start at 0.
    expect(g.min).toBeGreaterThan(50);
  });

  it('is absent with nothing to place, and for growth rates', () => {
    expect(bulletGeometry(hubeiUrban, assess(hubeiUrban, []))).toBeNull();
    expect(bulletGeometry(hubeiRd, assess(hubeiRd, rows(hubeiRd.id, '%', [['2022', 8]])))).toBeNull();
    expect(bulletGeometry(jiangsuEnergy, assess(jiangsuEnergy, rows(jiangsuEnergy.id, '%', [['2021', 5]])))).toBeNull();
  });

  it('places a baseline stated without a year (004: 人均地区生产总值迈上7万元新台阶 → 突破10万元)', () => {
    const gdp = { ...hubeiRail, name: '人均地区生产总值', value: 10, unit: '万元', comparator: '>' as const, targetYear: null,
      baseline: { value: 7, unit: '万元', year: null, citation: hubeiRail.citation } };
    const a = assess(gdp, []);
    expect(a.start).toBeNull();
    const g = bulletGeometry(gdp, a)!;
    expect(g.marks.map((m) => [m.kind, m.value])).toEqual([['start', 7], ['target', 10]]);
    expect(g.fill).toBeNull();
  });

  it('marks both ends of a stated range', () => {
    const ranged = { ...hubeiUrban, valueMax: 70 };
    const g = bulletGeometry(ranged, assess(ranged, rows(hubeiUrban.id, '%', [['2021', 10]])))!;
    expect(g.marks.map((m) => m.kind)).toEqual(['latest', 'target', 'targetMax']);
    expect(g.min).toBe(0);
    expect(g.fill!.from).toBe(0);
  });
});
