// zrender 6.1 keeps painting a long frame list in later animation frames, and dispose() does not
// cancel that: the leftover frame threw on the disposed painter (seen in the heatmap browser tests).
import { describe, expect, it } from 'vitest';
import CanvasPainter from 'zrender/lib/canvas/Painter.js';

type Painter = { _paintList: (this: object, list: unknown[], prev: unknown[], redrawId: number) => void };
const paint = (CanvasPainter as unknown as { prototype: Painter }).prototype;

describe('CanvasPainter guard (src/kernel/echarts/core.ts)', () => {
  it('without the guard, a leftover frame on a disposed painter throws', () => {
    // The unpatched method, as zrender ships it.
    const original = paint._paintList;
    expect(() => original.call({ _i: null, _redrawId: 1, _doPaintList: CanvasPainter.prototype['_doPaintList' as keyof object] }, [], [], 1)).toThrow();
  });
  it('with it, the leftover frame is skipped', async () => {
    await import('../../../src/kernel/echarts/core');
    expect(() => paint._paintList.call({ _i: null, _redrawId: 1 }, [], [], 1)).not.toThrow();
  });
});
