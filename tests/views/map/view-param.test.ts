import { describe, expect, it } from 'vitest';
import { parseView, serialiseView } from '../../../src/views/map/state/view-param';

describe('map ?view= parameter', () => {
  it('the default view puts nothing in the URL', () => {
    expect(serialiseView({ zoom: 1, center: null })).toBeNull();
    expect(parseView(null)).toBeNull();
    expect(parseView('')).toBeNull();
  });
  it('round-trips zoom and centre, rounded so the URL stays short', () => {
    const s = serialiseView({ zoom: 2.2500001, center: [112.56789123, 37.87654321] });
    expect(s).toBe('2.25,112.5679,37.8765');
    expect(parseView(s)).toEqual({ zoom: 2.25, center: [112.5679, 37.8765] });
    expect(parseView('3')).toEqual({ zoom: 3, center: null });
    expect(serialiseView({ zoom: 3, center: null })).toBe('3');
  });
  it('clamps zoom when writing and rejects out-of-range or malformed values when reading', () => {
    expect(serialiseView({ zoom: 20, center: null })).toBe('8');
    expect(serialiseView({ zoom: 0.5, center: null })).toBeNull();
    for (const bad of ['0.5', '9', 'abc', '2,112', '2,,37', '2,112,37,1', 'NaN', 'Infinity,1,2', '2,x,3']) {
      expect(parseView(bad), bad).toBeNull();
    }
  });
});
