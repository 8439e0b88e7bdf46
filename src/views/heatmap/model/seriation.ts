// Seriation: an order of departments that puts those sharing tasks next to each other, so blocks of
// departments that always work together (发改委 + 自然资源厅 + 住建厅 in the Hubei plan) show as bands.
//
// Method: weighted Jaccard similarity between rows (Σmin / Σmax of cell counts; plain Jaccard on the
// per-task matrix where cells are 0/1), a greedy nearest-neighbour path starting at the busiest
// department, then 2-opt segment reversals while they raise the sum of neighbour similarities.
// Chosen over spectral (Fiedler) ordering because it is deterministic, needs no eigen-solver, and its
// objective — similarity of adjacent rows — is exactly what the eye reads in the heatmap.
import type { Matrix } from './types';

/** Row × row weighted Jaccard similarity, n×n row-major. */
export function rowSimilarity(m: Matrix): Float64Array {
  const n = m.rows.length;
  const inter = new Float64Array(n * n);
  const sums = new Float64Array(n);
  const byCol: { row: number; v: number }[][] = m.columns.map(() => []);
  for (const c of m.cells) {
    byCol[c.col].push({ row: c.row, v: c.total });
    sums[c.row] += c.total;
  }
  for (const list of byCol) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const v = Math.min(a.v, b.v);
        inter[a.row * n + b.row] += v;
        inter[b.row * n + a.row] += v;
      }
    }
  }
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const k = a * n + b;
      if (a === b) inter[k] = 1;
      else if (inter[k] > 0) inter[k] = inter[k] / (sums[a] + sums[b] - inter[k]);
    }
  }
  return inter;
}

/** Sum of similarities of adjacent rows in an order: the objective seriation maximises. */
export function pathSimilarity(order: readonly number[], sim: Float64Array, n: number): number {
  let s = 0;
  for (let i = 1; i < order.length; i++) s += sim[order[i - 1] * n + order[i]];
  return s;
}

export function seriateRows(m: Matrix, maxPasses = 30): number[] {
  const n = m.rows.length;
  if (n <= 2) return [...Array(n).keys()];
  const sim = rowSimilarity(m);

  // Greedy nearest neighbour from the department with the most tasks (ties: first appearance).
  let start = 0;
  for (let i = 1; i < n; i++) if (m.rowTotals[i] > m.rowTotals[start]) start = i;
  const used = new Uint8Array(n);
  const order = [start];
  used[start] = 1;
  for (let step = 1; step < n; step++) {
    const last = order[order.length - 1];
    let best = -1;
    let bestSim = -1;
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      const s = sim[last * n + j];
      // Among equally similar (often 0) candidates prefer the busier one, so unrelated rows fall in workload order.
      if (s > bestSim || (s === bestSim && m.rowTotals[j] > m.rowTotals[best])) {
        best = j;
        bestSim = s;
      }
    }
    used[best] = 1;
    order.push(best);
  }

  // 2-opt on an open path: reversing order[i..j] swaps edges (i-1,i),(j,j+1) for (i-1,j),(i,j+1).
  const S = (a: number, b: number) => (a < 0 || b < 0 ? 0 : sim[a * n + b]);
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const before = i > 0 ? order[i - 1] : -1;
        const after = j + 1 < n ? order[j + 1] : -1;
        const gain = S(before, order[j]) + S(order[i], after) - S(before, order[i]) - S(order[j], after);
        if (gain > 1e-12) {
          for (let a = i, b = j; a < b; a++, b--) [order[a], order[b]] = [order[b], order[a]];
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return order;
}
