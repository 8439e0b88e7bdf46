// Seriation is the one ordering that costs real work (~30–50 ms of CPU for 300 departments, see
// model/seriation.ts), so it is computed ahead, in an idle callback after the matrix is drawn: when the
// user then picks 按协同, orderRows finds it in its per-matrix cache and the change costs what a
// workload sort costs. The order is the same either way (seriateRows is deterministic); only the moment
// it is computed differs. Picked before the idle callback ran (or right after a filter made a new
// matrix), it is computed on the spot as before.
import { whenIdle } from '../../kernel/lib/idle';
import { orderRows } from './model/order';
import type { Matrix } from './model/types';

/** Schedule the seriation of m for when the browser is idle; returns a cancel function. */
export function precomputeSeriation(m: Matrix, onDone?: () => void): () => void {
  return whenIdle(
    () => {
      orderRows(m, 'seriation');
      onDone?.();
    },
    { timeout: 2000, fallbackMs: 200 },
  );
}
