import { describe, expect, it } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { pathSimilarity, rowSimilarity, seriateRows } from '../../../src/views/heatmap/model/seriation';
import type { Matrix } from '../../../src/views/heatmap/model/types';
import { hubei, registry } from './fixtures/excerpts';

const base = buildResponsibilityBase(hubei, registry([hubei]));
const m = buildMatrix(base, base.assignments, 'tasks');
const ordered = (o: Parameters<typeof orderRows>[1], mat: Matrix = m) => orderRows(mat, o).map((i) => mat.rows[i].name);

describe('orderRows', () => {
  it('workload: most tasks first, ties by first appearance', () => {
    expect(ordered('workload').slice(0, 5)).toEqual(['省发改委', '长江中游城市群相关城市人民政府', '省住建厅', '省自然资源厅', '省经信厅']);
  });
  it('workload: at equal counts, the department leading more comes first', () => {
    const mm = structuredClone(m);
    const [a, b] = [mm.rows.findIndex((r) => r.name === '省水利厅'), mm.rows.findIndex((r) => r.name === '省能源局')];
    mm.rowRoleTotals[b].lead = 1;
    const order = orderRows(mm, 'workload');
    expect(order.indexOf(b)).toBeLessThan(order.indexOf(a));
  });
  it('first appearance follows document order', () => {
    expect(ordered('first').slice(0, 3)).toEqual(['省发改委', '省自然资源厅', '省住建厅']);
  });
  it('category: government before party, city, collective; categories in pinyin order', () => {
    const rows = ordered('category');
    expect(rows.slice(-3)).toEqual(['省委网信办', '武汉市人民政府', '长江中游城市群相关城市人民政府']);
    // 发展改革 (fa) < 工业和信息化 (gong) < 交通运输 (jiao) < 科技 (ke) < 能源 (neng) < 商务 (shang)
    expect(rows.slice(0, 6)).toEqual(['省发改委', '省经信厅', '省交通运输厅', '省科技厅', '省能源局', '省商务厅']);
  });
  it('name: pinyin order', () => {
    expect(ordered('name').slice(0, 4)).toEqual(['长江中游城市群相关城市人民政府', '省发改委', '省交通运输厅', '省经信厅']);
  });
  it('rejects an unknown ordering with its name', () => {
    expect(() => orderRows(m, 'size' as never)).toThrow('invalid ordering: size');
  });
});

describe('pinyin collator', () => {
  it('the runtime has a zh pinyin collator (used to break ties and order categories)', () => {
    expect(['省住建厅', '省财政厅', '省发改委'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare)).toEqual(['省财政厅', '省发改委', '省住建厅']);
  });
});

/** A matrix from row → set of columns, for seriation cases the eye can check. */
function toy(rows: Record<string, number[]>): Matrix {
  const names = Object.keys(rows);
  const cols = Math.max(...Object.values(rows).flat()) + 1;
  return {
    kind: 'tasks', docId: 't',
    rows: names.map((name, i) => ({ id: name, name, kind: 'government', category: null, sortKey: name, firstTask: i, aliases: [] })),
    columns: [...Array(cols).keys()].map((c) => ({ id: `c${c}`, label: `${c}`, title: `${c}`, context: null })),
    cells: names.flatMap((n, row) => rows[n].map((col) => ({ row, col, total: 1, counts: { lead: 0, support: 0, responsible: 1, listedFirst: 0 } }))),
    rowTotals: names.map((n) => rows[n].length),
    rowRoleTotals: names.map(() => ({ lead: 0, support: 0, responsible: 0, listedFirst: 0 })),
    colTotals: [...Array(cols).keys()].map((c) => names.filter((n) => rows[n].includes(c)).length),
  };
}

