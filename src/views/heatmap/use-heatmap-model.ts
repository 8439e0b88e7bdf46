// Memoised model chain for the view: heatmap document → base (once) → filtered assignments → matrix → order.
// Each step only re-runs when its inputs change, so a sort change skips filtering and a filter
// change skips rebuilding the base.
import { useEffect, useMemo } from 'react';
import type { HeatmapDocument } from '../../shared/schema';
import { buildResponsibilityBase } from './model/assignments';
import { filterAssignments, type HeatmapFilters } from './model/filters';
import { buildMatrix } from './model/matrix';
import { orderRows, type Ordering } from './model/order';
import type { MatrixKind } from './model/types';
import { precomputeSeriation } from './precompute-seriation';
import { whenEngaged } from '../../kernel/lib/when-engaged';

export function useHeatmapModel(
  doc: HeatmapDocument | null,
  kind: MatrixKind,
  filters: HeatmapFilters,
  ordering: Ordering,
) {
  const base = useMemo(() => (doc ? buildResponsibilityBase(doc, doc.departments) : null), [doc]);
  const { section, categories, kinds, search } = filters;
  const assignments = useMemo(
    () => (base ? filterAssignments(base, { section, categories, kinds, search }) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- arrays from the URL are re-created on every parse: compared by content.
    [base, section, categories?.join('\u0000'), kinds?.join(','), search],
  );
  const matrix = useMemo(() => (base ? buildMatrix(base, assignments, kind) : null), [base, assignments, kind]);
  const order = useMemo(() => (matrix ? orderRows(matrix, ordering) : []), [matrix, ordering]);
  // Seriation ahead of time, once the matrix is on screen (see precomputeSeriation for why).
  useEffect(() => (matrix && ordering !== 'seriation' ? precomputeSeriation(matrix) : undefined), [matrix, ordering]);
  // Once a matrix is on screen and the user starts using the page, get the other kind's drawing
  // code warm in idle time (see warm-up.ts and when-engaged.ts).
  useEffect(() => {
    if (!base || !matrix) return;
    const other: MatrixKind = matrix.kind === 'tasks' ? 'sections' : 'tasks';
    let cancelWarm = () => {};
    let cancelled = false;
    // warm-up.ts holds ECharts: loaded only then, so the view's own chunk (its text) never waits for it.
    const cancelWait = whenEngaged(() => {
      void import('./warm-up').then(({ warmUpMatrixChart }) => {
        if (!cancelled) cancelWarm = warmUpMatrixChart(other, () => buildMatrix(base, assignments, other), base.anyRoles);
      });
    });
    return () => {
      cancelled = true;
      cancelWait();
      cancelWarm();
    };
  }, [base, assignments, matrix]);
  return { base, matrix, order };
}
