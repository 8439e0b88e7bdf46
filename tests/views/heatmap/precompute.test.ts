import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { seriateRows } from '../../../src/views/heatmap/model/seriation';

// Count the real seriations: precompute must do the work in the idle callback, so that picking
// 按协同 afterwards finds it done (a no-op precompute would leave it to the click).
vi.mock('../../../src/views/heatmap/model/seriation', async (actual) => {
  const m = await actual<typeof import('../../../src/views/heatmap/model/seriation')>();
  return { ...m, seriateRows: vi.fn(m.seriateRows) };
});
import { precomputeSeriation } from '../../../src/views/heatmap/precompute-seriation';
import { hubei, registry } from './fixtures/excerpts';

const seriations = vi.mocked(seriateRows);
const base = buildResponsibilityBase(hubei, registry([hubei]));

describe('precomputeSeriation', () => {
  beforeEach(() => {
    seriations.mockClear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  it('runs in an idle callback, and the order then shown is the one computed on the spot', () => {
    const m = buildMatrix(base, base.assignments, 'tasks');
    const queued: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => queued.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const done = vi.fn();
    precomputeSeriation(m, done);
    expect(done).not.toHaveBeenCalled(); // nothing runs before the browser is idle
    expect(seriations).not.toHaveBeenCalled();
    queued.forEach((cb) => cb());
    expect(done).toHaveBeenCalledOnce();
    expect(seriations).toHaveBeenCalledOnce();
    expect(seriations).toHaveBeenCalledWith(m);
    // The user's pick then costs no seriation, and shows the order computed on the spot.
    const shown = orderRows(m, 'seriation');
    expect(seriations).toHaveBeenCalledOnce();
    expect(shown).toEqual(seriations.getMockImplementation()!(m));
  });
  it('is cancelled when the matrix changes first (no requestIdleCallback: a timeout)', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const done = vi.fn();
    const cancel = precomputeSeriation(buildMatrix(base, base.assignments, 'sections'), done);
    cancel();
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
    expect(seriations).not.toHaveBeenCalled();
    precomputeSeriation(buildMatrix(base, base.assignments, 'sections'), done);
    vi.runAllTimers();
    expect(done).toHaveBeenCalledOnce();
    expect(seriations).toHaveBeenCalledOnce();
  });
});