describe('seriation (nearest neighbour on Jaccard + 2-opt)', () => {
  it('Jaccard similarity of task sets', () => {
    const t = toy({ a: [0, 1, 2], b: [1, 2, 3], c: [5] });
    const s = rowSimilarity(t);
    expect(s[0 * 3 + 1]).toBeCloseTo(2 / 4);
    expect(s[0 * 3 + 2]).toBe(0);
    expect(s[4]).toBe(1);
  });
  it('brings interleaved partners together', () => {
    // First appearance interleaves two teams: A1 B1 A2 B2 C. Seriation must make each team contiguous.
    const t = toy({ A1: [0, 1, 2, 3], B1: [4, 5, 6], A2: [0, 1, 2], B2: [4, 5, 6, 7], C: [8] });
    const names = seriateRows(t).map((i) => t.rows[i].name);
    const pos = (n: string) => names.indexOf(n);
    expect(Math.abs(pos('A1') - pos('A2'))).toBe(1);
    expect(Math.abs(pos('B1') - pos('B2'))).toBe(1);
    expect(names[0]).toBe('A1'); // starts from the busiest department
  });
  it('2-opt repairs a greedy path that strands a partner', () => {
    // S shares tasks with A (J=1/2) and with B (J=1/3); A and B share none. Greedy from the busiest (S)
    // goes S→A→B (score 1/2); reversing the prefix gives A–S–B (score 5/6).
    const t = toy({ S: [0, 1, 2, 3, 4, 5], A: [0, 1, 2], B: [3, 4] });
    const s = rowSimilarity(t);
    const greedyOnly = seriateRows(t, 0);
    const order = seriateRows(t);
    expect(greedyOnly.map((i) => t.rows[i].name)).toEqual(['S', 'A', 'B']);
    expect(pathSimilarity(greedyOnly, s, 3)).toBeCloseTo(1 / 2);
    expect(order.map((i) => t.rows[i].name)).toEqual(['A', 'S', 'B']);
    expect(pathSimilarity(order, s, 3)).toBeCloseTo(5 / 6);
  });
  it('on the Hubei excerpt: a permutation that scores at least as well as first appearance and workload', () => {
    const order = seriateRows(m);
    expect([...order].sort((a, b) => a - b)).toEqual([...m.rows.keys()]);
    const s = rowSimilarity(m);
    const n = m.rows.length;
    expect(pathSimilarity(order, s, n)).toBeGreaterThan(pathSimilarity([...m.rows.keys()], s, n));
    expect(pathSimilarity(order, s, n)).toBeGreaterThanOrEqual(pathSimilarity(orderRows(m, 'workload'), s, n));
    // 省水利厅 and 省能源局 share exactly the same tasks: they must be neighbours.
    const names = order.map((i) => m.rows[i].name);
    expect(Math.abs(names.indexOf('省水利厅') - names.indexOf('省能源局'))).toBe(1);
  });
  it('with every department as a neighbour, the result is 2-opt optimal: no single reversal gains', () => {
    // The neighbour-list pruning must not miss an improving move when the lists are complete.
    for (const mat of [m, buildMatrix(base, base.assignments, 'sections')]) {
      const n = mat.rows.length;
      const s = rowSimilarity(mat);
      const order = seriateRows(mat, 30, n);
      const score = pathSimilarity(order, s, n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const moved = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)];
          expect(pathSimilarity(moved, s, n)).toBeLessThanOrEqual(score + 1e-9);
        }
      }
    }
  });
  it('repairs the stranded partner even when each department looks at its one nearest neighbour only', () => {
    // Same case as above: S's nearest is A, B's nearest is S. The move is found from B's side (its edge
    // to A is worth 0, its neighbour S is worth 1/3), so pruning to one neighbour still finds it.
    const t = toy({ S: [0, 1, 2, 3, 4, 5], A: [0, 1, 2], B: [3, 4], C: [9], D: [7, 8], E: [8] });
    const names = seriateRows(t, 30, 1).map((i) => t.rows[i].name);
    expect(names.slice(0, 3)).toEqual(['A', 'S', 'B']);
    expect(Math.abs(names.indexOf('D') - names.indexOf('E'))).toBe(1);
    expect(seriateRows(t, 0, 1).map((i) => t.rows[i].name).slice(0, 3)).toEqual(['S', 'A', 'B']);
  });
});
