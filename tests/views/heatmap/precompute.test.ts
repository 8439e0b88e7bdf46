import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildResponsibilityBase } from '../../../src/views/heatmap/model/assignments';
import { buildMatrix } from '../../../src/views/heatmap/model/matrix';
import { orderRows } from '../../../src/views/heatmap/model/order';
import { seriateRows } from '../../../src/views/heatmap/model/seriation';
import { precomputeSeriation } from '../../../src/views/heatmap/precompute-seriation';
import { hubei, registry } from './fixtures/excerpts';

const base = buildResponsibilityBase(hubei, registry([hubei]));

describe('precomputeSeriation', () => {
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
    queued.forEach((cb) => cb());
    expect(done).toHaveBeenCalledOnce();
    expect(orderRows(m, 'seriation')).toEqual(seriateRows(m));
  });
  it('is cancelled when the matrix changes first (no requestIdleCallback: a timeout)', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const done = vi.fn();
    const cancel = precomputeSeriation(buildMatrix(base, base.assignments, 'sections'), done);
    cancel();
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
    precomputeSeriation(buildMatrix(base, base.assignments, 'sections'), done);
    vi.runAllTimers();
    expect(done).toHaveBeenCalledOnce();
  });
});
