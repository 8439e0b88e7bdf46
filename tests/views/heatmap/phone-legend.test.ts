// At phone width the cell legend starts at the chart's edge (from the grid, past the unit names, its
// second entry ran off a 390 px screen); with 督办 status colouring the HTML legend above names them.
import { describe, expect, it } from 'vitest';
import { buildHeatmapOption } from '../../../src/views/heatmap/option/heatmap-option';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { hubei, registry } from './fixtures/excerpts';

const base = buildResponsibilityBase(hubei, registry([hubei]));
const matrix = buildMatrix(base, base.assignments, 'tasks');
const order = orderRows(matrix, 'workload');
const legend = (width: number, status = false) =>
  (buildHeatmapOption({ matrix, order, documentHasRoles: false, viewport: { width, height: 700 }, ...(status ? { columnStatus: matrix.columns.map(() => null) } : {}) }).option.visualMap as Record<string, unknown>[])[0];

describe('heatmap legend at phone width', () => {
  it('starts at the edge with tight gaps below 600 px, at the grid on wider screens', () => {
    expect(legend(366)).toMatchObject({ left: 4, itemGap: 8 });
    expect(legend(1366).left).toBeGreaterThan(40);
    expect(legend(366).show).toBeUndefined();
  });

  it('is left to the HTML status legend when cells are coloured by 督办 status on a phone', () => {
    expect(legend(366, true).show).toBe(false);
    expect(legend(1366, true).show).toBeUndefined();
  });
});
